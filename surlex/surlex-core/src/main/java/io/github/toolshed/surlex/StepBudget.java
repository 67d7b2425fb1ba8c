package io.github.toolshed.surlex;

/**
 * A view of a path that counts the characters the regex engine reads and stops it when a budget
 * is spent: how the {@link Router} bounds the backtracking of routes that could go polynomial.
 */
final class StepBudget implements CharSequence {

    /** Thrown inside the regex engine when the budget is spent; never escapes the router. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private long remaining;

    StepBudget(String text) {
        this.text = text;
        this.remaining = 100_000L + 200L * text.length();
    }

    @Override
    public char charAt(int index) {
        if (--remaining < 0) {
            throw new Exhausted();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}

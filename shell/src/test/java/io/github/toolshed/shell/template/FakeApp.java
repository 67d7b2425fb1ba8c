package io.github.toolshed.shell.template;

/** Stands in for an application jar in {@link AppLauncherTest}: prints its arguments, one a line. */
public final class FakeApp {

    private FakeApp() {
    }

    /**
     * Prints the arguments; exits with 4 when the captured path contains {@code fail}.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        for (String arg : args) {
            System.out.println(arg);
        }
        if (String.join(" ", args).contains("fail")) {
            System.exit(4);
        }
    }
}

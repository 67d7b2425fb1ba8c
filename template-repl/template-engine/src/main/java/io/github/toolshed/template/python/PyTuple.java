package io.github.toolshed.template.python;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable Python tuple: a list that prints as {@code (1, 2)} rather than {@code [1, 2]}.
 * It is a {@link List}, so everything that iterates or indexes lists handles tuples too.
 */
public final class PyTuple extends AbstractList<Object> {

    private final Object[] items;

    private PyTuple(Object[] items) {
        this.items = items;
    }

    /**
     * Creates a tuple of the given items (null items are None).
     *
     * @param items the items
     * @return the tuple
     */
    public static PyTuple of(Object... items) {
        return new PyTuple(items.clone());
    }

    /**
     * Creates a tuple holding a copy of a list's items.
     *
     * @param items the items
     * @return the tuple
     */
    public static PyTuple copyOf(List<?> items) {
        Objects.requireNonNull(items, "items");
        return new PyTuple(items.toArray());
    }

    @Override
    public Object get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PyTuple t && Arrays.equals(items, t.items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }
}

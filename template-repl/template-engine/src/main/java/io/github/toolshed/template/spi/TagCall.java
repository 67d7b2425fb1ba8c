package io.github.toolshed.template.spi;

import java.util.List;
import java.util.Map;

/** One call of a {@link SimpleTag} or {@link InclusionTag}: resolved arguments plus the scope. */
public interface TagCall extends TagScope {

    /**
     * The positional arguments, resolved (filters applied).
     *
     * @return the arguments in order
     */
    List<Object> args();

    /**
     * The keyword arguments ({@code name=value}), resolved, in written order.
     *
     * @return the keyword arguments
     */
    Map<String, Object> kwargs();

    /**
     * A positional argument, or the fallback when fewer were given.
     *
     * @param index the position
     * @param fallback the value when absent
     * @return the argument or the fallback
     */
    default Object arg(int index, Object fallback) {
        return index < args().size() ? args().get(index) : fallback;
    }
}

package io.github.toolshed.gotocli;

import java.nio.file.Path;

/**
 * Child process of {@link ConcurrentProcessesTest}: adds {@code COUNT} aliases named
 * {@code PREFIX-i} to the store at {@code FILE}, as fast as it can.
 */
final class ConcurrentAdder {

    private ConcurrentAdder() {}

    public static void main(String[] args) {
        TargetStore store = TargetStore.at(Path.of(args[0]));
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            store.add(new Target(prefix + "-" + i, Path.of("/dirs/" + prefix + "/" + i + "/ tab\there")), false);
        }
    }
}

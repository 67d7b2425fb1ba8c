package io.github.toolshed.gotocli.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed arguments of {@code goto}: at most one command option, the {@code -f} flag and the
 * remaining words. A bare word is a jump; {@code --} ends the options, so {@code goto -- init}
 * jumps to an alias named {@code init}.
 *
 * @param command the long form of the command option, {@code jump} or {@code -}
 * @param force whether {@code -f}/{@code --force} was given
 * @param nul whether {@code -0}/{@code --null} asked for a NUL after the directory
 * @param words the operands in order
 */
record Arguments(String command, boolean force, boolean nul, List<String> words) {

    static Arguments parse(String[] args) {
        String command = null;
        boolean force = false;
        boolean nul = false;
        boolean operandsOnly = false;
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            if (operandsOnly || arg.isEmpty() || arg.charAt(0) != '-') {
                words.add(arg);
                continue;
            }
            String option = switch (arg) {
                case "--" -> {
                    operandsOnly = true;
                    yield null;
                }
                case "-f", "--force" -> {
                    force = true;
                    yield null;
                }
                case "-0", "--null" -> {
                    nul = true;
                    yield null;
                }
                case "-l", "--list" -> "--list";
                case "-a", "--add" -> "--add";
                case "-r", "--remove" -> "--remove";
                case "-h", "--help" -> "--help";
                case "--rename", "--import", "--version", "-" -> arg;
                default -> throw new UsageException("unknown option '" + Cli.display(arg) + "'");
            };
            if (option != null) {
                if (command != null) {
                    throw new UsageException("options " + command + " and " + option + " cannot be combined");
                }
                command = option;
            }
        }
        if (command == null) {
            command = words.isEmpty() ? "--list" : "jump";
        }
        if (force && !command.equals("--add") && !command.equals("--import")) {
            throw new UsageException("-f only goes with --add or --import");
        }
        if (nul && !command.equals("jump")) {
            throw new UsageException("-0 only goes with a jump");
        }
        return new Arguments(command, force, nul, words);
    }

    /** Returns the single operand, or fails naming it. */
    String one(String what) {
        if (words.size() != 1) {
            throw new UsageException(describe() + " needs exactly one " + what
                    + (words.isEmpty() ? "" : ", got " + words.size()));
        }
        return words.getFirst();
    }

    /** Returns true, or fails when there are operands. */
    boolean none() {
        if (!words.isEmpty()) {
            throw new UsageException(describe() + " takes no operands, got '" + Cli.display(words.getFirst()) + "'");
        }
        return true;
    }

    private String describe() {
        return command.equals("jump") ? "goto" : command;
    }
}

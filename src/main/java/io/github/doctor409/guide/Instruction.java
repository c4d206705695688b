package io.github.doctor409.guide;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing the person does by hand: plain words, and a command to copy when there is one.
 *
 * @param command a command line to paste into a terminal, or a web address to open
 */
public record Instruction(String text, Optional<String> command) {

    public Instruction {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(command, "command");
    }

    public static Instruction say(String text) {
        return new Instruction(text, Optional.empty());
    }

    public static Instruction run(String text, String command) {
        return new Instruction(text, Optional.of(command));
    }
}

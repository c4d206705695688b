package io.github.doctor409.guide;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing the person does by hand: plain words, and a command to copy when there is one.
 *
 * @param phrase  the words, with a key a window translates
 * @param command a command line to paste into a terminal, or a web address to open (never translated)
 */
public record Instruction(Sentence phrase, Optional<String> command) {

    public Instruction {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(command, "command");
    }

    /** The words in English, as {@code doctor409 guide} prints them. */
    public String text() {
        return phrase.english();
    }

    static Instruction say(String key, String text, Object... args) {
        return new Instruction(Sentence.of("guide.do." + key, text, args), Optional.empty());
    }

    static Instruction run(String key, String text, String command) {
        return new Instruction(Sentence.of("guide.do." + key, text), Optional.of(command));
    }
}

package io.github.doctor409.guide;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FixOutcome;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of the walkthrough, in two forms: a stable {@code key} with {@code args} for a window that
 * translates it, and the {@code english} text that {@code doctor409 guide} prints and a pasted summary
 * keeps. The English is written out here rather than built from a bundle, so the command line never
 * depends on the window's texts. A phrase with an empty key is literal text (what a person typed, a
 * fix's own progress words), shown as is in every language.
 *
 * <p>Arguments are plain values (strings, numbers), other phrases, a {@link LadderStep} (its title), a
 * list (joined), or one of the nested records below, which stand for words of checks and fixes that the
 * window translates on its own.
 */
public record Sentence(String key, String english, List<Object> args) {

    public Sentence {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(english, "english");
        args = List.copyOf(args);
    }

    public static Sentence of(String key, String english, Object... args) {
        return new Sentence(key, english, Arrays.asList(args));
    }

    /** Text shown as it is, whatever the language. */
    public static Sentence literal(String text) {
        return new Sentence("", text, List.of());
    }

    public boolean isLiteral() {
        return key.isEmpty();
    }

    @Override
    public String toString() {
        return english;
    }

    /** A check's title. */
    public record CheckTitle(String checkId, String english) {
        @Override
        public String toString() {
            return english;
        }
    }

    /** A result's one-sentence summary. */
    public record CheckSummary(CheckResult result) {
        @Override
        public String toString() {
            return result.summary();
        }
    }

    /** A fix's name. */
    public record FixTitle(String fixId, String english) {
        @Override
        public String toString() {
            return english;
        }
    }

    /** What came of running a fix. */
    public record FixResult(String fixId, FixOutcome outcome) {
        @Override
        public String toString() {
            return outcome.message();
        }
    }
}

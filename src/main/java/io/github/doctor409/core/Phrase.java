package io.github.doctor409.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Which sentence a check or fix said, so the window can say it again in the user's language. The English
 * text stays where it was ({@link CheckResult#summary()}, {@link FixOutcome#message()}) for the report and
 * the command line; a phrase is the key of the same sentence in the window's {@code checks} bundle and the
 * values to put into it.
 *
 * <p>Arguments are values the window formats per language, never secrets:
 * <ul>
 *   <li>{@link Number} — counts, seconds, ports: the pattern formats them ({@code {0,number,integer}});</li>
 *   <li>{@link String} — names that are not translated: host names, versions, paths, tool names;</li>
 *   <li>{@link Bytes} — a size in bytes, shown like "1.5 MB" / "1,5 MB";</li>
 *   <li>{@link Phrase} — a nested sentence or piece of one, translated in turn;</li>
 *   <li>{@link Items} — several of the above, joined with a separator.</li>
 * </ul>
 * Keys are string literals at the place that says the sentence ({@code Phrase.of("network.dns.summary.ok")}):
 * a test reads the sources for them and compares with the bundle.
 */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableList(new ArrayList<>(args));
        args.forEach(Phrase::requireKnown);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    /** A byte count for {@code bytes}. */
    public static Bytes bytes(long bytes) {
        return new Bytes(bytes);
    }

    /** Parts joined with {@code separator}, e.g. host names with ", " or clauses with "; ". */
    public static Items items(String separator, List<?> parts) {
        return new Items(separator, new ArrayList<>(parts));
    }

    /**
     * Up to three names, and "and N more" beyond them, as a phrase: {@code checks.names.more} when some
     * are left out, else the names joined with ", ".
     */
    public static Object names(List<String> names) {
        if (names.size() <= 3) {
            return String.join(", ", names);
        }
        return Phrase.of("checks.names.more", String.join(", ", names.subList(0, 3)), names.size() - 3);
    }

    /** The first phrase followed by the second, as two sentences ({@code checks.sentences.two}). */
    public static Phrase then(Phrase first, Phrase second) {
        return Phrase.of("checks.sentences.two", first, second);
    }

    /** A size in bytes, formatted by the window in the user's style. */
    public record Bytes(long value) {}

    /** Several arguments joined with a separator (not translated; punctuation only). */
    public record Items(String separator, List<Object> parts) {
        public Items {
            Objects.requireNonNull(separator, "separator");
            parts = Collections.unmodifiableList(new ArrayList<>(parts));
            parts.forEach(Phrase::requireKnown);
        }
    }

    private static void requireKnown(Object arg) {
        if (!(arg instanceof Number || arg instanceof String || arg instanceof Bytes || arg instanceof Phrase
                || arg instanceof Items)) {
            throw new IllegalArgumentException("A phrase argument must be a number, a string, a size, a phrase or items: "
                    + (arg == null ? "null" : arg.getClass().getName()));
        }
    }
}

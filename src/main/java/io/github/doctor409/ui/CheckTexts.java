package io.github.doctor409.ui;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of checks and fixes in the window's language. Checks and fixes speak English (the report and
 * the CLI keep that) and say which sentence they produced as a {@link Phrase}; the window looks the phrase
 * up in the {@code checks} bundle and falls back to the English text when a bundle has no entry (or the
 * check gave no phrase). Read the current language at each call: bind through
 * {@link Messages#text(java.util.concurrent.Callable, javafx.beans.Observable...)} to follow a switch.
 *
 * <p>Keys: {@code <checkId>.title} for a card's title, {@code <fixId>.title} and {@code <fixId>.describe}
 * for a fix; summaries, details and outcomes by the key of their phrase.
 */
public final class CheckTexts {

    private static final Pattern UNFILLED = Pattern.compile("\\{\\d");

    private final Messages messages;

    public CheckTexts(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /** A check's title, e.g. key {@code network.services.title}. */
    public String title(String checkId, String english) {
        return lookup(checkId + ".title", english);
    }

    /** A result's one-sentence summary. */
    public String summary(CheckResult result) {
        String said = say(result.phrase(), result.summary());
        // some summaries start with a sentence piece ("no answer from …"), as the English report does
        return said.isEmpty() ? said : said.substring(0, 1).toUpperCase(messages.locale()) + said.substring(1);
    }

    /** A result's detail lines: the plain sentences translated, technical lines as measured. */
    public List<String> details(CheckResult result) {
        List<String> lines = new ArrayList<>(result.details().size());
        for (int i = 0; i < result.details().size(); i++) {
            lines.add(say(result.detailPhrases().get(i), result.details().get(i)));
        }
        return List.copyOf(lines);
    }

    /** A fix's button label, e.g. key {@code fix.clear-cache.title}. */
    public String fixTitle(String fixId, String english) {
        return lookup(fixId + ".title", english);
    }

    /** A fix's button label. */
    public String fixTitle(Fix fix) {
        return fixTitle(fix.id(), fix.title());
    }

    /**
     * What a fix will do, shown before it runs. Descriptions with values in them (a number of days, of
     * seconds) need the fix itself: use {@link #fixDescription(Fix)}; this form shows English for those.
     */
    public String fixDescription(String fixId, String english) {
        String key = fixId + ".describe";
        if (!messages.has(key)) {
            return english;
        }
        String text = messages.get(key);
        return UNFILLED.matcher(text).find() ? english : text;
    }

    /** What a fix will do, with the values it describes, shown before it runs. */
    public String fixDescription(Fix fix) {
        Phrase phrase = fix.describePhrase();
        return phrase != null ? say(phrase, fix.describe()) : fixDescription(fix.id(), fix.describe());
    }

    /** What came of running a fix. */
    public String outcome(String fixId, FixOutcome outcome) {
        return say(outcome.phrase(), outcome.message());
    }

    /**
     * A phrase in the current language, or {@code english} when there is no phrase or a key of it (or of
     * a phrase inside it) is missing from the bundles.
     */
    public String say(Phrase phrase, String english) {
        if (phrase == null || !known(phrase)) {
            return english;
        }
        return format(phrase);
    }

    /** True when the bundles hold the phrase's key and those of every phrase inside it. */
    public boolean known(Phrase phrase) {
        return messages.has(phrase.key()) && phrase.args().stream().allMatch(this::knownArg);
    }

    private boolean knownArg(Object arg) {
        if (arg instanceof Phrase nested) {
            return known(nested);
        }
        if (arg instanceof Phrase.Items items) {
            return items.parts().stream().allMatch(this::knownArg);
        }
        return true;
    }

    private String format(Phrase phrase) {
        Object[] args = phrase.args().stream().map(this::argument).toArray();
        return messages.get(phrase.key(), args);
    }

    private Object argument(Object arg) {
        if (arg instanceof Phrase nested) {
            return format(nested);
        }
        if (arg instanceof Phrase.Bytes bytes) {
            return messages.size(bytes.value());
        }
        if (arg instanceof Phrase.Items items) {
            List<String> parts = new ArrayList<>();
            for (Object part : items.parts()) {
                parts.add(String.valueOf(argument(part)));
            }
            return String.join(items.separator(), parts);
        }
        return arg;
    }

    private String lookup(String key, String english) {
        return messages.has(key) ? messages.get(key) : english;
    }
}

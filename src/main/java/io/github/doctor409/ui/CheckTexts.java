package io.github.doctor409.ui;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FixOutcome;
import java.util.List;

/**
 * The words of checks and fixes in the window's language. Checks and fixes speak English (the report and
 * the CLI keep that); the window looks their texts up in the {@code checks} bundle and falls back to the
 * English text when a bundle has no entry. Read the current language at each call: bind through
 * {@link Messages#text(java.util.concurrent.Callable, javafx.beans.Observable...)} to follow a switch.
 */
public final class CheckTexts {

    private final Messages messages;

    public CheckTexts(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /** A check's title, e.g. key {@code check.network.services.title}. */
    public String title(String checkId, String english) {
        return lookup(checkId + ".title", english);
    }

    /** A result's one-sentence summary. */
    public String summary(CheckResult result) {
        return result.summary();
    }

    /** A result's technical detail lines. */
    public List<String> details(CheckResult result) {
        return result.details();
    }

    /** A fix's button label, e.g. key {@code fix.clear-cache.title}. */
    public String fixTitle(String fixId, String english) {
        return lookup(fixId + ".title", english);
    }

    /** What a fix will do, shown before it runs. */
    public String fixDescription(String fixId, String english) {
        return lookup(fixId + ".describe", english);
    }

    /** What came of running a fix. */
    public String outcome(String fixId, FixOutcome outcome) {
        return outcome.message();
    }

    private String lookup(String key, String english) {
        return messages.has(key) ? messages.get(key) : english;
    }
}

package io.github.doctor409.ui;

import io.github.doctor409.core.Status;
import java.util.Locale;

/** What a step card shows: a check's result status, or where the check is before it has one. */
public enum CardStatus {
    WAITING("Waiting"),
    RUNNING("Checking"),
    PASS("Passed"),
    WARN("Warning"),
    FAIL("Problem"),
    UNKNOWN("Not verified"),
    SKIPPED("Skipped"),
    ERROR("Error");

    private final String word;

    CardStatus(String word) {
        this.word = word;
    }

    public static CardStatus of(Status status) {
        return valueOf(status.name());
    }

    /** The status in one word, shown next to the icon so colour is never the only signal. */
    public String word() {
        return word;
    }

    /** The CSS pseudo-class a step card carries in this status, e.g. {@code pass}. */
    public String pseudoClassName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package io.github.doctor409.ui;

import io.github.doctor409.core.Status;
import java.util.Locale;

/** What a step card shows: a check's result status, or where the check is before it has one. */
public enum CardStatus {
    WAITING,
    RUNNING,
    PASS,
    WARN,
    FAIL,
    UNKNOWN,
    SKIPPED,
    ERROR;

    public static CardStatus of(Status status) {
        return valueOf(status.name());
    }

    /** The key of the status word in the {@code main} texts, e.g. {@code main.status.pass}. */
    public String wordKey() {
        return "main.status." + pseudoClassName();
    }

    /** The status in one word, shown next to the icon so colour is never the only signal. */
    public String word(Messages messages) {
        return messages.get(wordKey());
    }

    /** The CSS pseudo-class a step card carries in this status, e.g. {@code pass}. */
    public String pseudoClassName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

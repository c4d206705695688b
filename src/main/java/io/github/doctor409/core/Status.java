package io.github.doctor409.core;

import java.util.Locale;

/** The outcome of one check. The lower-case {@link #id()} is the word used in JSON and on screen. */
public enum Status {
    /** Verified and fine. */
    PASS,
    /** Works, but something deserves attention. */
    WARN,
    /** A problem was found. */
    FAIL,
    /** Could not verify: offline, rate-limited, timed out, Spotify outage. */
    UNKNOWN,
    /** Not applicable on this machine; the result says why. */
    SKIPPED,
    /** The check itself crashed: a bug in 409 Doctor, reported as such. */
    ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isProblem() {
        return this == WARN || this == FAIL;
    }

    public boolean isIncomplete() {
        return this == UNKNOWN || this == ERROR;
    }
}

package io.github.doctor409.core;

/** The typed result of a fix. */
public sealed interface FixOutcome {

    /** Words for the person who ran the fix. */
    String message();

    record Done(String message) implements FixOutcome {}

    /** The fix declined to act, e.g. because the Spotify app is running. */
    record Refused(String message) implements FixOutcome {}

    record Cancelled(String message) implements FixOutcome {}

    record Failed(String message) implements FixOutcome {}
}

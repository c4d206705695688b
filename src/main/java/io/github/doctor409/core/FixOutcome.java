package io.github.doctor409.core;

/**
 * The typed result of a fix. {@link #message()} is English (the command line prints it); {@link #phrase()}
 * says which sentence it is, for the window's languages, or is null when the fix gave none.
 */
public sealed interface FixOutcome {

    /** Words for the person who ran the fix. */
    String message();

    /** The same words as a phrase of the {@code checks} bundle; null when there is none. */
    Phrase phrase();

    record Done(String message, Phrase phrase) implements FixOutcome {
        public Done(String message) {
            this(message, null);
        }
    }

    /** The fix declined to act, e.g. because the Spotify app is running. */
    record Refused(String message, Phrase phrase) implements FixOutcome {
        public Refused(String message) {
            this(message, null);
        }
    }

    record Cancelled(String message, Phrase phrase) implements FixOutcome {
        public Cancelled(String message) {
            this(message, null);
        }
    }

    record Failed(String message, Phrase phrase) implements FixOutcome {
        public Failed(String message) {
            this(message, null);
        }
    }
}

package io.github.doctor409.account;

import java.util.Objects;
import java.util.Optional;

/** What a {@link TokenStore} found. */
public sealed interface SessionLoad {

    /** Nobody has signed in (or the session was forgotten). */
    record NoSession() implements SessionLoad {}

    record Found(StoredSession session) implements SessionLoad {
        public Found {
            Objects.requireNonNull(session, "session");
        }
    }

    /**
     * A stored session exists but cannot be used.
     *
     * @param reason     plain words, never the stored content, e.g. "it is not valid JSON"
     * @param setAsideAs the file name it was moved to, when it could be moved out of the way
     */
    record Unreadable(String reason, Optional<String> setAsideAs) implements SessionLoad {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(setAsideAs, "setAsideAs");
        }
    }
}

package io.github.doctor409.account;

import java.util.Objects;

/** How a sign-in's loopback listener ended. {@link #toString()} never shows a code. */
public sealed interface OAuthCallback {

    /** The browser came back with the right {@code state} and an authorization code. */
    record Received(String code) implements OAuthCallback {
        public Received {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String toString() {
            return "Received[code=<redacted>]";
        }
    }

    /**
     * The browser came back with the right {@code state} and an OAuth error, e.g. {@code access_denied}.
     *
     * @param error the error code reduced to letters and underscores
     */
    record Denied(String error) implements OAuthCallback {
        public Denied {
            Objects.requireNonNull(error, "error");
        }
    }

    /** The browser came back with the right {@code state} but neither a code nor an error. */
    record NoCode() implements OAuthCallback {}

    /** Nobody came back in time; the listener is closed. */
    record TimedOut() implements OAuthCallback {}

    /** The sign-in was stopped before anybody came back; the listener is closed. */
    record Cancelled() implements OAuthCallback {}
}

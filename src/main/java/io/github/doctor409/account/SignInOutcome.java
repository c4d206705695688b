package io.github.doctor409.account;

import io.github.doctor409.core.Phrase;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** How one sign-in ended. Messages are plain words and never carry a code, token or verifier. */
public sealed interface SignInOutcome {

    /** Words for the person who signed in. */
    String message();

    /** The same words as a phrase of the window's {@code checks} bundle; null when there is none. */
    default Phrase phrase() {
        return null;
    }

    /** The session is stored. */
    record SignedIn(Set<String> scopes) implements SignInOutcome {
        public SignedIn {
            scopes = Set.copyOf(scopes);
        }

        @Override
        public String message() {
            return "You are signed in.";
        }

        @Override
        public Phrase phrase() {
            return Phrase.of("fix.sign-in.outcome.signedIn");
        }

        public Set<String> sortedScopes() {
            return new TreeSet<>(scopes);
        }
    }

    /** No Spotify client id is set up, so no sign-in was attempted. */
    record NotConfigured() implements SignInOutcome {
        @Override
        public String message() {
            return ClientIdHelp.SUMMARY;
        }

        @Override
        public Phrase phrase() {
            return Phrase.of("auth.token.summary.noClientId");
        }
    }

    /** The person (or Spotify) turned the request down in the browser. */
    record Denied(String error) implements SignInOutcome {
        public Denied {
            Objects.requireNonNull(error, "error");
        }

        @Override
        public String message() {
            return "access_denied".equals(error)
                    ? "Sign-in was cancelled in the browser; nothing was changed."
                    : "Spotify did not complete the sign-in (" + error + "); nothing was changed.";
        }

        @Override
        public Phrase phrase() {
            return "access_denied".equals(error) ? Phrase.of("fix.sign-in.outcome.denied")
                    : Phrase.of("fix.sign-in.outcome.notCompleted", error);
        }
    }

    /** Nobody came back from the browser in time. */
    record TimedOut() implements SignInOutcome {
        @Override
        public String message() {
            return "The sign-in timed out before the browser came back; nothing was changed.";
        }

        @Override
        public Phrase phrase() {
            return Phrase.of("fix.sign-in.outcome.timedOut");
        }
    }

    record Cancelled() implements SignInOutcome {
        @Override
        public String message() {
            return "Sign-in was stopped; nothing was changed.";
        }

        @Override
        public Phrase phrase() {
            return Phrase.of("fix.sign-in.outcome.stopped");
        }
    }

    /**
     * Something went wrong on the way.
     *
     * @param message   plain words
     * @param technical one technical line (status, OAuth error code, exception type), never a secret
     */
    record Failed(String message, String technical) implements SignInOutcome {
        public Failed {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(technical, "technical");
        }
    }
}

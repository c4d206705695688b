package io.github.doctor409.account;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Why a call to Spotify did not tell us whether the sign-in works. None of these means the token is
 * bad: a check reports them as {@code unknown}.
 */
public sealed interface CallFailure {

    /** One technical line for the result's details. */
    String technical();

    /** 429: Spotify asks the app to slow down. */
    record RateLimited(OptionalLong retryAfterSeconds) implements CallFailure {
        public RateLimited {
            Objects.requireNonNull(retryAfterSeconds, "retryAfterSeconds");
        }

        @Override
        public String technical() {
            return "HTTP 429 Too Many Requests" + (retryAfterSeconds.isPresent()
                    ? ", Retry-After " + retryAfterSeconds.getAsLong() + " s" : ", no usable Retry-After");
        }
    }

    /** 5xx: trouble on Spotify's side. */
    record ServerError(int status) implements CallFailure {
        @Override
        public String technical() {
            return "HTTP " + status + " from Spotify's server";
        }
    }

    /** A status this call does not expect, e.g. 404 from a proxy or a wrong base URL. */
    record UnexpectedStatus(int status) implements CallFailure {
        @Override
        public String technical() {
            return "Unexpected HTTP " + status;
        }
    }

    /**
     * No answer: the connection failed or the time ran out.
     *
     * @param phase         where it failed: "name lookup", "connect", "TLS handshake", "timeout", "exchange"
     * @param exceptionType the exception's simple class name (its message is not kept)
     */
    record NetworkFailure(String phase, String exceptionType) implements CallFailure {
        public NetworkFailure {
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(exceptionType, "exceptionType");
        }

        @Override
        public String technical() {
            return "No answer: " + phase + " failed (" + exceptionType + ")";
        }
    }

    /**
     * An answer this call cannot understand.
     *
     * @param reason plain words, never the body itself
     */
    record MalformedAnswer(int status, String reason) implements CallFailure {
        public MalformedAnswer {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String technical() {
            return "HTTP " + status + " with an answer that " + reason;
        }
    }

    /** The check's deadline left no time to make the call at all. */
    record OutOfTime() implements CallFailure {
        @Override
        public String technical() {
            return "Not attempted: no time left before the check's deadline";
        }
    }
}

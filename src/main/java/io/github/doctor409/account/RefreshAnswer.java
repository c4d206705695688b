package io.github.doctor409.account;

import java.util.Objects;

/** What Spotify's token endpoint said to a refresh. */
public sealed interface RefreshAnswer {

    /** A new access token (and maybe a new refresh token and scopes). */
    record Granted(TokenGrant grant) implements RefreshAnswer {
        public Granted {
            Objects.requireNonNull(grant, "grant");
        }
    }

    /** {@code invalid_grant}: the refresh token was revoked or has expired; the session is over. */
    record InvalidGrant() implements RefreshAnswer {}

    /**
     * Another OAuth error, e.g. {@code invalid_client} for a client id Spotify does not know.
     *
     * @param error the OAuth error code, reduced to letters and underscores
     */
    record Refused(int status, String error) implements RefreshAnswer {
        public Refused {
            Objects.requireNonNull(error, "error");
        }
    }

    /** Could not tell: rate limited, Spotify's side, network, or an answer not understood. */
    record Failed(CallFailure failure) implements RefreshAnswer {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}

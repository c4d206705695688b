package io.github.doctor409.account;

import java.util.Objects;

/** What {@code GET /v1/me} said about the access token. */
public sealed interface MeAnswer {

    /** 200: the token works. */
    record Ok(UserProfile profile) implements MeAnswer {
        public Ok {
            Objects.requireNonNull(profile, "profile");
        }
    }

    /** 401: Spotify does not accept the token (expired, revoked or bad). */
    record Unauthorized() implements MeAnswer {}

    /** 403: the token is fine but the account or the app may not do this (e.g. not on a dev-mode app's allow-list). */
    record Forbidden() implements MeAnswer {}

    /** Could not tell: rate limited, Spotify's side, network, or an answer not understood. */
    record Failed(CallFailure failure) implements MeAnswer {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}

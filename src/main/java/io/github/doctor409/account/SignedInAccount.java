package io.github.doctor409.account;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is signed in, for the window's header: the stored session's {@code /v1/me} display name and plan.
 * Empty when nobody is signed in or Spotify does not answer. Never used for reports or logs.
 */
public final class SignedInAccount {

    private final TokenStore store;
    private final WebApiClient api;

    public SignedInAccount(TokenStore store, WebApiClient api) {
        this.store = Objects.requireNonNull(store, "store");
        this.api = Objects.requireNonNull(api, "api");
    }

    /** Blocking: reads the store and asks {@code /v1/me}, within {@code timeout}. */
    public Optional<AccountSummary> current(Duration timeout) {
        if (!(store.load() instanceof SessionLoad.Found found)) {
            return Optional.empty();
        }
        return api.summary(found.session().accessToken(), timeout);
    }
}

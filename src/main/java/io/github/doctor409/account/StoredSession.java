package io.github.doctor409.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The signed-in session as stored between runs. {@link #toString()} never shows a token.
 *
 * @param refreshToken absent when Spotify gave none (then the session cannot be renewed)
 * @param expiresAt    when the access token stops working
 * @param scopes       what the user granted, e.g. {@code user-read-private}
 */
public record StoredSession(String accessToken, Optional<String> refreshToken, Instant expiresAt, Set<String> scopes) {

    /** A token this close to its expiry is treated as expired, so it does not lapse halfway through a check. */
    public static final Duration EXPIRY_SLACK = Duration.ofSeconds(30);

    public StoredSession {
        Objects.requireNonNull(accessToken, "accessToken");
        if (accessToken.isBlank()) {
            throw new IllegalArgumentException("An access token must not be blank");
        }
        refreshToken = Objects.requireNonNull(refreshToken, "refreshToken").filter(t -> !t.isBlank());
        Objects.requireNonNull(expiresAt, "expiresAt");
        scopes = Set.copyOf(scopes);
    }

    /** A fresh session from a token answer received at {@code now}. */
    public static StoredSession from(TokenGrant grant, Instant now) {
        return new StoredSession(grant.accessToken(), grant.refreshToken(), now.plus(grant.expiresIn()),
                grant.scopes().orElse(Set.of()));
    }

    /**
     * This session renewed by a refresh answer: the new access token, and the stored refresh token and
     * scopes kept where the answer has none (Spotify may omit both).
     */
    public StoredSession renewedWith(TokenGrant grant, Instant now) {
        return new StoredSession(grant.accessToken(), grant.refreshToken().or(() -> refreshToken),
                now.plus(grant.expiresIn()), grant.scopes().orElse(scopes));
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt.minus(EXPIRY_SLACK));
    }

    /** Seconds until the access token expires; negative once it has. */
    public long secondsLeftAt(Instant now) {
        return Duration.between(now, expiresAt).toSeconds();
    }

    public Set<String> sortedScopes() {
        return new TreeSet<>(scopes);
    }

    @Override
    public String toString() {
        return "StoredSession[accessToken=<redacted>, refreshToken=" + (refreshToken.isPresent() ? "<redacted>" : "<none>")
                + ", expiresAt=" + expiresAt + ", scopes=" + sortedScopes() + "]";
    }
}

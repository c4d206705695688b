package io.github.doctor409.account;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What Spotify's token endpoint granted. {@link #toString()} never shows a token.
 *
 * @param refreshToken absent when the answer had none
 * @param scopes       absent when the answer had no {@code scope} field
 */
public record TokenGrant(String accessToken, Optional<String> refreshToken, Duration expiresIn, Optional<Set<String>> scopes) {

    public TokenGrant {
        Objects.requireNonNull(accessToken, "accessToken");
        refreshToken = Objects.requireNonNull(refreshToken, "refreshToken").filter(t -> !t.isBlank());
        Objects.requireNonNull(expiresIn, "expiresIn");
        scopes = Objects.requireNonNull(scopes, "scopes").map(Set::copyOf);
    }

    @Override
    public String toString() {
        return "TokenGrant[accessToken=<redacted>, refreshToken=" + (refreshToken.isPresent() ? "<redacted>" : "<none>")
                + ", expiresIn=" + expiresIn + ", scopes=" + scopes.map(Object::toString).orElse("<unchanged>") + "]";
    }
}

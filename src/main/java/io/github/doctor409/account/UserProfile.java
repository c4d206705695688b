package io.github.doctor409.account;

import java.util.Objects;
import java.util.Optional;

/**
 * The parts of {@code GET /v1/me} the checks use. E-mail and display name are never read; the user id
 * is kept for later checks but never shown ({@link #toString()} hides it).
 *
 * @param product "premium", "free", …; absent without the {@code user-read-private} scope
 * @param country ISO 3166-1 alpha-2; absent without the {@code user-read-private} scope
 */
public record UserProfile(String id, Optional<String> product, Optional<String> country) {

    public UserProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(country, "country");
    }

    @Override
    public String toString() {
        return "UserProfile[id=<redacted>, product=" + product.orElse("<unknown>") + ", country="
                + country.orElse("<unknown>") + "]";
    }
}

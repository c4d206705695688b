package io.github.doctor409.account;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is signed in, for the window's header only: never logged, reported or put into evidence.
 * {@link #toString()} hides the display name.
 */
public record AccountSummary(Optional<String> displayName, Optional<String> product) {

    public AccountSummary {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(product, "product");
    }

    @Override
    public String toString() {
        return "AccountSummary[displayName=<redacted>, product=" + product.orElse("<unknown>") + "]";
    }
}

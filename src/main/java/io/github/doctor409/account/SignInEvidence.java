package io.github.doctor409.account;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Status;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code auth.token} found out about a working sign-in, read back from its evidence so the
 * checks that depend on it do not call {@code /v1/me} again. Present only when Spotify accepted the token.
 */
record SignInEvidence(Set<String> scopes, Optional<String> product) {

    static Optional<SignInEvidence> of(Optional<CheckResult> token) {
        if (token.isEmpty() || !(token.get().status() == Status.PASS || token.get().status() == Status.WARN)) {
            return Optional.empty();
        }
        Object scopes = token.get().evidence().get("scopes");
        if (!(scopes instanceof List<?> list)) {
            return Optional.empty();
        }
        Set<String> names = new TreeSet<>();
        list.forEach(scope -> names.add(String.valueOf(scope)));
        Object product = token.get().evidence().get("product");
        return Optional.of(new SignInEvidence(names, product instanceof String text && !text.isBlank()
                ? Optional.of(text) : Optional.empty()));
    }
}

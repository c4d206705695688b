package io.github.doctor409.account;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Picks the token store from {@code DOCTOR409_TOKEN_STORE} (DESIGN §5): {@code keychain}, {@code file},
 * {@code memory}, or {@code auto} — the OS keychain when one answers, else the owner-only file.
 *
 * @param store  the store in use
 * @param kind   "keychain", "file" or "memory": what was chosen
 * @param notice a plain sentence when the choice differs from what was asked (e.g. no keychain answered)
 */
public record TokenStoreChoice(TokenStore store, String kind, Optional<String> notice) {

    public static TokenStoreChoice of(String setting, Path configDir, Clock clock, Supplier<Optional<Keychain>> keychain) {
        String wanted = setting == null ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
        switch (wanted) {
            case "memory":
                return new TokenStoreChoice(new MemoryTokenStore(), "memory", Optional.empty());
            case "file":
                return file(configDir, clock, Optional.empty());
            case "keychain":
                return keychain.get()
                        .map(k -> new TokenStoreChoice(new KeychainTokenStore(k), "keychain", Optional.<String>empty()))
                        .orElseGet(() -> file(configDir, clock,
                                Optional.of("No OS keychain answered, so the sign-in is kept in a file only you can read.")));
            case "auto":
                return keychain.get()
                        .map(k -> new TokenStoreChoice(new KeychainTokenStore(k), "keychain", Optional.<String>empty()))
                        .orElseGet(() -> file(configDir, clock, Optional.empty()));
            default:
                return file(configDir, clock, Optional.of("DOCTOR409_TOKEN_STORE must be keychain, file, memory or auto; "
                        + "the sign-in is kept in a file only you can read."));
        }
    }

    private static TokenStoreChoice file(Path configDir, Clock clock, Optional<String> notice) {
        return new TokenStoreChoice(new FileTokenStore(configDir, clock), "file", notice);
    }
}

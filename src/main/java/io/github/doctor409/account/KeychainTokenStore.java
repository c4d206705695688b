package io.github.doctor409.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the session in the OS keychain under service {@code 409 Doctor}, account {@code spotify-session}.
 * An entry that cannot be read is deleted and reported, so the next sign-in starts clean.
 */
public final class KeychainTokenStore implements TokenStore {

    static final String SERVICE = "409 Doctor";
    static final String ACCOUNT = "spotify-session";

    /** What {@link SessionLoad.Unreadable#setAsideAs()} says when a bad entry was deleted. */
    static final String REMOVED = "(removed from the keychain)";

    private final Keychain keychain;

    public KeychainTokenStore(Keychain keychain) {
        this.keychain = Objects.requireNonNull(keychain, "keychain");
    }

    @Override
    public SessionLoad load() {
        Optional<String> stored;
        try {
            stored = keychain.read(SERVICE, ACCOUNT);
        } catch (IOException e) {
            return new SessionLoad.Unreadable("the keychain could not be read", Optional.empty());
        }
        if (stored.isEmpty()) {
            return new SessionLoad.NoSession();
        }
        try {
            return new SessionLoad.Found(FileTokenStore.parse(stored.get().getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? "it is not a stored sign-in" : e.getMessage();
            boolean removed = forget();
            return new SessionLoad.Unreadable("the keychain entry could not be used: " + reason,
                    removed ? Optional.of(REMOVED) : Optional.empty());
        }
    }

    @Override
    public void save(StoredSession session) throws IOException {
        keychain.write(SERVICE, ACCOUNT, FileTokenStore.serialize(session));
    }

    @Override
    public void clear() throws IOException {
        keychain.delete(SERVICE, ACCOUNT);
    }

    private boolean forget() {
        try {
            clear();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "KeychainTokenStore";
    }
}

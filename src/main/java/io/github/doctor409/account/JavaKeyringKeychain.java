package io.github.doctor409.account;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.io.IOException;
import java.util.Optional;

/**
 * The OS keychain through java-keyring: macOS Keychain, Windows Credential Manager, the Secret Service
 * on Linux. Exceptions keep only their type, never a message that might echo a secret.
 */
public final class JavaKeyringKeychain implements Keychain {

    private final Keyring keyring;

    private JavaKeyringKeychain(Keyring keyring) {
        this.keyring = keyring;
    }

    /** The keychain of this machine; empty when none answers. */
    public static Optional<Keychain> find() {
        try {
            return Optional.of(new JavaKeyringKeychain(Keyring.create()));
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> read(String service, String account) throws IOException {
        try {
            return Optional.ofNullable(keyring.getPassword(service, account)).filter(s -> !s.isEmpty());
        } catch (PasswordAccessException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            throw new IOException("The keychain could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public void write(String service, String account, String secret) throws IOException {
        try {
            keyring.setPassword(service, account, secret);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new IOException("The keychain refused the sign-in (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public void delete(String service, String account) throws IOException {
        try {
            keyring.deletePassword(service, account);
        } catch (PasswordAccessException e) {
            // nothing stored is not an error
        } catch (RuntimeException e) {
            throw new IOException("The keychain could not forget the sign-in (" + e.getClass().getSimpleName() + ")");
        }
    }
}

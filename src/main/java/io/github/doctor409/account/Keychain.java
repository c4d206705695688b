package io.github.doctor409.account;

import java.io.IOException;
import java.util.Optional;

/** The OS keychain as the token store needs it; behind an interface so tests never touch the real one. */
public interface Keychain {

    /** The stored secret; empty when there is none. */
    Optional<String> read(String service, String account) throws IOException;

    void write(String service, String account, String secret) throws IOException;

    void delete(String service, String account) throws IOException;
}

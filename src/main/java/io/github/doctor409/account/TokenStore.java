package io.github.doctor409.account;

import java.io.IOException;

/**
 * Keeps the signed-in session between runs. Implementations never put a token into an exception
 * message, a log line or {@code toString()}.
 */
public interface TokenStore {

    /** Reads the stored session; an unreadable one is reported, never thrown. */
    SessionLoad load();

    /** Replaces the stored session. */
    void save(StoredSession session) throws IOException;

    /** Forgets the stored session; nothing stored is not an error. */
    void clear() throws IOException;
}

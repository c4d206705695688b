package io.github.doctor409.account;

/** Keeps the session for this run only ({@code DOCTOR409_TOKEN_STORE=memory}); nothing touches the disk. */
public final class MemoryTokenStore implements TokenStore {

    private StoredSession session;

    @Override
    public synchronized SessionLoad load() {
        return session == null ? new SessionLoad.NoSession() : new SessionLoad.Found(session);
    }

    @Override
    public synchronized void save(StoredSession newSession) {
        session = newSession;
    }

    @Override
    public synchronized void clear() {
        session = null;
    }

    @Override
    public String toString() {
        return "MemoryTokenStore";
    }
}

package io.github.doctor409.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import okhttp3.Dns;

/**
 * A resolver for tests: every name resolves to 127.0.0.1, except names marked unknown (which fail) and
 * names marked hanging (which block until {@link #release()}, like a resolver that never answers).
 */
final class FakeDns implements Dns {

    private final Set<String> unknown = ConcurrentHashMap.newKeySet();
    private final Set<String> hanging = ConcurrentHashMap.newKeySet();
    private final CountDownLatch released = new CountDownLatch(1);

    FakeDns unknown(String host) {
        unknown.add(host);
        return this;
    }

    FakeDns hanging(String host) {
        hanging.add(host);
        return this;
    }

    /** Lets hanging lookups fail, so no thread stays blocked after a test. */
    void release() {
        released.countDown();
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        if (hanging.contains(hostname)) {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new UnknownHostException(hostname + " (released)");
        }
        if (unknown.contains(hostname)) {
            throw new UnknownHostException(hostname);
        }
        return List.of(InetAddress.getByAddress(hostname, new byte[] {127, 0, 0, 1}));
    }
}

package io.github.doctor409.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Answers lookups from a script: by default every name has one public IPv4 and one IPv6 address; a name may be given other
 * addresses, fail, or hang until {@link #release()}.
 */
final class FakeNameResolver implements NameResolver {

    private final Map<String, List<InetAddress>> answers = new ConcurrentHashMap<>();
    private final Map<String, Boolean> failing = new ConcurrentHashMap<>();
    private final Map<String, Boolean> hanging = new ConcurrentHashMap<>();
    private final CountDownLatch released = new CountDownLatch(1);

    FakeNameResolver answer(String host, String... addresses) throws UnknownHostException {
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByName(addresses[i]);
        }
        answers.put(host, List.of(resolved));
        return this;
    }

    FakeNameResolver failing(String host) {
        failing.put(host, true);
        return this;
    }

    FakeNameResolver hanging(String host) {
        hanging.put(host, true);
        return this;
    }

    void release() {
        released.countDown();
    }

    @Override
    public List<InetAddress> lookup(String host, AddressFamily family) throws UnknownHostException {
        if (hanging.containsKey(host)) {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new UnknownHostException(host + " (released)");
        }
        if (failing.containsKey(host)) {
            throw new UnknownHostException(host);
        }
        List<InetAddress> all = answers.containsKey(host) ? answers.get(host)
                : List.of(InetAddress.getByName("35.186.224.24"), InetAddress.getByName("2600:1901:1:c36::"));
        return all.stream().filter(family::matches).toList();
    }
}

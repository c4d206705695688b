package io.github.doctor409.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Looks a host name up for one address family; tests hand in their own answers. */
@FunctionalInterface
public interface NameResolver {

    /**
     * @return the addresses of that family, possibly none when the name only has the other family
     * @throws UnknownHostException when the name does not exist or the resolver failed
     */
    List<InetAddress> lookup(String host, AddressFamily family) throws UnknownHostException;
}

package io.github.doctor409.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The operating system's resolver, as every Java program (and the Spotify app) sees it, hosts file
 * included. The JDK asks for both families in one call; this keeps the family asked for, so a name with
 * only IPv6 addresses shows up as "no IPv4 address".
 */
public final class SystemNameResolver implements NameResolver {

    @Override
    public List<InetAddress> lookup(String host, AddressFamily family) throws UnknownHostException {
        return Arrays.stream(InetAddress.getAllByName(host)).filter(family::matches).toList();
    }
}

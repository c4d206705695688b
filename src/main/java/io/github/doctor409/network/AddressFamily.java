package io.github.doctor409.network;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** IPv4 or IPv6: name lookups are reported for each separately. */
public enum AddressFamily {
    IPV4("IPv4"),
    IPV6("IPv6");

    private final String label;

    AddressFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean matches(InetAddress address) {
        return this == IPV4 ? address instanceof Inet4Address : address instanceof Inet6Address;
    }
}

package io.github.doctor409.network;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.Dns;

/**
 * The real {@link TcpConnector}: looks the name up through the given resolver (the same one the HTTP
 * client uses), then tries each address in turn with a plain socket until one connects or the time is up.
 */
public final class SocketConnector implements TcpConnector {

    private final Dns dns;

    public SocketConnector(Dns dns) {
        this.dns = Objects.requireNonNull(dns, "dns");
    }

    @Override
    public void connect(String host, int port, Duration timeout) throws IOException {
        long until = System.nanoTime() + timeout.toNanos();
        List<InetAddress> addresses = dns.lookup(host);
        IOException last = new SocketTimeoutException("no time left to connect to " + host + ":" + port);
        for (InetAddress address : addresses) {
            long leftMillis = (until - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) {
                break;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), (int) Math.min(Integer.MAX_VALUE, leftMillis));
                return;
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }
}

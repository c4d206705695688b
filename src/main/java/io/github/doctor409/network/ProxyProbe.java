package io.github.doctor409.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Asks a proxy to open a tunnel to a Spotify host, as an HTTPS client would: {@code CONNECT host:port}.
 * Reads only the status line of the answer (capped); nothing passes through the tunnel. A SOCKS proxy is
 * only connected to.
 */
final class ProxyProbe {

    /** The status line is read up to this many bytes. */
    static final int STATUS_LINE_LIMIT = 1024;

    private ProxyProbe() {
    }

    /** What the proxy did: connected (code 0 for SOCKS) or answered with an HTTP status. */
    record Answer(int code, String statusLine, long millis) {}

    static Answer probe(Proxy proxy, String targetHost, int targetPort, Duration timeout) throws IOException {
        long start = System.nanoTime();
        long until = start + timeout.toNanos();
        InetSocketAddress declared = (InetSocketAddress) proxy.address();
        InetSocketAddress address = declared.isUnresolved()
                ? new InetSocketAddress(declared.getHostString(), declared.getPort()) : declared;
        if (address.isUnresolved()) {
            throw new java.net.UnknownHostException(declared.getHostString());
        }
        try (Socket socket = new Socket()) {
            socket.connect(address, millisLeft(until));
            if (proxy.type() != Proxy.Type.HTTP) {
                return new Answer(0, "", elapsed(start));
            }
            socket.setSoTimeout(millisLeft(until));
            OutputStream out = socket.getOutputStream();
            String target = targetHost + ":" + targetPort;
            out.write(("CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\nUser-Agent: 409Doctor\r\n"
                    + "Proxy-Connection: Keep-Alive\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String line = statusLine(socket.getInputStream());
            String[] parts = line.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                throw new IOException("not an HTTP proxy answer");
            }
            try {
                return new Answer(Integer.parseInt(parts[1]), line, elapsed(start));
            } catch (NumberFormatException e) {
                throw new IOException("not an HTTP proxy answer");
            }
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        while (line.length() < STATUS_LINE_LIMIT) {
            int b = in.read();
            if (b == -1) {
                throw new java.io.EOFException("the proxy closed the connection without answering");
            }
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static int millisLeft(long untilNanos) throws java.net.SocketTimeoutException {
        long left = (untilNanos - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new java.net.SocketTimeoutException("no time left");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}

package io.github.doctor409.account;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;

/** Loopback-only test plumbing: a client that never uses a proxy, a silent server, a closed port. */
final class LocalNetwork {

    private LocalNetwork() {}

    static InetAddress loopback() throws IOException {
        return InetAddress.getByName("127.0.0.1");
    }

    static OkHttpClient client() {
        return new OkHttpClient.Builder()
                .proxy(Proxy.NO_PROXY)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .build();
    }

    static MockWebServer startedServer() throws IOException {
        MockWebServer server = new MockWebServer();
        server.start(loopback(), 0);
        return server;
    }

    static URI baseOf(MockWebServer server) {
        return URI.create(server.url("/").toString());
    }

    /**
     * A server that takes connections (the kernel completes them in the backlog) but never answers.
     * Close it after the test.
     */
    static ServerSocket silentServer() throws IOException {
        return new ServerSocket(0, 50, loopback());
    }

    static URI baseOf(ServerSocket socket) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
    }

    /** A loopback address where nothing listens: connecting is refused. */
    static URI closedPort() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, loopback())) {
            port = socket.getLocalPort();
        }
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** An application/x-www-form-urlencoded body as a map. */
    static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}

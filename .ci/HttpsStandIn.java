import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A minimal HTTPS stand-in for Spotify's accounts, API and apresolve on 127.0.0.1, for the packaged-app
 * smoke test: {@code java .ci/HttpsStandIn.java KEYSTORE.p12 PASSWORD}. Prints its port, then serves
 * until stdin closes.
 */
public final class HttpsStandIn {

    public static void main(String[] args) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(args[0])) {
            keys.load(in, args[1].toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, args[1].toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(factory.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", HttpsStandIn::answer);
        server.start();
        System.out.println(server.getAddress().getPort());
        System.out.flush();
        while (System.in.read() >= 0) {
            // serve until stdin closes
        }
        server.stop(0);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        if ("/v1/me".equals(path)) {
            send(exchange, 401, "{\"error\":{\"status\":401,\"message\":\"No token provided\"}}");
        } else if ("/".equals(path) && query != null && query.contains("type=")) {
            // every host it names is this stand-in, so nothing leaves the machine
            String self = "\"127.0.0.1:" + exchange.getLocalAddress().getPort() + "\"";
            send(exchange, 200, "{\"accesspoint\":[" + self + "],\"dealer\":[" + self + "],\"spclient\":[" + self + "]}");
        } else if ("/".equals(path)) {
            exchange.getResponseHeaders().add("Location", "/en/login");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        } else {
            send(exchange, 404, "{\"error\":{\"status\":404,\"message\":\"Service not found\"}}");
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

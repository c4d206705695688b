package io.github.doctor409.account;

import io.github.doctor409.core.TaskExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The one-shot listener for the OAuth redirect (DESIGN §6): bound to {@code 127.0.0.1} only, on an
 * ephemeral port, it serves {@code GET /callback} and ends at the first answer that carries the
 * expected {@code state}. Answers with a wrong or missing state are turned away and never end the
 * wait, so a forged redirect cannot spoil or hijack the sign-in. Requests are read one at a time with
 * a small size cap and a short read timeout, so a flood or a silent connection cannot grow memory or
 * block the real redirect for long. The accept loop runs on the app's {@link TaskExecutor}; the
 * listener is closed as soon as the wait ends (answer, timeout or cancellation).
 */
public final class LoopbackReceiver implements AutoCloseable {

    public static final String CALLBACK_PATH = "/callback";

    /** A browser's request line and headers are far below this; anything longer is not a redirect. */
    static final int MAX_REQUEST_BYTES = 8 * 1024;

    /** How long one connection may take to send its request. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

    private static final System.Logger LOG = System.getLogger(LoopbackReceiver.class.getName());

    private final ServerSocket socket;
    private final byte[] expectedState;
    private final TaskExecutor executor;
    private final CompletableFuture<OAuthCallback> outcome = new CompletableFuture<>();
    private volatile Future<?> acceptLoop;

    private LoopbackReceiver(ServerSocket socket, String expectedState, TaskExecutor executor) {
        this.socket = socket;
        this.expectedState = expectedState.getBytes(StandardCharsets.UTF_8);
        this.executor = executor;
        this.acceptLoop = executor.submit(this::serve);
    }

    /** Opens the listener on an ephemeral loopback port. */
    public static LoopbackReceiver open(String expectedState, TaskExecutor executor) throws IOException {
        return open(expectedState, executor, 0);
    }

    /** Opens the listener on {@code port} of {@code 127.0.0.1}; 0 picks a free ephemeral port. */
    public static LoopbackReceiver open(String expectedState, TaskExecutor executor, int port) throws IOException {
        Objects.requireNonNull(expectedState, "expectedState");
        Objects.requireNonNull(executor, "executor");
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(loopback(), port), 50);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return new LoopbackReceiver(socket, expectedState, executor);
    }

    static InetAddress loopback() throws IOException {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    }

    /** {@code http://127.0.0.1:<port>/callback}, to send as {@code redirect_uri}. */
    public URI redirectUri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + CALLBACK_PATH);
    }

    public int port() {
        return socket.getLocalPort();
    }

    public boolean isOpen() {
        return !socket.isClosed();
    }

    /**
     * Waits for the browser to come back, at most {@code timeout} (measured by the executor's timer),
     * then closes the listener.
     *
     * @throws InterruptedException when the waiting thread is interrupted; the listener is closed then too
     */
    public OAuthCallback await(Duration timeout) throws InterruptedException {
        Future<?> timer = executor.schedule(() -> finish(new OAuthCallback.TimedOut()), timeout);
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("The listener's outcome never fails", e);
        } finally {
            timer.cancel(false);
            close();
        }
    }

    /** Ends the wait as cancelled (when nothing came back yet) and closes the listener. */
    @Override
    public void close() {
        finish(new OAuthCallback.Cancelled());
    }

    private void finish(OAuthCallback result) {
        outcome.complete(result);
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing the sign-in listener failed: " + e.getClass().getSimpleName());
        }
        Future<?> loop = acceptLoop;
        if (loop != null) {
            loop.cancel(false);
        }
    }

    private void serve() {
        while (!outcome.isDone()) {
            try (Socket client = socket.accept()) {
                if (outcome.isDone()) {
                    // accept() can still hand over a connection that raced with close(): the wait is
                    // over, so it gets no answer at all
                    return;
                }
                handle(client);
            } catch (SocketTimeoutException e) {
                // a connection that sent nothing in time is dropped; the next one is served
            } catch (SocketException e) {
                if (socket.isClosed()) {
                    return;
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "A request to the sign-in listener failed: " + e.getClass().getSimpleName());
            }
        }
    }

    private void handle(Socket client) throws IOException {
        if (!client.getInetAddress().isLoopbackAddress()) {
            return;
        }
        client.setSoTimeout((int) READ_TIMEOUT.toMillis());
        String requestLine = readRequestLine(client.getInputStream());
        Page page = answer(requestLine);
        send(client.getOutputStream(), page);
        if (page.ends() != null) {
            finish(page.ends());
        }
    }

    /** The first line of the request; empty when the request is too long or not HTTP. */
    private static String readRequestLine(InputStream in) throws IOException {
        byte[] buffer = new byte[MAX_REQUEST_BYTES];
        int length = 0;
        while (length < buffer.length) {
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                break;
            }
            length += read;
            if (headersEnded(buffer, length)) {
                String head = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
                int end = head.indexOf("\r\n");
                return end < 0 ? head : head.substring(0, end);
            }
        }
        return "";
    }

    private static boolean headersEnded(byte[] buffer, int length) {
        for (int i = 3; i < length; i++) {
            if (buffer[i] == '\n' && buffer[i - 1] == '\r' && buffer[i - 2] == '\n' && buffer[i - 3] == '\r') {
                return true;
            }
        }
        return false;
    }

    private Page answer(String requestLine) {
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            return Page.BAD_REQUEST;
        }
        if (!"GET".equals(parts[0])) {
            return Page.NOT_FOUND;
        }
        String target = parts[1];
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        if (!CALLBACK_PATH.equals(path)) {
            return Page.NOT_FOUND;
        }
        Map<String, List<String>> query;
        try {
            query = query(question < 0 ? "" : target.substring(question + 1));
        } catch (IllegalArgumentException e) {
            return Page.BAD_REQUEST;
        }
        if (!stateMatches(query.get("state"))) {
            return Page.WRONG_STATE;
        }
        String error = single(query.get("error"));
        if (error != null) {
            String code = error.matches("[a-z_]{1,40}") ? error : "unrecognised_error";
            return Page.denied(new OAuthCallback.Denied(code));
        }
        String code = single(query.get("code"));
        if (code == null || code.isBlank()) {
            return Page.noCode();
        }
        return Page.success(new OAuthCallback.Received(code));
    }

    private boolean stateMatches(List<String> states) {
        String state = single(states);
        return state != null && MessageDigest.isEqual(expectedState, state.getBytes(StandardCharsets.UTF_8));
    }

    /** The one value of a parameter; null when it is missing or given more than once. */
    private static String single(List<String> values) {
        return values == null || values.size() != 1 ? null : values.get(0);
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new HashMap<>();
        if (raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static void send(OutputStream out, Page page) throws IOException {
        byte[] body = page.html().getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + page.status() + "\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Cache-Control: no-store\r\n"
                + "Referrer-Policy: no-referrer\r\n"
                + "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
                + "X-Content-Type-Options: nosniff\r\n"
                + "Connection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    /** One answer of the listener; {@code ends} is the flow's outcome when this answer ends the wait. */
    private record Page(String status, String title, String text, OAuthCallback ends) {

        static final Page BAD_REQUEST = new Page("400 Bad Request", "Not a sign-in answer",
                "This address only takes the answer of a sign-in started by 409 Doctor.", null);
        static final Page NOT_FOUND = new Page("404 Not Found", "Nothing here",
                "This address only takes the answer of a sign-in started by 409 Doctor.", null);
        static final Page WRONG_STATE = new Page("400 Bad Request", "This sign-in answer was not expected",
                "It does not belong to the sign-in 409 Doctor started, so nothing was done with it.", null);

        static Page success(OAuthCallback.Received received) {
            return new Page("200 OK", "You are signed in",
                    "409 Doctor received your sign-in. You can close this tab and return to 409 Doctor.", received);
        }

        static Page denied(OAuthCallback.Denied denied) {
            return new Page("200 OK", "Sign-in was not completed",
                    "Spotify did not give 409 Doctor access. You can close this tab and return to 409 Doctor.", denied);
        }

        static Page noCode() {
            return new Page("400 Bad Request", "Sign-in was not completed",
                    "Spotify's answer had no sign-in code. You can close this tab and try again from 409 Doctor.",
                    new OAuthCallback.NoCode());
        }

        String html() {
            return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>409 Doctor — " + title
                    + "</title><style>body{font-family:system-ui,sans-serif;max-width:32em;margin:4em auto;"
                    + "padding:0 1em;line-height:1.5}</style></head><body><h1>" + title + "</h1><p>" + text
                    + "</p></body></html>";
        }
    }
}

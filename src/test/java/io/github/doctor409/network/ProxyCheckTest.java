package io.github.doctor409.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FakeCheckContext;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProxyCheckTest {

    private static final URI API = URI.create("https://api.spotify.com");

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final MockWebServer proxy = new MockWebServer();
    private ServerSocket silent;

    @AfterEach
    void stop() throws Exception {
        executor.shutdownNow();
        proxy.close();
        if (silent != null) {
            silent.close();
        }
    }

    @Test
    void noProxyPasses() throws Exception {
        CheckResult result = check(settings(Map.of()), key -> Optional.empty()).run(context());

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.summary()).isEqualTo("No proxy is set: connections to Spotify go out directly.");
        assertThat(result.evidence()).containsEntry("proxy", "none");
    }

    @Test
    void aWorkingProxyIsNamedAndPasses() throws Exception {
        proxy.enqueue(new MockResponse.Builder().code(200).build());
        proxy.start(InetAddress.getByName("127.0.0.1"), 0);

        CheckResult result = check(settings(Map.of("HTTPS_PROXY", "http://127.0.0.1:" + proxy.getPort())),
                key -> key.equals("network.proxy.mode") ? Optional.of("1") : Optional.empty()).run(context());

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.summary()).isEqualTo("Connections to Spotify go through the proxy 127.0.0.1:" + proxy.getPort()
                + " (from HTTPS_PROXY), and it lets them through.");
        RecordedRequest connect = proxy.takeRequest();
        assertThat(connect.getMethod()).isEqualTo("CONNECT");
        assertThat(connect.getHeaders().get("Host")).isEqualTo("api.spotify.com:443");
        assertThat(result.evidence()).containsEntry("appProxyMode", "1").containsEntry("variable", "HTTPS_PROXY");
    }

    @Test
    void aProxyAskingForAPasswordFails() throws Exception {
        proxy.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build());
        proxy.start(InetAddress.getByName("127.0.0.1"), 0);

        CheckResult result = check(settings(Map.of("https_proxy", "127.0.0.1:" + proxy.getPort())), SpotifyAppSettings.NONE)
                .run(context());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).contains("asks for a user name and password");
        assertThat(result.evidence()).containsEntry("proxyStatus", 407);
        assertThat(result.fixes()).containsExactly("fix.proxy-help", "fix.retry");
    }

    @Test
    void aDeadProxyFailsAndSaysWhereItWasSet() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = socket.getLocalPort();
        }

        CheckResult result = check(settings(Map.of("HTTPS_PROXY", "http://user:secret@127.0.0.1:" + closed)),
                SpotifyAppSettings.NONE).run(context());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).isEqualTo("The proxy 127.0.0.1:" + closed
                + " (from HTTPS_PROXY) cannot be reached, so nothing reaches Spotify through it.");
        assertThat(String.join("\n", result.details()) + result.evidence()).doesNotContain("secret");
    }

    @Test
    void aProxyThatNeverAnswersFailsBeforeTheDeadline() throws Exception {
        silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        FakeCheckContext context = FakeCheckContext.withDeadline(Duration.ofMillis(1200));

        CheckResult result = check(settings(Map.of("HTTPS_PROXY", "127.0.0.1:" + silent.getLocalPort())),
                SpotifyAppSettings.NONE).run(context);

        assertThat(Instant.now()).isBefore(context.deadline());
        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).contains("did not answer");
    }

    @Test
    void noProxyListBypassesSpotifyHosts() {
        ProxySettings settings = settings(Map.of("HTTPS_PROXY", "proxy.corp:3128", "NO_PROXY", "localhost,.spotify.com"));

        assertThat(settings.proxyFor(API)).isEqualTo(Proxy.NO_PROXY);
        assertThat(settings.proxyFor(URI.create("https://example.org")).type()).isEqualTo(Proxy.Type.HTTP);
    }

    @Test
    void httpProxyServesPlainHttpAndSocksIsRecognised() {
        ProxySettings settings = settings(Map.of("HTTP_PROXY", "socks5://127.0.0.1:1080"));

        assertThat(settings.proxyFor(URI.create("http://api.spotify.com")).type()).isEqualTo(Proxy.Type.SOCKS);
        assertThat(settings.proxyFor(API)).isEqualTo(Proxy.NO_PROXY);
    }

    @Test
    void withoutVariablesTheSystemSelectorIsUsed() {
        ProxySelector system = ProxySelector.of(java.net.InetSocketAddress.createUnresolved("sys.proxy", 8080));

        ProxySettings settings = ProxySettings.from(host(Map.of()), system);

        assertThat(settings.source()).isEqualTo("system");
        assertThat(settings.selector()).isSameAs(system);
    }

    private ProxyCheck check(ProxySettings settings, SpotifyAppSettings app) {
        return new ProxyCheck(settings, API, app, executor);
    }

    private static ProxySettings settings(Map<String, String> variables) {
        return ProxySettings.from(host(variables), ProxySelector.of(null));
    }

    private static HostEnvironment host(Map<String, String> variables) {
        return new HostEnvironment(OperatingSystem.LINUX, Path.of("/nonexistent-home"), variables);
    }

    private static FakeCheckContext context() {
        return FakeCheckContext.withDeadline(Duration.ofSeconds(2));
    }
}

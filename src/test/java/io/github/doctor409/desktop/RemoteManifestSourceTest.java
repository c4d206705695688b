package io.github.doctor409.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.OperatingSystem;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemoteManifestSourceTest {

    private static final VersionManifest BUNDLED = VersionManifest.parse("""
            {"date": "2026-11-24", "source": "bundled",
             "os": {"linux": {"minimum": "1.2.30", "latest": "1.2.98"},
                    "macos": {"minimum": "1.2.30", "latest": "1.2.98"},
                    "windows": {"minimum": "1.2.30", "latest": "1.2.98"}}}
            """, "test");
    private static final String NEWER = """
            {"date": "2026-12-20", "source": "remote",
             "os": {"linux": {"minimum": "1.2.40", "latest": "1.2.99"},
                    "macos": {"minimum": "1.2.40", "latest": "1.2.99"},
                    "windows": {"minimum": "1.2.40", "latest": "1.2.99"}}}
            """;

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient http = new OkHttpClient();

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private RemoteManifestSource source() {
        return new RemoteManifestSource(http, URI.create(server.url("/versions.json").toString()), BUNDLED);
    }

    @Test
    void aNewerRemoteManifestReplacesTheBundledOneForTheSession() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(NEWER).build());
        RemoteManifestSource source = source();

        VersionManifest first = source.current(Duration.ofSeconds(2));
        VersionManifest second = source.current(Duration.ofSeconds(2));

        assertThat(first.date()).isEqualTo(LocalDate.parse("2026-12-20"));
        assertThat(first.rangeFor(OperatingSystem.LINUX).latest().format()).isEqualTo("1.2.99");
        assertThat(second).isSameAs(first);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/versions.json");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void failuresFallBackSilentlyToTheBundledManifest() {
        server.enqueue(new MockResponse.Builder().code(500).build());
        server.enqueue(new MockResponse.Builder().code(200).body("{not json").build());
        server.enqueue(new MockResponse.Builder().code(200).body("x".repeat(VersionManifest.MAX_CHARS + 10)).build());
        server.enqueue(new MockResponse.Builder().code(200).body(NEWER.replace("2026-12-20", "2025-01-01")).build());

        RemoteManifestSource source = source();
        for (int i = 0; i < 4; i++) {
            assertThat(source.current(Duration.ofSeconds(2))).isSameAs(BUNDLED);
        }
    }

    @Test
    void aHangingServerCostsNoMoreThanTheBudget() {
        server.enqueue(new MockResponse.Builder().code(200).body(NEWER).headersDelay(10, java.util.concurrent.TimeUnit.SECONDS).build());

        long started = System.nanoTime();
        VersionManifest manifest = source().current(Duration.ofMillis(300));

        assertThat(manifest).isSameAs(BUNDLED);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }
}

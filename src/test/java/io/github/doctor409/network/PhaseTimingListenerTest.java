package io.github.doctor409.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PhaseTimingListenerTest {

    private static final String HOST = "api.spotify.test";

    private final MockWebServer server = new MockWebServer();
    private final List<Phase> entered = new CopyOnWriteArrayList<>();
    private OkHttpClient client;

    @BeforeEach
    void startSecureServer() throws Exception {
        HeldCertificate certificate = new HeldCertificate.Builder().addSubjectAlternativeName(HOST).build();
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(certificate).build().sslSocketFactory());
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        HandshakeCertificates trusting = new HandshakeCertificates.Builder().addTrustedCertificate(certificate.certificate())
                .build();
        client = new OkHttpClient.Builder().dns(new FakeDns())
                .sslSocketFactory(trusting.sslSocketFactory(), trusting.trustManager())
                .retryOnConnectionFailure(false).build();
    }

    @AfterEach
    void stopServer() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        server.close();
    }

    @Test
    void recordsEveryPhaseOfAFreshHttpsCall() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).build());
        PhaseTimingListener listener = new PhaseTimingListener(entered::add);

        try (Response response = execute(listener, "https://" + HOST + ":" + server.getPort() + "/v1/me")) {
            assertThat(response.code()).isEqualTo(401);
        }

        PhaseTimings timings = listener.timings();
        assertThat(timings.dnsMs()).isNotNull().isNotNegative();
        assertThat(timings.connectMs()).isNotNull().isNotNegative();
        assertThat(timings.tlsMs()).isNotNull().isNotNegative();
        assertThat(timings.firstByteMs()).isNotNull().isNotNegative();
        assertThat(timings.totalMs()).isNotNull().isGreaterThanOrEqualTo(timings.tlsMs());
        assertThat(timings.asEvidence()).containsOnlyKeys("dns", "connect", "tls", "firstByte", "total");
        assertThat(entered).containsExactly(Phase.CONNECT, Phase.TLS, Phase.HTTP);
        assertThat(listener.activePhase()).isEqualTo(Phase.HTTP);
        assertThat(listener.hasFailed()).isFalse();
    }

    @Test
    void reusedConnectionHasNoDnsConnectOrTlsPhase() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("first").build());
        server.enqueue(new MockResponse.Builder().code(200).body("second").build());
        String url = "https://" + HOST + ":" + server.getPort() + "/";
        try (Response first = execute(new PhaseTimingListener(), url)) {
            assertThat(first.body().string()).isEqualTo("first");
        }
        PhaseTimingListener listener = new PhaseTimingListener(entered::add);

        try (Response second = execute(listener, url)) {
            assertThat(second.body().string()).isEqualTo("second");
        }

        PhaseTimings timings = listener.timings();
        assertThat(timings.dnsMs()).isNull();
        assertThat(timings.connectMs()).isNull();
        assertThat(timings.tlsMs()).isNull();
        assertThat(timings.firstByteMs()).isNotNull();
        assertThat(timings.describe()).doesNotContain("dns").contains("first byte").contains("total");
        assertThat(entered).containsExactly(Phase.HTTP);
    }

    @Test
    void failedConnectLeavesTheConnectPhaseActive() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        PhaseTimingListener listener = new PhaseTimingListener(entered::add);

        assertThatThrownBy(() -> execute(listener, "https://" + HOST + ":" + closedPort + "/").close())
                .isInstanceOf(IOException.class);

        assertThat(listener.hasFailed()).isTrue();
        assertThat(listener.activePhase()).isEqualTo(Phase.CONNECT);
        assertThat(listener.timings().dnsMs()).isNotNull();
        assertThat(listener.timings().tlsMs()).isNull();
        assertThat(listener.timings().totalMs()).isNotNull();
    }

    private Response execute(PhaseTimingListener listener, String url) throws IOException {
        Call call = client.newCall(new Request.Builder().url(url).build());
        call.addEventListener(listener);
        return call.execute();
    }
}

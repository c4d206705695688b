package io.github.doctor409.network;

import static io.github.doctor409.network.ServiceHosts.ACCOUNTS;
import static io.github.doctor409.network.ServiceHosts.API;
import static io.github.doctor409.network.ServiceHosts.APRESOLVE;
import static io.github.doctor409.network.ServicesCheckAnswersTest.endpoint;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FakeCheckContext;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No answer: the check names the endpoint and the phase, and returns before its deadline. */
class ServicesCheckUnreachableTest {

    private static final Duration DEADLINE = Duration.ofMillis(1500);

    private final MockWebServer server = new MockWebServer();
    private final FakeDns dns = new FakeDns();
    private OkHttpClient client;
    private ServerSocket silent;

    @BeforeEach
    void startServer() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        server.setDispatcher(ServiceHosts.answeringLikeSpotify());
        client = new OkHttpClient.Builder().dns(dns).followRedirects(false).followSslRedirects(false)
                .retryOnConnectionFailure(false).build();
    }

    @AfterEach
    void stopServers() throws Exception {
        dns.release();
        client.dispatcher().cancelAll();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        server.close();
        if (silent != null) {
            silent.close();
        }
    }

    @Test
    void closedPortFailsInTheConnectPhase() throws Exception {
        int closedPort = closedPort();
        FakeCheckContext context = context();

        CheckResult result = check(withApi("http://" + API + ":" + closedPort)).run(context);

        assertThat(Instant.now()).isBefore(context.deadline());
        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).isEqualTo("The connection to " + API + " was refused.");
        assertThat(result.phrase()).isEqualTo(Phrase.of("network.services.summary.fail", Phrase.of("network.endpoint.refused", API)));
        assertThat(endpoint(result, "api")).containsEntry("reachable", false).containsEntry("failedPhase", "connect");
        assertThat((String) endpoint(result, "api").get("error")).startsWith("ConnectException");
        assertThat(endpoint(result, "accounts")).containsEntry("reachable", true);
        assertThat(result.fixes()).containsExactly("fix.network-help", "fix.retry");
    }

    @Test
    void serverThatNeverAnswersFailsInTheHttpPhaseBeforeTheDeadline() throws Exception {
        FakeCheckContext context = context();

        CheckResult result = check(withApi("http://" + API + ":" + silentPort())).run(context);

        assertThat(Instant.now()).isBefore(context.deadline());
        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).isEqualTo("No answer from " + API + " while waiting for its answer (HTTP).");
        assertThat(result.phrase()).isEqualTo(Phrase.of("network.services.summary.fail",
                Phrase.of("network.endpoint.timedOut", API, Phrase.of("network.phase.http.while"))));
        assertThat(endpoint(result, "api")).containsEntry("failedPhase", "http");
        assertThat(context.waits()).contains("an answer from " + API + " (HTTP answer)");
    }

    @Test
    void secureServerThatNeverAnswersFailsInTheTlsPhaseBeforeTheDeadline() throws Exception {
        int port = silentPort();
        FakeCheckContext context = context();
        ServiceEndpoints allSilent = ServiceHosts.endpoints("https", port);

        CheckResult result = check(allSilent).run(context);

        assertThat(Instant.now()).isBefore(context.deadline());
        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).isEqualTo("No answer from " + ACCOUNTS
                + " while setting up the secure connection (TLS), and 2 more of Spotify's services could not be reached either.");
        for (String name : new String[] {"accounts", "api", "apresolve"}) {
            assertThat(endpoint(result, name)).containsEntry("reachable", false).containsEntry("failedPhase", "tls");
        }
        assertThat(context.waits()).anyMatch(wait -> wait.contains(APRESOLVE + " (TLS handshake)"));
    }

    @Test
    void untrustedCertificateFailsInTheTlsPhase() throws Exception {
        HeldCertificate selfSigned = new HeldCertificate.Builder()
                .addSubjectAlternativeName(ACCOUNTS).addSubjectAlternativeName(API).addSubjectAlternativeName(APRESOLVE)
                .build();
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(selfSigned).build().sslSocketFactory());

        CheckResult result = check(ServiceHosts.endpoints("https", server.getPort())).run(context());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).startsWith("The certificate shown by " + ACCOUNTS
                + " is not trusted by this computer, so no secure connection (TLS) was set up");
        assertThat(endpoint(result, "api")).containsEntry("failedPhase", "tls");
        assertThat((String) endpoint(result, "api").get("error")).startsWith("SSLHandshakeException");
        assertThat(result.details()).anyMatch(line -> line.startsWith("api: an untrusted certificate usually means"));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void unknownHostFailsInTheDnsPhase() throws Exception {
        dns.unknown(APRESOLVE);

        CheckResult result = check(ServiceHosts.endpoints("http", server.getPort())).run(context());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).isEqualTo("The name " + APRESOLVE + " could not be looked up (DNS).");
        assertThat(endpoint(result, "apresolve")).containsEntry("failedPhase", "dns");
    }

    @Test
    void hangingNameLookupFailsInTheDnsPhaseBeforeTheDeadline() throws Exception {
        dns.hanging(ACCOUNTS);
        FakeCheckContext context = context();

        CheckResult result = check(ServiceHosts.endpoints("http", server.getPort())).run(context);

        assertThat(Instant.now()).isBefore(context.deadline());
        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).isEqualTo("No answer from " + ACCOUNTS + " while looking up its name (DNS).");
        assertThat(endpoint(result, "accounts")).containsEntry("failedPhase", "dns");
        assertThat(endpoint(result, "api")).containsEntry("reachable", true);
    }

    @Test
    void failureOutranksRateLimit() throws Exception {
        server.setDispatcher(ServiceHosts.answeringLikeSpotify()
                .answer(ACCOUNTS, ServiceHosts.ok(429).addHeader("Retry-After", "5").build()));

        CheckResult result = check(withApi("http://" + API + ":" + closedPort())).run(context());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(endpoint(result, "accounts")).containsEntry("retryAfterSeconds", 5L);
    }

    @Test
    void cancelledRunSendsNothing() throws Exception {
        FakeCheckContext context = context();
        context.cancel();

        CheckResult result = check(ServiceHosts.endpoints("http", server.getPort())).run(context);

        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(server.getRequestCount()).isZero();
    }

    private FakeCheckContext context() {
        return FakeCheckContext.withDeadline(DEADLINE);
    }

    private ServicesCheck check(ServiceEndpoints endpoints) {
        return new ServicesCheck(client, endpoints, Clock.systemUTC());
    }

    private ServiceEndpoints withApi(String apiBase) {
        ServiceEndpoints answering = ServiceHosts.endpoints("http", server.getPort());
        return new ServiceEndpoints(answering.accounts(), URI.create(apiBase), answering.apresolve());
    }

    /** A port that was just free: nothing listens there. */
    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    /** A listening socket that never accepts: the kernel completes the TCP connect, nothing ever answers. */
    private int silentPort() throws Exception {
        silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        return silent.getLocalPort();
    }
}

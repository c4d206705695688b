package io.github.doctor409.network;

import static io.github.doctor409.network.ServiceHosts.ACCOUNTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FakeCheckContext;
import io.github.doctor409.core.Status;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An unencrypted request that is not redirected to HTTPS hints at a captive portal. */
class ServicesCheckCaptivePortalTest {

    private final MockWebServer server = new MockWebServer();
    private final FakeDns dns = new FakeDns();
    private OkHttpClient client;

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        client = new OkHttpClient.Builder().dns(dns).followRedirects(false).followSslRedirects(false)
                .retryOnConnectionFailure(false).build();
    }

    @AfterEach
    void stop() {
        dns.release();
        server.close();
    }

    @Test
    void aPageInsteadOfARedirectWarnsOfACaptivePortal() throws Exception {
        server.setDispatcher(ServiceHosts.answeringLikeSpotify());

        CheckResult result = run();

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).startsWith("Spotify's services answer, but an unencrypted request was answered by"
                + " something other than Spotify: this network may want you to sign in first");
        assertThat(ServicesCheckAnswersTest.endpoint(result, "plainHttp")).containsEntry("captivePortalSuspected", true)
                .containsEntry("httpStatus", 200);
        RecordedRequest first = server.takeRequest();
        assertThat(first.getMethod()).isEqualTo("GET");
    }

    @Test
    void aRedirectToHttpsIsWhatSpotifyDoes() throws Exception {
        server.setDispatcher(ServiceHosts.answeringLikeSpotify().answer(ACCOUNTS,
                ServiceHosts.ok(301).addHeader("Location", "https://" + ACCOUNTS + "/").build()));

        CheckResult result = run();

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(ServicesCheckAnswersTest.endpoint(result, "plainHttp")).containsEntry("redirectsToHttps", true)
                .containsEntry("captivePortalSuspected", false);
    }

    @Test
    void byDefaultOnlyAnHttpsAccountsServiceGetsThePlainProbe() {
        assertThat(ServiceEndpoints.spotify().plainHttp()).contains(URI.create("http://accounts.spotify.com/"));
        assertThat(ServiceHosts.endpoints("http", 1).plainHttp()).isEmpty();
    }

    private CheckResult run() throws Exception {
        ServiceEndpoints plain = ServiceHosts.endpoints("http", server.getPort());
        ServiceEndpoints withProbe = new ServiceEndpoints(plain.accounts(), plain.api(), plain.apresolve(),
                Optional.of(URI.create("http://" + ACCOUNTS + ":" + server.getPort() + "/")));
        return new ServicesCheck(client, withProbe, Clock.systemUTC()).run(FakeCheckContext.withDeadline(Duration.ofSeconds(2)));
    }
}

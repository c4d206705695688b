package io.github.doctor409.network;

import static io.github.doctor409.network.ServiceHosts.ACCOUNTS;
import static io.github.doctor409.network.ServiceHosts.API;
import static io.github.doctor409.network.ServiceHosts.APRESOLVE;
import static io.github.doctor409.network.ServicesCheckAnswersTest.endpoint;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FakeCheckContext;
import io.github.doctor409.core.Status;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When TLS fails, the certificate the server showed is read without trusting it and explained. */
class ServicesCheckCertificateTest {

    private final MockWebServer server = new MockWebServer();
    private final FakeDns dns = new FakeDns();

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(ServiceHosts.answeringLikeSpotify());
    }

    @AfterEach
    void stop() {
        dns.release();
        server.close();
    }

    @Test
    void selfSignedCertificateIsNamedAsInterception() throws Exception {
        HeldCertificate selfSigned = new HeldCertificate.Builder().commonName("Corporate Inspection CA")
                .addSubjectAlternativeName(ACCOUNTS).addSubjectAlternativeName(API).addSubjectAlternativeName(APRESOLVE)
                .build();
        serve(selfSigned);

        CheckResult result = run(client(null));

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).startsWith("The certificate shown by " + ACCOUNTS + " is not trusted by this computer,"
                + " so no secure connection (TLS) was set up; it was issued by \"Corporate Inspection CA\", which this"
                + " computer does not trust: antivirus software or a company proxy");
        Map<String, Object> certificate = certificate(result, "api");
        assertThat(certificate).containsEntry("meaning", "unknown-issuer").containsEntry("selfIssued", true);
        assertThat((String) certificate.get("issuer")).contains("CN=Corporate Inspection CA");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void expiredCertificatePointsToTheClock() throws Exception {
        long now = System.currentTimeMillis();
        HeldCertificate expired = new HeldCertificate.Builder().commonName("expired")
                .addSubjectAlternativeName(ACCOUNTS).addSubjectAlternativeName(API).addSubjectAlternativeName(APRESOLVE)
                .validityInterval(now - TimeUnit.DAYS.toMillis(30), now - TimeUnit.DAYS.toMillis(1))
                .build();
        serve(expired);

        CheckResult result = run(client(null));

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).contains("by this computer's clock it expired on")
                .contains("if the clock is wrong (see System clock), set it right first");
        assertThat(certificate(result, "accounts")).containsEntry("meaning", "out-of-date");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void certificateForAnotherNameSaysSomethingAnswersInSpotifysPlace() throws Exception {
        HeldCertificate otherName = new HeldCertificate.Builder().commonName("portal")
                .addSubjectAlternativeName("login.hotel-wifi.test").build();
        serve(otherName);

        CheckResult result = run(client(otherName));

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).contains("it is made out for another name (login.hotel-wifi.test)")
                .contains("answers in Spotify's place");
        assertThat(certificate(result, "apresolve")).containsEntry("meaning", "other-name");
        assertThat(server.getRequestCount()).isZero();
    }

    private void serve(HeldCertificate certificate) throws Exception {
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(certificate).build().sslSocketFactory());
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    /** A client that trusts {@code trusted} (none: the JDK's own roots only). */
    private OkHttpClient client(HeldCertificate trusted) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder().dns(dns).followRedirects(false)
                .followSslRedirects(false).retryOnConnectionFailure(false);
        if (trusted != null) {
            HandshakeCertificates trust = new HandshakeCertificates.Builder()
                    .addTrustedCertificate(trusted.certificate()).build();
            builder.sslSocketFactory(trust.sslSocketFactory(), trust.trustManager());
        }
        return builder.build();
    }

    private CheckResult run(OkHttpClient client) throws Exception {
        FakeCheckContext context = FakeCheckContext.withDeadline(Duration.ofSeconds(2));
        CheckResult result = new ServicesCheck(client, ServiceHosts.endpoints("https", server.getPort()), Clock.systemUTC())
                .run(context);
        assertThat(Instant.now()).isBefore(context.deadline());
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> certificate(CheckResult result, String endpoint) {
        assertThat(endpoint(result, endpoint)).containsKey("certificate");
        return (Map<String, Object>) endpoint(result, endpoint).get("certificate");
    }
}

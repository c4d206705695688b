package io.github.doctor409.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.doctor409.testing.FakeSpotify;
import io.github.doctor409.testing.HangingServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "done when" of the network issue, through {@code check --json} of the packaged jar. */
class NetworkDiagnosisEndToEndIT {

    @TempDir
    Path home;

    @Test
    void untrustedCertificateFailsTheServicesCheckAsACertificateProblem() throws Exception {
        HeldCertificate selfSigned = new HeldCertificate.Builder().commonName("Intercepting Proxy CA")
                .addSubjectAlternativeName("127.0.0.1").build();
        try (FakeSpotify spotify = FakeSpotify.overHttps(
                new HandshakeCertificates.Builder().heldCertificate(selfSigned).build().sslSocketFactory())) {
            PackagedJar.Run run = PackagedJar.run(home, pointedAt(spotify.baseUrl()), "check", "--json", "--only",
                    "network.services");

            JsonObject services = check(run, "network.services");
            assertThat(services.get("status").getAsString()).isEqualTo("fail");
            assertThat(services.get("summary").getAsString()).contains("certificate").contains("not trusted")
                    .contains("Intercepting Proxy CA");
            assertThat(spotify.requestCount()).isZero();
        }
    }

    @Test
    void threeHourSkewIsFlaggedByTheClockCheck() throws Exception {
        try (FakeSpotify spotify = new FakeSpotify().clockSkew(Duration.ofHours(-3))) {
            PackagedJar.Run run = PackagedJar.run(home, pointedAt(spotify.baseUrl()), "check", "--json", "--only",
                    "network.services,system.clock");

            JsonObject clock = check(run, "system.clock");
            assertThat(clock.get("status").getAsString()).isEqualTo("fail");
            assertThat(clock.get("summary").getAsString()).contains("3 hours ahead of Spotify's");
        }
    }

    @Test
    void accurateClockAndReachableAccessPointsPass() throws Exception {
        try (FakeSpotify spotify = new FakeSpotify()) {
            PackagedJar.Run run = PackagedJar.run(home, pointedAt(spotify.baseUrl()), "check", "--json", "--only",
                    "network.services,system.clock,network.accesspoints");

            assertThat(check(run, "system.clock").get("status").getAsString()).isEqualTo("pass");
            assertThat(check(run, "network.accesspoints").get("status").getAsString()).isEqualTo("pass");
        }
    }

    @Test
    void deadProxyInHttpsProxyIsReported() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        try (FakeSpotify spotify = new FakeSpotify()) {
            Map<String, String> env = pointedAt(spotify.baseUrl());
            env.put("HTTPS_PROXY", "http://127.0.0.1:" + closed);
            PackagedJar.Run run = PackagedJar.run(home, env, "check", "--json", "--only", "network.proxy");

            JsonObject proxy = check(run, "network.proxy");
            assertThat(proxy.get("status").getAsString()).isEqualTo("fail");
            assertThat(proxy.get("summary").getAsString()).contains("127.0.0.1:" + closed).contains("HTTPS_PROXY")
                    .contains("cannot be reached");
        }
    }

    @Test
    void everythingHangingEndsWithinTheTimeoutForEveryNetworkCheck() throws Exception {
        try (HangingServer hanging = new HangingServer()) {
            Map<String, String> env = pointedAt(hanging.baseUrl());
            env.put("HTTPS_PROXY", hanging.baseUrl());
            PackagedJar.Run run = PackagedJar.run(home, env, "check", "--json", "--timeout", "2");

            assertThat(run.elapsed()).as("the whole process").isLessThan(Duration.ofSeconds(5));
            assertThat(check(run, "network.proxy").get("status").getAsString()).isEqualTo("fail");
            assertThat(check(run, "network.services").get("status").getAsString()).isIn("fail", "unknown");
            assertThat(check(run, "system.clock").get("status").getAsString()).isEqualTo("unknown");
        }
    }

    private static Map<String, String> pointedAt(String baseUrl) {
        Map<String, String> env = new HashMap<>();
        env.put("DOCTOR409_ACCOUNTS_URL", baseUrl);
        env.put("DOCTOR409_API_URL", baseUrl);
        env.put("DOCTOR409_APRESOLVE_URL", baseUrl);
        return env;
    }

    private static JsonObject check(PackagedJar.Run run, String id) {
        JsonObject report = JsonParser.parseString(run.stdout()).getAsJsonObject();
        return StreamSupport.stream(report.getAsJsonArray("checks").spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .filter(c -> c.get("id").getAsString().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError(id + " missing: " + run.stdout() + run.stderr()));
    }
}

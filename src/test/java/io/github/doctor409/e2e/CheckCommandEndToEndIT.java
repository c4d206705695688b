package io.github.doctor409.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.doctor409.account.FileTokenStore;
import io.github.doctor409.account.StoredSession;
import io.github.doctor409.testing.FakeSpotify;
import io.github.doctor409.testing.HangingServer;
import io.github.doctor409.testing.SpotifyHome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "done when" of the foundation issue, run against the packaged jar as a separate process. */
class CheckCommandEndToEndIT {

    @TempDir
    Path home;

    private static Map<String, String> pointedAt(String baseUrl) {
        Map<String, String> env = new HashMap<>();
        env.put("DOCTOR409_ACCOUNTS_URL", baseUrl);
        env.put("DOCTOR409_API_URL", baseUrl);
        env.put("DOCTOR409_APRESOLVE_URL", baseUrl);
        return env;
    }

    private static Map<String, String> statuses(JsonObject report) {
        return StreamSupport.stream(report.getAsJsonArray("checks").spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .collect(Collectors.toMap(c -> c.get("id").getAsString(), c -> c.get("status").getAsString()));
    }

    @Test
    void reportsTheFourCoreChecksAgainstALocalStandIn() throws Exception {
        new SpotifyHome(home).linuxInstall("1.1.10.546.ge08ef575");
        try (FakeSpotify spotify = new FakeSpotify()) {
            PackagedJar.Run run = PackagedJar.run(home, pointedAt(spotify.baseUrl()), "check", "--json");

            JsonObject report = JsonParser.parseString(run.stdout()).getAsJsonObject();
            assertThat(report.get("schema").getAsString()).isEqualTo("doctor409.report/1");
            Map<String, String> statuses = statuses(report);
            assertThat(statuses).containsEntry("network.services", "pass")
                    .containsEntry("auth.token", "warn")
                    .containsEntry("client.cache", "pass")
                    .containsEntry("client.version", "fail");
            assertThat(report.getAsJsonObject("verdict").get("likelyCause").getAsString()).isEqualTo("client.version");
            assertThat(run.exitCode()).as(run.stderr()).isEqualTo(2);
        }
    }

    @Test
    void signedInListenerWithACurrentAppGetsAllClear() throws Exception {
        new SpotifyHome(home).linuxInstall("1.2.98.2099.g1f2e3d4c");
        try (FakeSpotify spotify = new FakeSpotify()) {
            spotify.acceptAccessToken("e2e-access-token");
            new FileTokenStore(home.resolve("doctor409-config"), Clock.systemUTC()).save(new StoredSession(
                    "e2e-access-token", Optional.empty(), Instant.now().plus(1, ChronoUnit.HOURS),
                    Set.of("user-read-private", "user-read-email", "user-read-playback-state")));

            PackagedJar.Run run = PackagedJar.run(home, pointedAt(spotify.baseUrl()), "check", "--json");

            JsonObject report = JsonParser.parseString(run.stdout()).getAsJsonObject();
            assertThat(statuses(report)).containsOnly(Map.entry("network.services", "pass"), Map.entry("auth.token", "pass"),
                    Map.entry("auth.scopes", "pass"), Map.entry("account.plan", "pass"),
                    Map.entry("account.devices", "pass"), Map.entry("client.cache", "pass"),
                    Map.entry("client.version", "pass"),
                    Map.entry("network.proxy", "pass"), Map.entry("network.dns", "skipped"),
                    Map.entry("system.clock", "pass"), Map.entry("network.accesspoints", "pass"),
                    Map.entry("client.install", "pass"), Map.entry("client.integrity", "pass"));
            assertThat(report.getAsJsonObject("verdict").get("likelyCause").isJsonNull()).isTrue();
            assertThat(run.stdout()).doesNotContain("e2e-access-token").doesNotContain("listener@example.com")
                    .doesNotContain("Test Listener");
            assertThat(run.exitCode()).as(run.stderr()).isZero();
        }
    }

    @Test
    void hangingEndpointsStillFinishWithinTheTimeoutNamingThePhase() throws Exception {
        try (HangingServer hanging = new HangingServer()) {
            PackagedJar.Run run = PackagedJar.run(home, pointedAt(hanging.baseUrl()), "check", "--json", "--timeout", "2");

            assertThat(run.elapsed()).as("the whole process").isLessThan(Duration.ofSeconds(5));
            JsonObject report = JsonParser.parseString(run.stdout()).getAsJsonObject();
            JsonObject services = StreamSupport.stream(report.getAsJsonArray("checks").spliterator(), false)
                    .map(JsonElement::getAsJsonObject)
                    .filter(c -> c.get("id").getAsString().equals("network.services"))
                    .findFirst().orElseThrow();
            assertThat(services.get("status").getAsString()).isIn("fail", "unknown");
            assertThat(services.toString()).contains("http");
            assertThat(hanging.connectionsAccepted()).isPositive();
            assertThat(run.exitCode()).isIn(2, 3);
        }
    }

    @Test
    void jsonModeKeepsHumanTextOffStdout() throws Exception {
        try (FakeSpotify spotify = new FakeSpotify()) {
            PackagedJar.Run run = PackagedJar.run(home, pointedAt(spotify.baseUrl()), "check", "--json", "--only",
                    "network.services");

            JsonParser.parseString(run.stdout());
            assertThat(run.stdout().strip()).startsWith("{").endsWith("}");
            assertThat(statuses(JsonParser.parseString(run.stdout()).getAsJsonObject())).containsOnlyKeys("network.services");
            assertThat(run.stderr()).contains("network.services");
        }
    }
}

package io.github.doctor409.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FakeCheckContext;
import io.github.doctor409.core.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClockCheckTest {

    private static final Instant SERVER = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void accurateClockPasses() {
        CheckResult result = run(services(Duration.ofMillis(700)), SpotifyAppSettings.NONE);

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.summary()).isEqualTo("This computer's clock agrees with Spotify's.");
        assertThat(result.evidence()).containsEntry("localAheadSeconds", 0L);
        assertThat(result.fixes()).isEmpty();
    }

    @Test
    void threeHoursAheadFailsAndSaysSo() {
        CheckResult result = run(services(Duration.ofHours(3)), SpotifyAppSettings.NONE);

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).startsWith("This computer's clock is 3 hours ahead of Spotify's");
        assertThat(result.evidence()).containsEntry("localAheadSeconds", 3 * 3600L);
        assertThat(result.fixes()).containsExactly("fix.clock-help");
    }

    @Test
    void twoMinutesBehindWarns() {
        CheckResult result = run(services(Duration.ofMinutes(-2)), SpotifyAppSettings.NONE);

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).startsWith("This computer's clock is 2 minutes behind Spotify's");
    }

    @Test
    void oneMinuteExactlyIsStillFineAndFiveMinutesStillOnlyWarns() {
        assertThat(ClockCheck.grade(Duration.ofMinutes(1))).isEqualTo(Status.PASS);
        assertThat(ClockCheck.grade(Duration.ofSeconds(61))).isEqualTo(Status.WARN);
        assertThat(ClockCheck.grade(Duration.ofMinutes(-5))).isEqualTo(Status.WARN);
        assertThat(ClockCheck.grade(Duration.ofSeconds(-301))).isEqualTo(Status.FAIL);
    }

    @Test
    void theMedianSampleWinsOverOneOddAnswer() {
        CheckResult services = CheckResult.of(ServicesCheck.ID, "Spotify services", Status.PASS, "ok")
                .evidence("accounts", sample(Duration.ZERO))
                .evidence("api", sample(Duration.ofSeconds(1)))
                .evidence("apresolve", sample(Duration.ofHours(2)))
                .build();

        CheckResult result = run(services, SpotifyAppSettings.NONE);

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat((java.util.List<?>) result.evidence().get("samples")).hasSize(3);
    }

    @Test
    void theAppsOwnClockDeltaIsReportedAndCounts() {
        CheckResult result = run(services(Duration.ZERO), key -> key.equals("core.clock_delta") ? Optional.of("-900") : Optional.empty());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).contains("The Spotify app last measured its clock 15 minutes off.");
        assertThat(result.evidence()).containsEntry("appClockDeltaSeconds", -900L);
    }

    @Test
    void withoutAnyAnswerTheClockIsUnknown() {
        CheckResult services = CheckResult.of(ServicesCheck.ID, "Spotify services", Status.FAIL, "down")
                .evidence("api", Map.of("reachable", false)).build();

        CheckResult result = run(services, key -> Optional.of("not a number"));

        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.summary()).contains("none of Spotify's services answered");
        assertThat(result.evidence()).doesNotContainKey("appClockDeltaSeconds");
    }

    @Test
    void dependsOnTheServicesCheckAndIsLocal() {
        ClockCheck check = new ClockCheck(SpotifyAppSettings.NONE);

        assertThat(check.id()).isEqualTo("system.clock");
        assertThat(check.dependsOn()).containsExactly("network.services");
        assertThat(check.kind()).isEqualTo(io.github.doctor409.core.CheckKind.LOCAL);
    }

    private static CheckResult run(CheckResult services, SpotifyAppSettings settings) {
        return new ClockCheck(settings).run(FakeCheckContext.withDeadline(Duration.ofSeconds(2)).withDependency(services));
    }

    /** All three endpoints answered with the local clock {@code ahead} of the server. */
    static CheckResult services(Duration ahead) {
        return CheckResult.of(ServicesCheck.ID, "Spotify services", Status.PASS, "ok")
                .evidence("accounts", sample(ahead)).evidence("api", sample(ahead)).evidence("apresolve", sample(ahead))
                .build();
    }

    private static Map<String, Object> sample(Duration ahead) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("reachable", true);
        endpoint.put("serverDate", SERVER.toString());
        endpoint.put("receivedAt", SERVER.plus(ahead).toString());
        return endpoint;
    }
}

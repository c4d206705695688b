package io.github.doctor409.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import io.github.doctor409.core.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

    @Test
    void writesTheDocumentedShape() {
        CheckResult services = CheckResult.of("network.services", "Spotify services", Status.FAIL, "Can't reach Spotify.")
                .detail("api: connect refused")
                .evidence("endpoints", Map.of("api", Map.of("reachable", false, "timingsMs", List.of(1, 2))))
                .evidence("count", 3)
                .fix("fix.retry")
                .build()
                .withDuration(Duration.ofMillis(120));
        List<CheckResult> results = List.of(services);
        DiagnosisReport report = new DiagnosisReport(Instant.EPOCH, Duration.ofMillis(1234), results, Verdict.of(results), false);

        String json = new JsonReportWriter().write(report,
                new ReportMetadata("1.2.3", OperatingSystem.WINDOWS, "amd64", "17", Instant.parse("2026-11-24T10:00:00.123456Z")));

        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        assertThat(root.get("schema").getAsString()).isEqualTo("doctor409.report/1");
        assertThat(root.getAsJsonObject("tool").get("version").getAsString()).isEqualTo("1.2.3");
        assertThat(root.get("generatedAt").getAsString()).isEqualTo("2026-11-24T10:00:00.123Z");
        assertThat(root.get("durationMs").getAsLong()).isEqualTo(1234);
        assertThat(root.getAsJsonObject("platform").get("os").getAsString()).isEqualTo("windows");
        JsonObject verdict = root.getAsJsonObject("verdict");
        assertThat(verdict.get("status").getAsString()).isEqualTo("fail");
        assertThat(verdict.get("likelyCause").getAsString()).isEqualTo("network.services");
        assertThat(verdict.get("headline").getAsString()).isEqualTo("Can't reach Spotify.");
        JsonObject check = root.getAsJsonArray("checks").get(0).getAsJsonObject();
        assertThat(check.get("id").getAsString()).isEqualTo("network.services");
        assertThat(check.get("status").getAsString()).isEqualTo("fail");
        assertThat(check.getAsJsonArray("details").get(0).getAsString()).isEqualTo("api: connect refused");
        assertThat(check.getAsJsonObject("evidence").getAsJsonObject("endpoints").getAsJsonObject("api")
                .get("reachable").getAsBoolean()).isFalse();
        assertThat(check.getAsJsonObject("evidence").get("count").getAsInt()).isEqualTo(3);
        assertThat(check.getAsJsonArray("fixes").get(0).getAsString()).isEqualTo("fix.retry");
        assertThat(check.get("durationMs").getAsLong()).isEqualTo(120);
    }

    @Test
    void noProblemMeansLikelyCauseIsNull() {
        List<CheckResult> results = List.of(CheckResult.of("client.cache", "Local cache", Status.PASS, "fine").build());
        String json = new JsonReportWriter().write(
                new DiagnosisReport(Instant.EPOCH, Duration.ZERO, results, Verdict.of(results), false),
                ReportMetadata.of("1", OperatingSystem.LINUX, Instant.EPOCH));

        JsonObject verdict = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("verdict");
        assertThat(verdict.get("likelyCause").isJsonNull()).isTrue();
        assertThat(verdict.get("status").getAsString()).isEqualTo("pass");
    }
}

package io.github.doctor409.report;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import io.github.doctor409.core.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Diagnoses for report tests, some with secrets planted in every field. */
final class ReportSamples {

    static final String ACCESS_TOKEN = "BQDx7f3kP9sTq2LmZ8vR1wYc4NhJ6gUa0eKbXoIiV5rWdSlE3tFzQy";
    static final String REFRESH_TOKEN = "AQCkLr83hJd92mXnP4qWz7tVb1yEu6oIaS5gFcR0lKjHe2dTs9Nv";
    static final String EMAIL = "listener.private@example.com";
    static final String DISPLAY_NAME = "Harriet Quimby";
    static final String ACCOUNT_ID = "hq1911flyer";
    static final String LAN_IP = "192.168.44.17";
    static final String LAN_IP_10 = "10.3.2.1";
    static final String LINK_LOCAL_V6 = "fe80::1c2b:3aff:fe4d:5e6f";
    static final ReportMetadata METADATA =
            new ReportMetadata("1.0.0", OperatingSystem.LINUX, "amd64", "17.0.12", Instant.parse("2026-11-24T12:00:00Z"));

    private ReportSamples() {}

    static List<String> secrets(Path home) {
        return List.of(ACCESS_TOKEN, REFRESH_TOKEN, EMAIL, DISPLAY_NAME, ACCOUNT_ID, LAN_IP, LAN_IP_10, LINK_LOCAL_V6,
                home.toString());
    }

    /** One string carrying every secret at once. */
    static String planted(Path home) {
        return "user " + DISPLAY_NAME + " <" + EMAIL + "> id " + ACCOUNT_ID + " spotify:user:" + ACCOUNT_ID
                + " token " + ACCESS_TOKEN + " Authorization: Bearer " + ACCESS_TOKEN + " refresh_token=" + REFRESH_TOKEN
                + " home " + home.resolve(".cache/spotify/Data") + " from " + LAN_IP + " and " + LAN_IP_10
                + " and " + LINK_LOCAL_V6;
    }

    static DiagnosisReport plantedEverywhere(Path home) {
        String p = planted(home);
        CheckResult result = CheckResult.of("auth.token", "Sign-in " + p, Status.FAIL, "Summary " + p)
                .detail("Detail " + p)
                .evidence("note", p)
                .evidence("accessToken", ACCESS_TOKEN)
                .evidence("refresh_token", REFRESH_TOKEN)
                .evidence("email", EMAIL)
                .evidence("display_name", DISPLAY_NAME)
                .evidence("userId", ACCOUNT_ID)
                .evidence("key " + p, "value")
                .evidence("nested", Map.of("deeper", List.of(p, Map.of("cacheRoot", home.toString() + "/x"))))
                .fix("fix.sign-in")
                .build()
                .withDuration(Duration.ofMillis(42));
        List<CheckResult> results = List.of(result);
        Verdict verdict = new Verdict(Status.FAIL, java.util.Optional.of("auth.token"), "Headline " + p, List.of("Evidence " + p));
        return new DiagnosisReport(Instant.EPOCH, Duration.ofMillis(100), results, verdict, false);
    }

    static DiagnosisReport ordinary() {
        CheckResult services = CheckResult.of("network.services", "Spotify services", Status.PASS,
                        "Spotify's services answer from this computer.")
                .detail("api: GET https://api.spotify.com/v1/me → HTTP 401 (total 80 ms)")
                .evidence("api", Map.of("reachable", true, "httpStatus", 401, "timingsMs", Map.of("total", 80)))
                .build().withDuration(Duration.ofMillis(90));
        CheckResult cache = CheckResult.of("client.cache", "Local cache", Status.WARN, "The cache is | large.")
                .detail("Data: 3 GB").evidence("bytes", 3_000_000_000L).fix("fix.clear-cache")
                .build().withDuration(Duration.ofMillis(15));
        List<CheckResult> results = List.of(services, cache);
        return new DiagnosisReport(Instant.EPOCH, Duration.ofMillis(1200), results, Verdict.of(results), false);
    }
}

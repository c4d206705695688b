package io.github.doctor409.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {

    @Test
    void startsWithTheVerdictAndListsEveryCheckInATable() {
        String md = new MarkdownReportWriter().write(ReportSamples.ordinary(), ReportSamples.METADATA);

        assertThat(md).startsWith("# 409 Doctor report\n");
        assertThat(md).contains("- **Verdict:** **warn** — The cache is | large.");
        assertThat(md).contains("- **Likely cause:** `client.cache`");
        assertThat(md).contains("- **Platform:** linux amd64, Java 17.0.12");
        assertThat(md).contains("| Spotify services (`network.services`) | pass | Spotify's services answer from this computer. |");
        assertThat(md).contains("| Local cache (`client.cache`) | **warn** | The cache is \\| large. |");
        assertThat(md).contains("- suggested fixes: `fix.clear-cache`");
        assertThat(md).contains("```\napi: GET https://api.spotify.com/v1/me → HTTP 401 (total 80 ms)\n```");
        assertThat(md).contains("\"httpStatus\":401");
    }

    @Test
    void fencesInDetailsCannotBreakOutOfTheirBlock() {
        var result = io.github.doctor409.core.CheckResult.of("client.cache", "Local cache",
                io.github.doctor409.core.Status.FAIL, "x").detail("```evil").build();
        var list = java.util.List.of(result);
        var report = new io.github.doctor409.core.DiagnosisReport(java.time.Instant.EPOCH, java.time.Duration.ZERO, list,
                io.github.doctor409.core.Verdict.of(list), false);

        String md = new MarkdownReportWriter().write(report, ReportSamples.METADATA);

        assertThat(md).contains("'''evil").doesNotContain("```evil");
    }
}

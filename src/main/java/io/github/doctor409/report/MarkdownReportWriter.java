package io.github.doctor409.report;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.Status;
import io.github.doctor409.core.Verdict;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Writes a diagnosis as Markdown for a support ticket or a GitHub issue: the verdict first, a table of
 * every check, then each check's details and evidence in fenced blocks, so pasted text stays readable.
 */
public final class MarkdownReportWriter {

    public String write(DiagnosisReport report, ReportMetadata metadata) {
        return write(report, metadata, List.of());
    }

    /** @param recentLog the app's last log lines, shown in a "Recent log" section when not empty */
    public String write(DiagnosisReport report, ReportMetadata metadata, List<String> recentLog) {
        StringBuilder md = new StringBuilder();
        Verdict verdict = report.verdict();
        md.append("# 409 Doctor report\n\n");
        md.append("- **Verdict:** ").append(word(verdict.status())).append(" — ").append(inline(verdict.headline())).append('\n');
        verdict.likelyCause().ifPresent(id -> md.append("- **Likely cause:** `").append(id).append("`\n"));
        md.append("- **Generated:** ").append(metadata.generatedAt().truncatedTo(ChronoUnit.SECONDS)).append('\n');
        md.append("- **Tool:** 409 Doctor ").append(inline(metadata.toolVersion())).append('\n');
        md.append("- **Platform:** ").append(metadata.os().id()).append(' ').append(inline(metadata.arch()))
                .append(", Java ").append(inline(metadata.javaVersion())).append('\n');
        md.append("- **Checks:** ").append(report.results().size()).append(" in ")
                .append(String.format(Locale.ROOT, "%.1f s", report.duration().toMillis() / 1000.0))
                .append(report.cancelled() ? " (stopped before all finished)" : "").append('\n');
        if (!verdict.evidence().isEmpty()) {
            md.append("\n**Evidence for the verdict**\n\n");
            fenced(md, verdict.evidence());
        }
        md.append("\n## Summary\n\n| Check | Status | Finding |\n|---|---|---|\n");
        for (CheckResult result : report.results()) {
            md.append("| ").append(cell(result.title())).append(" (`").append(result.id()).append("`) | ")
                    .append(word(result.status())).append(" | ").append(cell(result.summary())).append(" |\n");
        }
        md.append("\n## Details\n");
        for (CheckResult result : report.results()) {
            md.append("\n### ").append(inline(result.title())).append(" — ").append(word(result.status())).append("\n\n");
            md.append(inline(result.summary())).append("\n\n");
            md.append("- id: `").append(result.id()).append("`, took ").append(result.duration().toMillis()).append(" ms\n");
            if (!result.fixes().isEmpty()) {
                md.append("- suggested fixes: ").append(String.join(", ", result.fixes().stream().map(f -> "`" + f + "`").toList()))
                        .append('\n');
            }
            if (!result.details().isEmpty()) {
                md.append('\n');
                fenced(md, result.details());
            }
            if (!result.evidence().isEmpty()) {
                md.append("\n<details><summary>Evidence</summary>\n\n```json\n")
                        .append(JsonReportWriter.toJson(result.evidence()).toString().replace("```", "'''"))
                        .append("\n```\n\n</details>\n");
            }
        }
        if (!recentLog.isEmpty()) {
            md.append("\n## Recent log\n\n<details><summary>409 Doctor’s log, the last ").append(recentLog.size())
                    .append(recentLog.size() == 1 ? " line" : " lines").append("</summary>\n\n");
            fenced(md, recentLog);
            md.append("\n</details>\n");
        }
        md.append("\n---\nPersonal data was removed from this report: tokens, e-mail, name and account id; "
                + "the home folder is shown as `~` and local network addresses are masked.\n");
        return md.toString();
    }

    static String word(Status status) {
        return switch (status) {
            case PASS -> "pass";
            case WARN -> "**warn**";
            case FAIL -> "**FAIL**";
            case UNKNOWN -> "unknown";
            case SKIPPED -> "skipped";
            case ERROR -> "**error**";
        };
    }

    private static void fenced(StringBuilder md, Collection<String> lines) {
        md.append("```\n");
        lines.forEach(line -> md.append(line.replace("```", "'''")).append('\n'));
        md.append("```\n");
    }

    /** One line of text, safe inside a table cell. */
    private static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    private static String inline(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
    }
}

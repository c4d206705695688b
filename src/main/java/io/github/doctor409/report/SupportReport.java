package io.github.doctor409.report;

import io.github.doctor409.core.DiagnosisReport;
import java.util.List;
import java.util.Objects;

/**
 * The text a person copies, saves or pastes: a diagnosis redacted first, then written as Markdown or
 * JSON. Window and command line both go through here, so the preview is exactly what leaves the machine.
 */
public final class SupportReport {

    private final Redaction redaction;
    private final JsonReportWriter json = new JsonReportWriter();
    private final MarkdownReportWriter markdown = new MarkdownReportWriter();

    public SupportReport(Redaction redaction) {
        this.redaction = Objects.requireNonNull(redaction, "redaction");
    }

    public String render(DiagnosisReport report, ReportMetadata metadata, ReportFormat format) {
        return render(report, metadata, format, List.of());
    }

    /**
     * With the app's recent log lines appended (Markdown: a "Recent log" section; JSON: the optional
     * {@code recentLog} array). The lines are redacted again here, with this report's known secrets.
     */
    public String render(DiagnosisReport report, ReportMetadata metadata, ReportFormat format, List<String> recentLog) {
        List<String> cleanLog = recentLog.stream().map(redaction::text).toList();
        DiagnosisReport clean = redaction.apply(report);
        ReportMetadata cleanMetadata = new ReportMetadata(redaction.text(metadata.toolVersion()), metadata.os(),
                redaction.text(metadata.arch()), redaction.text(metadata.javaVersion()), metadata.generatedAt());
        return switch (format) {
            case JSON -> json.write(clean, cleanMetadata, cleanLog);
            case MARKDOWN -> markdown.write(clean, cleanMetadata, cleanLog);
        };
    }

    /** A file name such as {@code doctor409-report-20261124-1200.md}. */
    public static String suggestedFileName(ReportMetadata metadata, ReportFormat format) {
        String stamp = metadata.generatedAt().toString().replaceAll("[^0-9T]", "").replace("T", "-");
        return "doctor409-report-" + stamp.substring(0, Math.min(13, stamp.length())) + "." + format.extension();
    }
}

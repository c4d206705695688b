package io.github.doctor409.cli;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.FixCatalog;
import io.github.doctor409.core.Verdict;
import java.io.PrintWriter;
import java.util.Locale;

/** The human-readable result of {@code doctor409 check}. */
final class TextReport {

    private final PrintWriter out;

    TextReport(PrintWriter out) {
        this.out = out;
    }

    void print(DiagnosisReport report, FixCatalog fixes) {
        Verdict verdict = report.verdict();
        out.println();
        out.println(label(verdict.status().id()) + " " + verdict.headline());
        verdict.evidence().forEach(line -> out.println("         " + line));
        out.println();
        for (CheckResult result : report.results()) {
            out.printf("%s %s: %s%n", label(result.status().id()), result.title(), result.summary());
            result.details().forEach(line -> out.println("         " + line));
            if (!result.fixes().isEmpty()) {
                out.println("         fixes: " + String.join(", ", result.fixes().stream()
                        .map(id -> fixes.label(id) + " (" + id + (fixes.isAvailable(id) ? "" : ", not available yet") + ")")
                        .toList()));
            }
        }
        out.printf(Locale.ROOT, "%n%d checks in %.1f s%s%n", report.results().size(), report.duration().toMillis() / 1000.0,
                report.cancelled() ? " (cancelled)" : "");
    }

    private static String label(String status) {
        return String.format(Locale.ROOT, "%-8s", "[" + status.toUpperCase(Locale.ROOT) + "]");
    }
}

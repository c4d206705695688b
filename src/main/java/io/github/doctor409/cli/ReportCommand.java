package io.github.doctor409.cli;

import io.github.doctor409.app.AppContext;
import io.github.doctor409.app.BuildInfo;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.DiagnosisListener;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.report.ReportFormat;
import io.github.doctor409.report.ReportMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code doctor409 report [--format markdown|json] [--out FILE]}: runs the checks, writes a redacted report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Runs the checks and writes a report for a support ticket or a GitHub issue.",
                "Tokens, e-mail, name and account id are removed; the home folder shows as ~; local addresses are masked."})
final class ReportCommand implements Callable<Integer> {

    /** How much of the log a report carries when asked to. */
    static final int RECENT_LOG_LINES = 200;

    private final CliEnvironment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "markdown|json", defaultValue = "markdown",
            description = "markdown (default) or json (schema doctor409.report/1).")
    String format;

    @Option(names = "--include-logs",
            description = "Add the last " + RECENT_LOG_LINES + " lines of 409 Doctor's own log (redacted again)."
                    + " In JSON they go in the optional recentLog array.")
    boolean includeLogs;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path out;

    ReportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        ReportFormat chosen = format();
        try (AppContext app = env.appFactory().apply(DeadlinePolicy.defaults())) {
            app.config().warnings().forEach(w -> env.err().println("warning: " + w));
            DiagnosisReport report = app.diagnosis().start(new DiagnosisListener() {
                @Override
                public void onCheckFinished(CheckResult result) {
                    synchronized (env.err()) {
                        env.err().printf("  %-8s %s%n", result.status().id(), result.id());
                        env.err().flush();
                    }
                }
            }).report().get();
            ReportMetadata metadata = ReportMetadata.of(BuildInfo.version(), env.host().os(), app.clock().instant());
            List<String> log = includeLogs ? app.logs().recentLines(RECENT_LOG_LINES) : List.of();
            if (includeLogs && log.isEmpty()) {
                env.err().println("note: there is no log to include yet (" + app.logs().directory() + ").");
            }
            String text = app.supportReport().render(report, metadata, chosen, log);
            if (out == null) {
                env.out().print(text.endsWith("\n") ? text : text + "\n");
                env.out().flush();
                return ExitCode.NOTHING_TO_FIX;
            }
            try {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                env.err().println("doctor409: could not write the report to " + out + " (" + e.getClass().getSimpleName() + ")");
                return ExitCode.INTERNAL;
            }
            env.err().println("Report written to " + out.toAbsolutePath()
                    + ". Nothing was uploaded; personal data was removed. Look it over before you share it.");
            return ExitCode.NOTHING_TO_FIX;
        }
    }

    private ReportFormat format() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "markdown", "md" -> ReportFormat.MARKDOWN;
            case "json" -> ReportFormat.JSON;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be markdown or json, not " + format);
        };
    }
}

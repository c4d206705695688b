package io.github.doctor409.cli;

import io.github.doctor409.app.AppContext;
import io.github.doctor409.app.BuildInfo;
import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.DiagnosisListener;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.DiagnosisRun;
import io.github.doctor409.report.JsonReportWriter;
import io.github.doctor409.report.ReportMetadata;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code doctor409 check [--json] [--only ID,...] [--timeout SECONDS]}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Runs the read-only checks at once and names the likely cause.")
final class CheckCommand implements Callable<Integer> {

    private static final double MAX_TIMEOUT_SECONDS = 600;

    private final CliEnvironment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print exactly one JSON document (schema doctor409.report/1) on stdout.")
    boolean json;

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "Run only these checks, e.g. network.services,auth.token.")
    List<String> only = List.of();

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Deadline for every check, in seconds (default: 2 for local checks, 5 for network checks).")
    Double timeoutSeconds;

    CheckCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        DeadlinePolicy policy = policy();
        try (AppContext app = env.appFactory().apply(policy)) {
            app.config().warnings().forEach(w -> env.err().println("warning: " + w));
            DiagnosisRun run;
            try {
                run = app.diagnosis().start(new LinkedHashSet<>(only), Map.of(), new ProgressPrinter());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            DiagnosisReport report = run.report().get();
            if (json) {
                ReportMetadata metadata = ReportMetadata.of(BuildInfo.version(), env.host().os(), app.clock().instant());
                env.out().println(new JsonReportWriter().write(report, metadata));
            } else {
                new TextReport(env.out()).print(report, app.fixes());
            }
            return ExitCode.of(report);
        }
    }

    private DeadlinePolicy policy() {
        if (timeoutSeconds == null) {
            return DeadlinePolicy.defaults();
        }
        if (!(timeoutSeconds > 0) || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--timeout must be a number of seconds above 0 and at most 600, not " + timeoutSeconds);
        }
        return DeadlinePolicy.everyCheck(Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
    }

    /** Human progress on stderr, so stdout stays one JSON document. */
    private final class ProgressPrinter implements DiagnosisListener {
        private final Set<String> started = new LinkedHashSet<>();

        @Override
        public synchronized void onCheckStarted(Check check) {
            started.add(check.id());
        }

        @Override
        public synchronized void onCheckFinished(CheckResult result) {
            env.err().printf("  %-8s %s (%d ms)%n", result.status().id(), result.id(), result.duration().toMillis());
            env.err().flush();
        }
    }
}

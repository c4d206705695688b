package io.github.doctor409.core;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs checks concurrently on the injected executor, each within its deadline, handing every check the
 * results of the checks it depends on. See {@link DiagnosisRun} for what happens during a run.
 */
public final class Diagnosis {

    private static final System.Logger LOG = System.getLogger(Diagnosis.class.getName());

    private final List<Check> checks;
    private final TaskExecutor executor;
    private final Clock clock;
    private final DeadlinePolicy policy;

    public Diagnosis(List<Check> checks, TaskExecutor executor, Clock clock, DeadlinePolicy policy) {
        this.checks = List.copyOf(checks);
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        requireUniqueIdsAndNoCycles(this.checks);
    }

    public List<Check> checks() {
        return checks;
    }

    public DeadlinePolicy policy() {
        return policy;
    }

    public Diagnosis withPolicy(DeadlinePolicy newPolicy) {
        return new Diagnosis(checks, executor, clock, newPolicy);
    }

    /** Runs every check. */
    public DiagnosisRun start(DiagnosisListener listener) {
        return start(Set.of(), Map.of(), listener);
    }

    /**
     * Runs the checks named in {@code only} (all when empty). Dependencies left out of the run are taken
     * from {@code known} when present there, so a single card can be re-run with its inputs.
     *
     * @throws IllegalArgumentException when {@code only} names a check that does not exist
     */
    public DiagnosisRun start(Set<String> only, Map<String, CheckResult> known, DiagnosisListener listener) {
        List<Check> selected = select(only);
        DiagnosisRun run = new DiagnosisRun(selected, known, executor, clock, policy, listener);
        LOG.log(System.Logger.Level.INFO, "Diagnosis started: " + selected.size() + " checks ("
                + String.join(", ", selected.stream().map(Check::id).toList()) + ")");
        run.report().whenComplete((report, failure) -> logEnd(report, failure));
        run.begin();
        return run;
    }

    /** One line for the whole run, then one per check: id, status and duration (never the summary's words). */
    private static void logEnd(DiagnosisReport report, Throwable failure) {
        if (report == null) {
            LOG.log(System.Logger.Level.WARNING, "Diagnosis ended without a report", failure);
            return;
        }
        LOG.log(System.Logger.Level.INFO, "Diagnosis finished in " + report.duration().toMillis() + " ms: verdict "
                + report.verdict().status().id() + report.verdict().likelyCause().map(id -> ", likely cause " + id).orElse("")
                + (report.cancelled() ? ", stopped before the end" : ""));
        for (CheckResult result : report.results()) {
            LOG.log(System.Logger.Level.INFO, "  check " + result.id() + " " + result.status().id() + " in "
                    + result.duration().toMillis() + " ms");
        }
    }

    private List<Check> select(Set<String> only) {
        if (only.isEmpty()) {
            return checks;
        }
        Set<String> unknown = new HashSet<>(only);
        checks.forEach(c -> unknown.remove(c.id()));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("No such check: " + String.join(", ", unknown.stream().sorted().toList())
                    + ". Known checks: " + String.join(", ", checks.stream().map(Check::id).toList()));
        }
        return checks.stream().filter(c -> only.contains(c.id())).toList();
    }

    private static void requireUniqueIdsAndNoCycles(List<Check> checks) {
        Map<String, Check> byId = new LinkedHashMap<>();
        for (Check check : checks) {
            if (byId.put(check.id(), check) != null) {
                throw new IllegalArgumentException("Two checks share the id " + check.id());
            }
        }
        Set<String> done = new HashSet<>();
        for (Check check : checks) {
            visit(check, byId, done, new ArrayList<>());
        }
    }

    private static void visit(Check check, Map<String, Check> byId, Set<String> done, List<String> path) {
        if (done.contains(check.id())) {
            return;
        }
        if (path.contains(check.id())) {
            throw new IllegalArgumentException("Checks depend on each other in a circle: " + path + " -> " + check.id());
        }
        path.add(check.id());
        for (String dependency : check.dependsOn()) {
            Check next = byId.get(dependency);
            if (next != null) {
                visit(next, byId, done, path);
            }
        }
        path.remove(path.size() - 1);
        done.add(check.id());
    }
}

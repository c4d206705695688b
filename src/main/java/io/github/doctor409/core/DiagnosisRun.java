package io.github.doctor409.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * One diagnosis in progress. Each check gets a timer at its deadline: whichever comes first, the
 * check's own result or the timer's {@code unknown}, is kept. A check that throws yields {@code error};
 * cancelling turns every unfinished check into {@code unknown} at once. The report future completes
 * when every check has a result, which the timers guarantee happens by the slowest deadline plus a
 * margin.
 */
public final class DiagnosisRun {

    private final List<CheckRun> runs = new ArrayList<>();
    private final Map<String, CheckResult> known;
    private final TaskExecutor executor;
    private final Clock clock;
    private final DeadlinePolicy policy;
    private final DiagnosisListener listener;
    private final CompletableFuture<DiagnosisReport> report = new CompletableFuture<>();
    private Instant startedAt;
    private Instant runDeadline;
    private boolean cancelled;

    DiagnosisRun(List<Check> checks, Map<String, CheckResult> known, TaskExecutor executor, Clock clock,
                 DeadlinePolicy policy, DiagnosisListener listener) {
        checks.forEach(check -> runs.add(new CheckRun(check)));
        this.known = Map.copyOf(known);
        this.executor = executor;
        this.clock = clock;
        this.policy = policy;
        this.listener = listener;
    }

    /** Completes with the report once every check has a result. */
    public CompletableFuture<DiagnosisReport> report() {
        return report;
    }

    /** Stops the run: unfinished checks are interrupted and reported as {@code unknown}. */
    public void cancel() {
        List<CheckRun> unfinished;
        synchronized (this) {
            if (cancelled || report.isDone()) {
                return;
            }
            cancelled = true;
            unfinished = runs.stream().filter(r -> r.result == null).toList();
        }
        for (CheckRun run : unfinished) {
            finish(run, CheckResult.of(run.check, Status.UNKNOWN, "Stopped before it finished.")
                    .says(Phrase.of("checks.stopped"))
                    .detail("The diagnosis was cancelled.")
                    .evidence("cancelled", true)
                    .build(), true);
        }
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    void begin() {
        List<CheckRun> ready;
        synchronized (this) {
            startedAt = clock.instant();
            runDeadline = startedAt.plus(policy.wholeRun(runs.stream().map(r -> r.check).toList()));
            ready = takeReady();
        }
        if (runs.isEmpty()) {
            complete();
            return;
        }
        ready.forEach(this::launch);
    }

    private void launch(CheckRun run) {
        Instant now = clock.instant();
        Instant ownDeadline = now.plus(policy.deadlineFor(run.check));
        run.startedAt = now;
        run.deadline = ownDeadline.isBefore(runDeadline) ? ownDeadline : runDeadline;
        listener.onCheckStarted(run.check);
        Future<?> timer = executor.schedule(() -> finish(run, timedOut(run), true), Duration.between(now, run.deadline));
        run.attachTimer(timer);
        Future<?> task = executor.submit(() -> finish(run, execute(run), false));
        run.attachTask(task);
    }

    private CheckResult execute(CheckRun run) {
        try {
            CheckResult result = run.check.run(run);
            if (result == null) {
                return crashed(run.check, new IllegalStateException("the check returned no result"));
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return timedOut(run);
        } catch (Exception | LinkageError | AssertionError e) {
            return crashed(run.check, e);
        }
    }

    private void finish(CheckRun run, CheckResult result, boolean interruptTask) {
        List<CheckRun> ready;
        boolean allDone;
        synchronized (this) {
            if (run.result != null) {
                return;
            }
            Instant started = run.startedAt != null ? run.startedAt : clock.instant();
            run.result = result.withDuration(Duration.between(started, clock.instant()));
            run.cancelTimerAndMaybeTask(interruptTask);
            listener.onCheckFinished(run.result);
            ready = cancelled ? List.of() : takeReady();
            allDone = runs.stream().allMatch(r -> r.result != null);
        }
        ready.forEach(this::launch);
        if (allDone) {
            complete();
        }
    }

    private void complete() {
        DiagnosisReport done;
        synchronized (this) {
            if (report.isDone()) {
                return;
            }
            List<CheckResult> results = runs.stream().map(r -> r.result).toList();
            done = new DiagnosisReport(startedAt, Duration.between(startedAt, clock.instant()), results,
                    Verdict.of(results), cancelled);
        }
        listener.onCompleted(done);
        report.complete(done);
    }

    /** Checks not yet started whose dependencies in this run all have results; marks them started. */
    private List<CheckRun> takeReady() {
        List<CheckRun> ready = new ArrayList<>();
        for (CheckRun run : runs) {
            if (!run.launched && dependenciesDone(run)) {
                run.launched = true;
                ready.add(run);
            }
        }
        return ready;
    }

    private boolean dependenciesDone(CheckRun run) {
        return run.check.dependsOn().stream()
                .map(this::runOf)
                .allMatch(dep -> dep.isEmpty() || dep.get().result != null);
    }

    private Optional<CheckRun> runOf(String checkId) {
        return runs.stream().filter(r -> r.check.id().equals(checkId)).findFirst();
    }

    private CheckResult timedOut(CheckRun run) {
        Duration allowed = Duration.between(run.startedAt, run.deadline);
        String waitingFor = run.waitingFor != null ? run.waitingFor : "the check to finish";
        return CheckResult.of(run.check, Status.UNKNOWN,
                        "No answer within " + seconds(allowed) + " while waiting for " + waitingFor + ".")
                .says(Phrase.of("checks.timedOut", allowed.toMillis() / 1000.0))
                .detail("Timed out after " + seconds(allowed) + "; still waiting for " + waitingFor + ".")
                .evidence("timedOut", true)
                .evidence("waitingFor", waitingFor)
                .build();
    }

    private static CheckResult crashed(Check check, Throwable error) {
        String message = error.getMessage() == null ? "" : ": " + error.getMessage();
        return CheckResult.of(check, Status.ERROR,
                        "This check failed because of a bug in 409 Doctor; the other results still hold.")
                .says(Phrase.of("checks.crashed"))
                .detail(error.getClass().getSimpleName() + message)
                .evidence("exception", error.getClass().getName())
                .build();
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** The state of one check within the run; also the check's view of the run. */
    private final class CheckRun implements CheckContext {
        private final Check check;
        private boolean launched;
        private volatile Instant startedAt;
        private volatile Instant deadline;
        private volatile String waitingFor;
        private CheckResult result;
        private Future<?> timer;
        private Future<?> task;
        private boolean interruptRequested;

        CheckRun(Check check) {
            this.check = check;
        }

        void attachTimer(Future<?> timerFuture) {
            synchronized (DiagnosisRun.this) {
                timer = timerFuture;
                if (result != null) {
                    timer.cancel(false);
                }
            }
        }

        void attachTask(Future<?> taskFuture) {
            synchronized (DiagnosisRun.this) {
                task = taskFuture;
                if (interruptRequested) {
                    task.cancel(true);
                }
            }
        }

        /** Called under the run's lock once the result is set. */
        void cancelTimerAndMaybeTask(boolean interruptTask) {
            if (timer != null) {
                timer.cancel(false);
            }
            if (interruptTask) {
                interruptRequested = true;
                if (task != null) {
                    task.cancel(true);
                }
            }
        }

        @Override
        public Instant deadline() {
            return deadline;
        }

        @Override
        public Duration remaining() {
            Duration left = Duration.between(clock.instant(), deadline);
            return left.isNegative() ? Duration.ZERO : left;
        }

        @Override
        public Optional<CheckResult> resultOf(String checkId) {
            return Optional.ofNullable(dependencies().get(checkId));
        }

        @Override
        public Map<String, CheckResult> dependencies() {
            Map<String, CheckResult> results = new LinkedHashMap<>();
            synchronized (DiagnosisRun.this) {
                for (String id : check.dependsOn()) {
                    Optional<CheckRun> inRun = runOf(id);
                    CheckResult found = inRun.isPresent() ? inRun.get().result : known.get(id);
                    if (found != null) {
                        results.put(id, found);
                    }
                }
            }
            return results;
        }

        @Override
        public void waitingFor(String what) {
            synchronized (DiagnosisRun.this) {
                if (what == null || what.equals(waitingFor) || result != null) {
                    return;
                }
                waitingFor = what;
            }
            listener.onCheckWaiting(check, what);
        }

        @Override
        public boolean isCancelled() {
            synchronized (DiagnosisRun.this) {
                return cancelled || (result != null);
            }
        }
    }
}

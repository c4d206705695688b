package io.github.doctor409.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiagnosisTest {

    private MutableClock clock;
    private ManualExecutor executor;
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final DiagnosisListener recorder = new DiagnosisListener() {
        @Override
        public void onCheckStarted(Check check) {
            events.add("started " + check.id());
        }

        @Override
        public void onCheckFinished(CheckResult result) {
            events.add("finished " + result.id() + " " + result.status().id());
        }

        @Override
        public void onCompleted(DiagnosisReport report) {
            events.add("completed");
        }
    };

    @BeforeEach
    void setUp() {
        clock = MutableClock.atEpochDay();
        executor = new ManualExecutor(clock);
    }

    private Diagnosis diagnosis(Check... checks) {
        return new Diagnosis(List.of(checks), executor, clock, DeadlinePolicy.defaults());
    }

    @Test
    void allChecksAreSubmittedAtOnceBeforeAnyRuns() {
        DiagnosisRun run = diagnosis(ScriptedCheck.returning("a", Status.PASS), ScriptedCheck.returning("b", Status.WARN))
                .start(recorder);

        assertThat(executor.queued()).isEqualTo(2);
        assertThat(events).containsExactly("started a", "started b");
        assertThat(run.report()).isNotDone();

        executor.runAll();

        assertThat(run.report()).isDone();
        assertThat(run.report().join().results()).extracting(CheckResult::status).containsExactly(Status.PASS, Status.WARN);
        assertThat(events).endsWith("completed");
    }

    @Test
    void hangingCheckBecomesUnknownAtItsDeadlineNamingWhatItWaitedFor() {
        ScriptedCheck hanging = new ScriptedCheck("net", CheckKind.NETWORK, Set.of(), (self, ctx) -> {
            throw new AssertionError("never runs: the test does not run its task");
        });
        DiagnosisRun run = diagnosis(hanging, ScriptedCheck.returning("local", Status.PASS)).start(recorder);
        executor.hangNext();
        executor.runNext();

        executor.advance(Duration.ofMillis(4_999));
        assertThat(run.report()).isNotDone();

        executor.advance(Duration.ofMillis(1));

        DiagnosisReport report = run.report().join();
        CheckResult net = report.result("net").orElseThrow();
        assertThat(net.status()).isEqualTo(Status.UNKNOWN);
        assertThat(net.summary()).contains("5 s");
        assertThat(net.evidence()).containsEntry("timedOut", true);
        assertThat(net.duration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(report.result("local").orElseThrow().status()).isEqualTo(Status.PASS);
    }

    @Test
    void timeoutNamesWhatTheCheckSaidItWaitedFor() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        ScriptedCheck stuck = new ScriptedCheck("net", CheckKind.NETWORK, Set.of(), (self, ctx) -> {
            ctx.waitingFor("the TLS handshake with api.spotify.com");
            waiting.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return null;
        });
        BackgroundExecutor real = new BackgroundExecutor();
        try {
            DiagnosisRun run = new Diagnosis(List.of(stuck), real, java.time.Clock.systemUTC(),
                    DeadlinePolicy.everyCheck(Duration.ofMillis(300))).start(recorder);
            assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();

            CheckResult result = run.report().get(5, TimeUnit.SECONDS).result("net").orElseThrow();

            assertThat(result.status()).isEqualTo(Status.UNKNOWN);
            assertThat(result.summary()).contains("the TLS handshake with api.spotify.com");
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the stuck check is interrupted").isTrue();
        } finally {
            real.shutdown();
        }
    }

    @Test
    void checkThatThrowsIsReportedAsErrorAndOthersStillFinish() {
        ScriptedCheck crashing = new ScriptedCheck("crash", CheckKind.LOCAL, Set.of(), (self, ctx) -> {
            throw new IllegalStateException("boom");
        });
        DiagnosisRun run = diagnosis(crashing, ScriptedCheck.returning("fine", Status.PASS)).start(recorder);

        executor.runAll();

        DiagnosisReport report = run.report().join();
        CheckResult crash = report.result("crash").orElseThrow();
        assertThat(crash.status()).isEqualTo(Status.ERROR);
        assertThat(crash.details()).containsExactly("IllegalStateException: boom");
        assertThat(report.result("fine").orElseThrow().status()).isEqualTo(Status.PASS);
    }

    @Test
    void checkReturningNullIsAnError() {
        ScriptedCheck nothing = new ScriptedCheck("null", CheckKind.LOCAL, Set.of(), (self, ctx) -> null);
        DiagnosisRun run = diagnosis(nothing).start(recorder);
        executor.runAll();
        assertThat(run.report().join().results().get(0).status()).isEqualTo(Status.ERROR);
    }

    @Test
    void dependentCheckStartsAfterItsDependencyAndReceivesItsResult() {
        ScriptedCheck services = ScriptedCheck.returning("services", Status.FAIL);
        ScriptedCheck clockCheck = new ScriptedCheck("clock", CheckKind.LOCAL, Set.of("services"),
                (self, ctx) -> CheckResult.of(self, ctx.resultOf("services").orElseThrow().status(), "copied").build());
        DiagnosisRun run = diagnosis(clockCheck, services).start(recorder);

        assertThat(events).containsExactly("started services");
        executor.runAll();

        assertThat(events).containsSubsequence("finished services fail", "started clock", "finished clock fail", "completed");
        assertThat(clockCheck.received).singleElement().satisfies(m -> assertThat(m).containsOnlyKeys("services"));
        assertThat(run.report().join().results()).extracting(CheckResult::id).containsExactly("clock", "services");
    }

    @Test
    void dependentCheckIsBoundedByTheWholeRunDeadline() {
        ScriptedCheck slow = new ScriptedCheck("slow", CheckKind.NETWORK, Set.of(), (self, ctx) -> null);
        ScriptedCheck dependent = new ScriptedCheck("dep", CheckKind.NETWORK, Set.of("slow"), (self, ctx) -> null);
        DiagnosisRun run = diagnosis(slow, dependent).start(recorder);

        executor.advance(Duration.ofSeconds(5)); // "slow" times out; "dep" is queued but hangs
        assertThat(run.report()).isNotDone();
        executor.advance(DeadlinePolicy.MARGIN);

        DiagnosisReport report = run.report().join();
        assertThat(report.duration()).isEqualTo(Duration.ofSeconds(5).plus(DeadlinePolicy.MARGIN));
        assertThat(report.results()).extracting(CheckResult::status).containsOnly(Status.UNKNOWN);
    }

    @Test
    void cancellingMarksUnfinishedChecksAndCompletesAtOnce() {
        ScriptedCheck done = ScriptedCheck.returning("done", Status.PASS);
        ScriptedCheck pending = new ScriptedCheck("pending", CheckKind.NETWORK, Set.of(), (self, ctx) -> null);
        DiagnosisRun run = diagnosis(done, pending).start(recorder);
        executor.runNext();

        run.cancel();

        DiagnosisReport report = run.report().join();
        assertThat(report.cancelled()).isTrue();
        assertThat(report.result("done").orElseThrow().status()).isEqualTo(Status.PASS);
        CheckResult cancelled = report.result("pending").orElseThrow();
        assertThat(cancelled.status()).isEqualTo(Status.UNKNOWN);
        assertThat(cancelled.evidence()).containsEntry("cancelled", true);
        executor.runAll();
        assertThat(pending.runs).as("a cancelled task never runs").hasValue(0);
    }

    @Test
    void cancelledRunDoesNotStartDependents() {
        ScriptedCheck first = ScriptedCheck.returning("first", Status.PASS);
        ScriptedCheck second = new ScriptedCheck("second", CheckKind.LOCAL, Set.of("first"),
                (self, ctx) -> CheckResult.of(self, Status.PASS, "ran").build());
        DiagnosisRun run = diagnosis(first, second).start(recorder);

        run.cancel();
        executor.runAll();

        assertThat(second.runs).hasValue(0);
        assertThat(run.report().join().result("second").orElseThrow().status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void lateResultAfterTimeoutIsIgnored() {
        ScriptedCheck late = ScriptedCheck.returning("late", Status.PASS);
        DiagnosisRun run = diagnosis(late).start(recorder);

        executor.advance(Duration.ofSeconds(2));
        executor.runAll();

        assertThat(run.report().join().results().get(0).status()).isEqualTo(Status.UNKNOWN);
        assertThat(events).filteredOn(e -> e.startsWith("finished")).hasSize(1);
    }

    @Test
    void timeoutOverrideAppliesToEveryCheck() {
        Diagnosis diagnosis = diagnosis(new ScriptedCheck("net", CheckKind.NETWORK, Set.of(), (s, c) -> null))
                .withPolicy(DeadlinePolicy.everyCheck(Duration.ofSeconds(1)));
        DiagnosisRun run = diagnosis.start(recorder);

        executor.advance(Duration.ofSeconds(1));

        assertThat(run.report().join().results().get(0).summary()).contains("1 s");
    }

    @Test
    void onlyRunsTheNamedChecksAndTakesKnownResultsForMissingDependencies() {
        ScriptedCheck services = ScriptedCheck.returning("services", Status.PASS);
        ScriptedCheck clockCheck = new ScriptedCheck("clock", CheckKind.LOCAL, Set.of("services"),
                (self, ctx) -> CheckResult.of(self, Status.PASS, "ok").build());
        CheckResult previous = CheckResult.of("services", "Services", Status.WARN, "earlier").build();

        DiagnosisRun run = diagnosis(services, clockCheck).start(Set.of("clock"), Map.of("services", previous), recorder);
        executor.runAll();

        assertThat(run.report().join().results()).extracting(CheckResult::id).containsExactly("clock");
        assertThat(services.runs).hasValue(0);
        assertThat(clockCheck.received).singleElement().satisfies(m -> assertThat(m.get("services")).isEqualTo(previous));
    }

    @Test
    void unknownCheckIdIsRejectedWithTheKnownOnes() {
        Diagnosis diagnosis = diagnosis(ScriptedCheck.returning("a", Status.PASS));
        assertThatThrownBy(() -> diagnosis.start(Set.of("nope"), Map.of(), recorder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope")
                .hasMessageContaining("Known checks: a");
    }

    @Test
    void circularDependenciesAreRejected() {
        ScriptedCheck a = new ScriptedCheck("a", CheckKind.LOCAL, Set.of("b"), (s, c) -> null);
        ScriptedCheck b = new ScriptedCheck("b", CheckKind.LOCAL, Set.of("a"), (s, c) -> null);
        assertThatThrownBy(() -> diagnosis(a, b)).hasMessageContaining("circle");
    }

    @Test
    void emptyRunCompletesImmediately() {
        assertThat(diagnosis().start(recorder).report().join().verdict().headline()).isEqualTo("No checks ran.");
    }
}

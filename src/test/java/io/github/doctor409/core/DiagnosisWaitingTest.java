package io.github.doctor409.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The runner tells its listener what a check waits for, once per change, and never after its result. */
class DiagnosisWaitingTest {

    private final MutableClock clock = MutableClock.atEpochDay();
    private final ManualExecutor executor = new ManualExecutor(clock);
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final DiagnosisListener recorder = new DiagnosisListener() {
        @Override
        public void onCheckWaiting(Check check, String what) {
            events.add(check.id() + " waits for " + what);
        }
    };

    @Test
    void eachChangeOfWhatACheckWaitsForIsPassedOnOnce() {
        CheckContext[] seen = new CheckContext[1];
        ScriptedCheck check = new ScriptedCheck("net", CheckKind.NETWORK, Set.of(), (self, ctx) -> {
            ctx.waitingFor("DNS for api.spotify.com");
            ctx.waitingFor("DNS for api.spotify.com");
            ctx.waitingFor("TLS handshake with api.spotify.com");
            seen[0] = ctx;
            return CheckResult.of(self, Status.PASS, "ok").build();
        });
        DiagnosisRun run = new Diagnosis(List.of(check), executor, clock, DeadlinePolicy.defaults()).start(recorder);

        executor.runAll();
        seen[0].waitingFor("something after the result");

        assertThat(run.report()).isDone();
        assertThat(events).containsExactly("net waits for DNS for api.spotify.com",
                "net waits for TLS handshake with api.spotify.com");
    }
}

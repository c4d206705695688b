package io.github.doctor409.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.Status;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryFixTest {

    private final MutableClock clock = MutableClock.atEpochDay();
    private final List<Duration> waits = new ArrayList<>();
    private final Deque<List<CheckResult>> answers = new ArrayDeque<>();
    private final List<String> progress = new ArrayList<>();
    private int probes;

    private RetryFix retry(Backoff backoff, double random) {
        return new RetryFix(() -> {
            probes++;
            return answers.isEmpty() ? List.of(Results.of("network.services", Status.UNKNOWN)) : answers.poll();
        }, Set.of("network.services"), duration -> {
            waits.add(duration);
            clock.advance(duration);
        }, clock, backoff, () -> random);
    }

    private final FixContext context = new FixContext() {
        @Override
        public void progress(double fraction, String message) {
            progress.add(message);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @Test
    void waitsLongerEachTimeUntilSpotifyAnswers() throws Exception {
        answers.add(List.of(Results.of("network.services", Status.UNKNOWN)));
        answers.add(List.of(Results.of("network.services", Status.UNKNOWN)));
        answers.add(List.of(Results.of("network.services", Status.PASS)));

        FixOutcome outcome = retry(Backoff.DEFAULT, 1.0).apply(context);

        assertThat(outcome).isEqualTo(new FixOutcome.Done("Spotify answers again, after 3 attempts.",
                io.github.doctor409.core.Phrase.of("fix.retry.outcome.again", 3)));
        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(progress).contains("Asking Spotify again (attempt 3 of 5)…", "Waiting 4 s before asking again…");
    }

    @Test
    void jitterShortensAWaitByAtMostItsShare() {
        Backoff backoff = Backoff.DEFAULT;

        assertThat(backoff.delayAfter(3, Optional.empty(), 0.0)).isEqualTo(Duration.ofSeconds(6));
        assertThat(backoff.delayAfter(3, Optional.empty(), 0.5)).isEqualTo(Duration.ofSeconds(7));
        assertThat(backoff.delayAfter(3, Optional.empty(), 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.delayAfter(20, Optional.empty(), 1.0)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void retryAfterFromTheEvidenceIsTheShortestWait() throws Exception {
        answers.add(List.of(Results.rateLimited("auth.token", 17)));
        answers.add(List.of(Results.of("auth.token", Status.PASS)));

        FixOutcome outcome = retry(Backoff.DEFAULT, 1.0).apply(context);

        assertThat(outcome).isInstanceOf(FixOutcome.Done.class);
        assertThat(waits).containsExactly(Duration.ofSeconds(17));
    }

    @Test
    void aRetryAfterBeyondTheTimeBudgetEndsAtOnceSayingSo() throws Exception {
        answers.add(List.of(Results.rateLimited("auth.token", 3600)));

        FixOutcome outcome = retry(Backoff.DEFAULT, 1.0).apply(context);

        assertThat(outcome).isInstanceOf(FixOutcome.Failed.class);
        assertThat(outcome.message()).contains("wait 3600 seconds");
        assertThat(waits).isEmpty();
        assertThat(probes).isEqualTo(1);
    }

    @Test
    void givesUpAfterTheLastAttempt() throws Exception {
        FixOutcome outcome = retry(Backoff.DEFAULT, 1.0).apply(context);

        assertThat(outcome).isInstanceOf(FixOutcome.Failed.class);
        assertThat(probes).isEqualTo(5);
        assertThat(waits).hasSize(4);
    }

    @Test
    void givesUpWhenTheTotalTimeWouldRunOut() throws Exception {
        Backoff tight = new Backoff(10, Duration.ofSeconds(10), 2, Duration.ofSeconds(60), Duration.ofSeconds(45), 0);

        FixOutcome outcome = retry(tight, 0).apply(context);

        assertThat(outcome).isInstanceOf(FixOutcome.Failed.class);
        assertThat(waits).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20));
        assertThat(probes).isEqualTo(3);
    }

    @Test
    void aFailureTheCheckDoesNotOfferToRetryIsNotRetried() throws Exception {
        answers.add(List.of(Results.of("auth.token", Status.FAIL)));

        FixOutcome outcome = retry(Backoff.DEFAULT, 1.0).apply(context);

        assertThat(outcome).isInstanceOf(FixOutcome.Done.class);
        assertThat(probes).isEqualTo(1);
    }

    @Test
    void anInterruptedWaitEndsAsCancelled() throws Exception {
        RetryFix fix = new RetryFix(() -> List.of(Results.of("network.services", Status.UNKNOWN)), Set.of(),
                duration -> {
                    throw new InterruptedException();
                }, clock, Backoff.DEFAULT, () -> 0.5);

        assertThat(fix.apply(context)).isInstanceOf(FixOutcome.Cancelled.class);
        assertThat(Thread.interrupted()).isTrue();
    }
}

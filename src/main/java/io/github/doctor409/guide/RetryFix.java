package io.github.doctor409.guide;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;
import io.github.doctor409.core.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * {@code fix.retry}: asks Spotify again — the network and sign-in probes — with exponential backoff and
 * jitter, waiting at least as long as a Retry-After in the evidence asks, and giving up after a bounded
 * number of attempts and a bounded time. Changes nothing on disk.
 */
public final class RetryFix implements Fix {

    public static final String ID = "fix.retry";
    /** The probes a retry repeats, when the build has them. */
    public static final List<String> PROBES = List.of("network.services", "auth.token");

    private final CheckProbe probe;
    private final Set<String> rechecks;
    private final Pause pause;
    private final Clock clock;
    private final Backoff backoff;
    private final DoubleSupplier random;

    public RetryFix(CheckProbe probe, Set<String> rechecks, Pause pause, Clock clock, Backoff backoff, DoubleSupplier random) {
        this.probe = probe;
        this.rechecks = Set.copyOf(rechecks);
        this.pause = pause;
        this.clock = clock;
        this.backoff = backoff;
        this.random = random;
    }

    /** The production wiring: the diagnosis's network and sign-in checks, timers from the one executor. */
    public static RetryFix of(Diagnosis diagnosis, TaskExecutor executor, Clock clock) {
        return new RetryFix(CheckProbe.of(diagnosis, PROBES::contains), CheckProbe.ids(diagnosis, PROBES::contains), new ScheduledPause(executor), clock, Backoff.DEFAULT, new Random()::nextDouble);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Try again";
    }

    @Override
    public String describe() {
        return "Asks Spotify again up to " + backoff.maxAttempts() + " times within " + backoff.maxTotal().toMinutes()
                + " minutes, waiting longer each time and as long as Spotify asks. Nothing on this computer changes.";
    }

    @Override
    public Phrase describePhrase() {
        return Phrase.of("fix.retry.describe", backoff.maxAttempts(), backoff.maxTotal().toMinutes());
    }

    @Override
    public boolean changesDisk() {
        return false;
    }

    @Override
    public Set<String> rechecks() {
        return rechecks;
    }

    @Override
    public FixOutcome apply(FixContext context) throws Exception {
        Instant start = clock.instant();
        for (int attempt = 1; ; attempt++) {
            if (context.isCancelled()) {
                return new FixOutcome.Cancelled("Stopped before Spotify answered.", Phrase.of("fix.retry.outcome.stopped"));
            }
            context.progress((double) (attempt - 1) / backoff.maxAttempts(),
                    "Asking Spotify again (attempt " + attempt + " of " + backoff.maxAttempts() + ")…",
                    Phrase.of("fix.retry.progress.asking", attempt, backoff.maxAttempts()));
            List<CheckResult> results = probe.run();
            List<CheckResult> failing = results.stream().filter(RetryFix::worthRetrying).toList();
            if (failing.isEmpty()) {
                return new FixOutcome.Done(attempt == 1 ? "Spotify answers normally now."
                        : "Spotify answers again, after " + attempt + " attempts.",
                        attempt == 1 ? Phrase.of("fix.retry.outcome.fine") : Phrase.of("fix.retry.outcome.again", attempt));
            }
            if (attempt >= backoff.maxAttempts()) {
                return new FixOutcome.Failed("Still no proper answer after " + attempt + " attempts: "
                        + failing.get(0).summary() + " Try again later, or wait and monitor.",
                        Phrase.of("fix.retry.outcome.stillFailing", attempt,
                                failing.get(0).phrase() != null ? failing.get(0).phrase() : failing.get(0).summary()));
            }
            Optional<Duration> retryAfter = WalkthroughPlan.retryAfter(
                    failing.stream().map(CheckResult::evidence).toList()).map(Duration::ofSeconds);
            Duration delay = backoff.delayAfter(attempt, retryAfter, random.getAsDouble());
            Duration spent = Duration.between(start, clock.instant());
            if (spent.plus(delay).compareTo(backoff.maxTotal()) > 0) {
                return new FixOutcome.Failed(retryAfter.filter(r -> r.equals(delay))
                        .map(r -> "Spotify asked to wait " + r.toSeconds() + " seconds, longer than this retry waits."
                                + " Try again then, or wait and monitor.")
                        .orElse("Still no proper answer after " + attempt + " attempts. Try again later, or wait and monitor."),
                        retryAfter.filter(r -> r.equals(delay))
                                .map(r -> Phrase.of("fix.retry.outcome.waitLonger", r.toSeconds()))
                                .orElse(Phrase.of("fix.retry.outcome.gaveUp", attempt)));
            }
            context.progress((double) attempt / backoff.maxAttempts(),
                    "Waiting " + Math.max(1, Math.round(delay.toMillis() / 1000.0)) + " s before asking again…",
                    Phrase.of("fix.retry.progress.waiting", Math.max(1, Math.round(delay.toMillis() / 1000.0))));
            try {
                pause.pause(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new FixOutcome.Cancelled("Stopped while waiting to ask Spotify again.",
                        Phrase.of("fix.retry.outcome.stoppedWaiting"));
            }
        }
    }

    /** Could not verify, or failed in a way a retry may change (the check offers a retry). */
    private static boolean worthRetrying(CheckResult result) {
        return result.status() == Status.UNKNOWN || result.status() == Status.FAIL && result.offersFix(ID);
    }
}

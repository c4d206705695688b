package io.github.doctor409.core;

import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * How long each check may take: its kind's default (2 s local, 5 s network) unless the user set one
 * timeout for all. The whole run ends at the slowest deadline plus {@link #MARGIN}.
 */
public final class DeadlinePolicy {

    /** Slack for dependent checks and bookkeeping after the slowest check's deadline. */
    public static final Duration MARGIN = Duration.ofMillis(500);

    private final Duration override;

    private DeadlinePolicy(Duration override) {
        this.override = override;
    }

    public static DeadlinePolicy defaults() {
        return new DeadlinePolicy(null);
    }

    public static DeadlinePolicy everyCheck(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("A timeout must be positive, not " + timeout);
        }
        return new DeadlinePolicy(timeout);
    }

    public Optional<Duration> override() {
        return Optional.ofNullable(override);
    }

    public Duration deadlineFor(Check check) {
        return override != null ? override : check.kind().defaultDeadline();
    }

    public Duration wholeRun(Collection<? extends Check> checks) {
        Duration slowest = checks.stream().map(this::deadlineFor).max(Duration::compareTo).orElse(Duration.ZERO);
        return slowest.plus(MARGIN);
    }
}

package io.github.doctor409.core;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long each check may take: its kind's default (2 s local, 5 s network) unless the user set one
 * timeout for all, or one for a kind (the settings' network timeout). The whole run ends at the slowest deadline plus {@link #MARGIN}.
 */
public final class DeadlinePolicy {

    /** Slack for dependent checks and bookkeeping after the slowest check's deadline. */
    public static final Duration MARGIN = Duration.ofMillis(500);

    private final Duration override;
    private final Map<CheckKind, Duration> byKind;

    private DeadlinePolicy(Duration override, Map<CheckKind, Duration> byKind) {
        this.override = override;
        this.byKind = byKind.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byKind));
    }

    public static DeadlinePolicy defaults() {
        return new DeadlinePolicy(null, Map.of());
    }

    /**
     * A copy in which checks of {@code kind} get {@code timeout} instead of the kind's default (the
     * settings' network timeout); a timeout for every check, when set, still wins.
     */
    public DeadlinePolicy withDeadline(CheckKind kind, Duration timeout) {
        requirePositive(timeout);
        Map<CheckKind, Duration> changed = new EnumMap<>(CheckKind.class);
        changed.putAll(byKind);
        changed.put(kind, timeout);
        return new DeadlinePolicy(override, changed);
    }

    /** The deadline set for {@code kind} by {@link #withDeadline}, if any. */
    public Optional<Duration> deadlineOf(CheckKind kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    public static DeadlinePolicy everyCheck(Duration timeout) {
        requirePositive(timeout);
        return new DeadlinePolicy(timeout, Map.of());
    }

    private static void requirePositive(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("A timeout must be positive, not " + timeout);
        }
    }

    public Optional<Duration> override() {
        return Optional.ofNullable(override);
    }

    public Duration deadlineFor(Check check) {
        return override != null ? override : byKind.getOrDefault(check.kind(), check.kind().defaultDeadline());
    }

    public Duration wholeRun(Collection<? extends Check> checks) {
        Duration slowest = checks.stream().map(this::deadlineFor).max(Duration::compareTo).orElse(Duration.ZERO);
        return slowest.plus(MARGIN);
    }
}

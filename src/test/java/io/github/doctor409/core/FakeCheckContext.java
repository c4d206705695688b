package io.github.doctor409.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link CheckContext} for calling a check directly in a test. */
public final class FakeCheckContext implements CheckContext {

    private final Clock clock;
    private final Instant deadline;
    private final Map<String, CheckResult> dependencies = new LinkedHashMap<>();
    private final List<String> waits = new ArrayList<>();
    private volatile boolean cancelled;

    public FakeCheckContext(Clock clock, Duration allowed) {
        this.clock = clock;
        this.deadline = clock.instant().plus(allowed);
    }

    /** Real time, with the given time allowed. */
    public static FakeCheckContext withDeadline(Duration allowed) {
        return new FakeCheckContext(Clock.systemUTC(), allowed);
    }

    public FakeCheckContext withDependency(CheckResult result) {
        dependencies.put(result.id(), result);
        return this;
    }

    public void cancel() {
        cancelled = true;
    }

    /** Everything the check said it was waiting for, in order. */
    public synchronized List<String> waits() {
        return List.copyOf(waits);
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
        return Optional.ofNullable(dependencies.get(checkId));
    }

    @Override
    public Map<String, CheckResult> dependencies() {
        return Map.copyOf(dependencies);
    }

    @Override
    public synchronized void waitingFor(String what) {
        waits.add(what);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}

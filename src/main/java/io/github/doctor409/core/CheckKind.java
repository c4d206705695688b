package io.github.doctor409.core;

import java.time.Duration;

/** Where a check does its work, which sets its default deadline. */
public enum CheckKind {
    LOCAL(Duration.ofSeconds(2)),
    NETWORK(Duration.ofSeconds(5));

    private final Duration defaultDeadline;

    CheckKind(Duration defaultDeadline) {
        this.defaultDeadline = defaultDeadline;
    }

    public Duration defaultDeadline() {
        return defaultDeadline;
    }
}

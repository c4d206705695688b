package io.github.doctor409.core;

import java.util.Set;

/**
 * One read-only diagnostic. Implementations never change anything on disk or in the account, never
 * wait past {@link CheckContext#deadline()}, and describe what they are waiting for through
 * {@link CheckContext#waitingFor(String)} so a timeout can name it.
 */
public interface Check {

    /** Stable id such as {@code network.services}; the JSON report and tests rely on it. */
    String id();

    /** Card title in plain words. */
    String title();

    CheckGroup group();

    CheckKind kind();

    /** Ids of checks whose results this one receives through {@link CheckContext#resultOf(String)}. */
    default Set<String> dependsOn() {
        return Set.of();
    }

    /**
     * Runs the check. Throwing is allowed and yields {@link Status#ERROR}; being interrupted means the
     * run was cancelled or the deadline passed.
     */
    CheckResult run(CheckContext context) throws Exception;
}

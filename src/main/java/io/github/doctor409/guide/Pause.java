package io.github.doctor409.guide;

import java.time.Duration;

/** Waits between attempts; tests pass one that moves a clock instead of waiting. */
@FunctionalInterface
public interface Pause {

    /** Returns after {@code duration}; throws when the waiting thread is interrupted (the fix was stopped). */
    void pause(Duration duration) throws InterruptedException;
}

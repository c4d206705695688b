package io.github.doctor409.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.ManualExecutor;
import io.github.doctor409.core.MutableClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ScheduledPauseTest {

    @Test
    void returnsOnlyWhenTheExecutorsTimerFires() throws Exception {
        ManualExecutor executor = new ManualExecutor(MutableClock.atEpochDay());
        ScheduledPause pause = new ScheduledPause(executor);
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
            try {
                pause.pause(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        executor.advance(Duration.ofSeconds(29));
        assertThat(waiting).isNotDone();
        // the timer may be registered a moment after the wait began: keep moving the clock until it fires
        for (int i = 0; i < 500 && !waiting.isDone(); i++) {
            executor.advance(Duration.ofSeconds(1));
            try {
                waiting.get(10, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // not yet
            }
        }
        assertThat(waiting).isDone();
        assertThat(executor.clock().instant()).isAfterOrEqualTo(MutableClock.atEpochDay().instant().plusSeconds(30));
    }
}

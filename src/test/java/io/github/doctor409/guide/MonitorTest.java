package io.github.doctor409.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.ManualExecutor;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorTest {

    @TempDir
    Path dir;

    private final ManualExecutor executor = new ManualExecutor(MutableClock.atEpochDay());
    private final Deque<List<CheckResult>> rounds = new ArrayDeque<>();
    private final List<MonitorSample> seen = new ArrayList<>();
    private final List<MonitorSample> green = new ArrayList<>();
    private int probes;

    private Monitor monitor() {
        return new Monitor(() -> {
            probes++;
            return rounds.isEmpty() ? List.of(services(Status.PASS, 40)) : rounds.poll();
        }, executor, executor.clock(), new MonitorHistory(dir.resolve(MonitorHistory.FILE_NAME), 50), new MonitorListener() {
            @Override
            public void onSample(MonitorSample sample) {
                seen.add(sample);
            }

            @Override
            public void onAllGreen(MonitorSample sample) {
                green.add(sample);
            }
        });
    }

    private static CheckResult services(Status status, long apiMs) {
        return CheckResult.of("network.services", "Spotify services", status, "x")
                .evidence("api", Map.of("reachable", true, "timingsMs", Map.of("dns", 1, "total", apiMs)))
                .evidence("accounts", Map.of("reachable", false, "timingsMs", Map.of("total", 5000)))
                .evidence("callTimeoutMs", 4000)
                .build();
    }

    @Test
    void runsARoundNowAndThenOneEveryInterval() {
        Monitor monitor = monitor();
        monitor.start(Duration.ofSeconds(30));

        executor.runAll();
        assertThat(probes).isEqualTo(1);
        executor.advance(Duration.ofSeconds(29));
        executor.runAll();
        assertThat(probes).isEqualTo(1);
        executor.advance(Duration.ofSeconds(1));
        executor.runAll();
        assertThat(probes).isEqualTo(2);
    }

    @Test
    void latencyComesFromEndpointsThatAnswered() {
        MonitorSample sample = MonitorSample.of(executor.clock().instant(), List.of(services(Status.WARN, 123)));

        assertThat(sample.latencyMs()).containsExactly(Map.entry("api", 123L));
        assertThat(sample.overall()).isEqualTo(Status.WARN);
        assertThat(sample.allGreen()).isFalse();
    }

    @Test
    void saysAllGreenOnceWhenProblemsEnd() {
        rounds.add(List.of(services(Status.FAIL, 0)));
        rounds.add(List.of(CheckResult.of("auth.token", "Sign-in", Status.UNKNOWN, "x").build()));
        rounds.add(List.of(services(Status.PASS, 50)));
        rounds.add(List.of(services(Status.PASS, 60)));
        Monitor monitor = monitor();
        monitor.start(Duration.ofSeconds(5));

        for (int i = 0; i < 4; i++) {
            executor.runAll();
            executor.advance(Duration.ofSeconds(5));
        }

        assertThat(seen).extracting(MonitorSample::overall)
                .containsExactly(Status.FAIL, Status.UNKNOWN, Status.PASS, Status.PASS);
        assertThat(green).singleElement().isEqualTo(seen.get(2));
        assertThat(new MonitorHistory(dir.resolve(MonitorHistory.FILE_NAME), 50).load()).hasSize(4);
    }

    @Test
    void stopEndsTheRounds() {
        Monitor monitor = monitor();
        monitor.start(Duration.ofSeconds(5));
        executor.runAll();

        monitor.stop();
        executor.advance(Duration.ofMinutes(5));
        executor.runAll();

        assertThat(probes).isEqualTo(1);
        assertThat(monitor.isRunning()).isFalse();
    }

    @Test
    void theIntervalIsBounded() {
        assertThat(Monitor.bounded(Duration.ofMillis(10))).isEqualTo(Monitor.MIN_INTERVAL);
        assertThat(Monitor.bounded(Duration.ofHours(3))).isEqualTo(Monitor.MAX_INTERVAL);
        assertThat(Monitor.bounded(Duration.ofSeconds(45))).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void earlierHistoryIsShownAfterARestart() {
        Monitor first = monitor();
        first.start(Duration.ofSeconds(30));
        executor.runAll();
        first.stop();

        assertThat(monitor().samples()).hasSize(1);
    }
}

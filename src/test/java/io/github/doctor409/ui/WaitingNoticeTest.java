package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.BackgroundExecutor;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.FixCatalog;
import io.github.doctor409.core.ManualExecutor;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A card that runs longer than 3 s says what it is still waiting for; a finished card shows latencies. */
class WaitingNoticeTest {

    private final BackgroundExecutor checks = new BackgroundExecutor();
    private final ManualExecutor timers = new ManualExecutor(MutableClock.atEpochDay());
    private final CountDownLatch waiting = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        checks.shutdown();
    }

    @Test
    void afterThreeSecondsTheCardNamesWhatItIsStillWaitingFor() throws Exception {
        ScriptedCheck slow = new ScriptedCheck("network.services", CheckGroup.CONNECTION, Set.of(), (check, context) -> {
            context.waitingFor("an answer from api.spotify.com (TLS handshake)");
            waiting.countDown();
            release.await(10, TimeUnit.SECONDS);
            return CheckResult.of(check, Status.PASS, "Spotify's services answer from this computer.").build();
        });
        MainViewModel viewModel = new MainViewModel(
                new Diagnosis(List.of(slow), checks, Clock.systemUTC(), DeadlinePolicy.defaults()),
                new FixCatalog(List.of()), timers, Runnable::run, new RecordingDialogs(true), new Messages(Locale.ENGLISH));
        StepCardViewModel card = viewModel.card("network.services").orElseThrow();

        viewModel.runAll();
        assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(card.summaryProperty().get()).isEqualTo("Checking…");

        timers.advance(Duration.ofMillis(2_999));
        assertThat(card.summaryProperty().get()).isEqualTo("Checking…");

        timers.advance(Duration.ofMillis(1));
        assertThat(card.summaryProperty().get()).isEqualTo("Still waiting for an answer from api.spotify.com (TLS handshake)…");

        CountDownLatch done = new CountDownLatch(1);
        viewModel.runningProperty().addListener((obs, was, now) -> {
            if (!now) {
                done.countDown();
            }
        });
        release.countDown();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(card.summaryProperty().get()).isEqualTo("Spotify's services answer from this computer.");
    }

    @Test
    void aCheckThatNamedNothingIsStillCheckingAfterThreeSeconds() throws Exception {
        ScriptedCheck quiet = new ScriptedCheck("client.cache", CheckGroup.SPOTIFY_APP, Set.of(), (check, context) -> {
            waiting.countDown();
            release.await(10, TimeUnit.SECONDS);
            return CheckResult.of(check, Status.PASS, "ok").build();
        });
        MainViewModel viewModel = new MainViewModel(
                new Diagnosis(List.of(quiet), checks, Clock.systemUTC(), DeadlinePolicy.defaults()),
                new FixCatalog(List.of()), timers, Runnable::run, new RecordingDialogs(true), new Messages(Locale.ENGLISH));

        viewModel.runAll();
        assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();
        timers.advance(Duration.ofSeconds(3));

        assertThat(viewModel.card("client.cache").orElseThrow().summaryProperty().get()).isEqualTo("Still checking…");
    }

    @Test
    void latencyPerEndpointIsShownFromTheEvidence() {
        CheckResult services = CheckResult.of("network.services", "Spotify services", Status.PASS, "ok")
                .evidence("accounts", Map.of("reachable", true, "latencyMs", Map.of("best", 30L, "median", 42L)))
                .evidence("api", Map.of("reachable", false))
                .evidence("dealer", Map.of("latencyMs", Map.of("best", 12L, "median", 15L)))
                .evidence("callTimeoutMs", 4250L)
                .build();

        assertThat(EndpointLatency.line(services, new Messages(Locale.ENGLISH))).isEqualTo("Latency (median): accounts 42 ms · dealer 15 ms");
        assertThat(EndpointLatency.line(CheckResult.of("x", "X", Status.PASS, "ok").build(), new Messages(Locale.ENGLISH))).isEmpty();
    }
}

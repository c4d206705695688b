package io.github.doctor409.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppServerHostsTest {

    @Test
    void takesTheFirstUsableDealerAndSpclientFromApresolve() {
        ApresolveLists lists = new ApresolveLists(List.of("ap-gew4.spotify.com:4070"),
                List.of("bad host:443", "gew4-dealer.spotify.com:443"), List.of("gew4-spclient.spotify.com:443"));

        AppServerHosts.Choice choice = AppServerHosts.choose(ServiceEndpoints.spotify(), Optional.of(lists));

        assertThat(choice.fallback()).isFalse();
        assertThat(choice.urls().get(SpotifyService.DEALER)).hasToString("https://gew4-dealer.spotify.com/");
        assertThat(choice.urls().get(SpotifyService.SPCLIENT)).hasToString("https://gew4-spclient.spotify.com/");
    }

    @Test
    void fallsBackToTheDocumentedHostsWhenApresolveFailed() {
        AppServerHosts.Choice choice = AppServerHosts.choose(ServiceEndpoints.spotify(), Optional.empty());

        assertThat(choice.fallback()).isTrue();
        assertThat(choice.urls().get(SpotifyService.DEALER)).hasToString("https://dealer.spotify.com/");
        assertThat(choice.urls().get(SpotifyService.SPCLIENT)).hasToString("https://spclient.wg.spotify.com/");
    }

    @Test
    void aStandInWithoutListsGetsNoRealHosts() {
        AppServerHosts.Choice choice = AppServerHosts.choose(ServiceHosts.endpoints("http", 8080), Optional.empty());

        assertThat(choice.urls()).isEmpty();
        assertThat(choice.fallback()).isFalse();
    }

    @Test
    void latencyIsReportedAsBestAndMedian() {
        LatencyTries latency = new LatencyTries(List.of(40L, 12L, 15L));

        assertThat(latency.best()).isEqualTo(12);
        assertThat(latency.median()).isEqualTo(15);
        assertThat(latency.describe()).isEqualTo("latency best 12 ms, median 15 ms of 3 tries");
        assertThat(new LatencyTries(List.of(10L, 20L)).median()).isEqualTo(15);
    }
}

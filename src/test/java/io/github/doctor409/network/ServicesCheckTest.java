package io.github.doctor409.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ServicesCheckTest {

    @Test
    void isTheNetworkServicesCardInTheConnectionGroup() {
        ServicesCheck check = new ServicesCheck(new OkHttpClient(), ServiceEndpoints.spotify(), Clock.systemUTC());

        assertThat(check.id()).isEqualTo("network.services");
        assertThat(check.title()).isEqualTo("Spotify services");
        assertThat(check.group()).isEqualTo(CheckGroup.CONNECTION);
        assertThat(check.kind()).isEqualTo(CheckKind.NETWORK);
        assertThat(check.dependsOn()).isEmpty();
    }

    @Test
    void leavesFifteenPercentOfTheTimeToNameThePhase() {
        assertThat(ServicesCheck.margin(Duration.ofSeconds(5))).isEqualTo(Duration.ofMillis(750));
        assertThat(ServicesCheck.margin(Duration.ofSeconds(2))).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void leavesAtLeastAQuarterSecondButNeverMoreThanHalf() {
        assertThat(ServicesCheck.margin(Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(250));
        assertThat(ServicesCheck.margin(Duration.ofMillis(300))).isEqualTo(Duration.ofMillis(150));
    }

    @Test
    void probesTheDocumentedAddresses() {
        ServiceEndpoints spotify = ServiceEndpoints.spotify();

        assertThat(SpotifyService.ACCOUNTS.probeUrl(spotify)).hasToString("https://accounts.spotify.com/");
        assertThat(SpotifyService.API.probeUrl(spotify)).hasToString("https://api.spotify.com/v1/me");
        assertThat(SpotifyService.APRESOLVE.probeUrl(spotify))
                .hasToString("https://apresolve.spotify.com/?type=accesspoint&type=dealer&type=spclient");
    }

    @Test
    void keepsAPathInAConfiguredBaseUrl() {
        ServiceEndpoints proxied = new ServiceEndpoints(URI.create("http://127.0.0.1:8080/accounts"),
                URI.create("http://127.0.0.1:8080/api"), URI.create("http://127.0.0.1:8080/ap"));

        assertThat(SpotifyService.ACCOUNTS.probeUrl(proxied)).hasToString("http://127.0.0.1:8080/accounts/");
        assertThat(SpotifyService.API.probeUrl(proxied)).hasToString("http://127.0.0.1:8080/api/v1/me");
        assertThat(SpotifyService.APRESOLVE.probeUrl(proxied))
                .hasToString("http://127.0.0.1:8080/ap/?type=accesspoint&type=dealer&type=spclient");
    }
}

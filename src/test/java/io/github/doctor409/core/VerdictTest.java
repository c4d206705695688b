package io.github.doctor409.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private static CheckResult result(String id, Status status, String summary, String... details) {
        return CheckResult.of(id, id, status, summary).details(List.of(details)).build();
    }

    @Test
    void firstFailureInCausalOrderIsTheLikelyCauseWhateverTheListOrder() {
        Verdict verdict = Verdict.of(List.of(
                result("client.cache", Status.FAIL, "Cache is broken."),
                result("auth.token", Status.FAIL, "Spotify no longer accepts your sign-in.", "GET /v1/me answered 401"),
                result("network.services", Status.PASS, "fine")));

        assertThat(verdict.status()).isEqualTo(Status.FAIL);
        assertThat(verdict.likelyCause()).contains("auth.token");
        assertThat(verdict.headline()).isEqualTo("Spotify no longer accepts your sign-in.");
        assertThat(verdict.evidence()).containsExactly("GET /v1/me answered 401");
    }

    @Test
    void networkComesBeforeSignInAndSignInBeforeVersion() {
        Verdict verdict = Verdict.of(List.of(
                result("client.version", Status.FAIL, "old"),
                result("auth.token", Status.FAIL, "signed out"),
                result("network.services", Status.FAIL, "offline")));
        assertThat(verdict.likelyCause()).contains("network.services");
    }

    @Test
    void failureOutranksAnEarlierWarning() {
        Verdict verdict = Verdict.of(List.of(
                result("network.services", Status.WARN, "slow"),
                result("client.cache", Status.FAIL, "full")));
        assertThat(verdict.likelyCause()).contains("client.cache");
    }

    @Test
    void warningsWithUnverifiedChecksAreUncertain() {
        Verdict verdict = Verdict.of(List.of(
                result("auth.token", Status.WARN, "Not signed in."),
                result("network.services", Status.UNKNOWN, "timed out")));
        assertThat(verdict.status()).isEqualTo(Status.UNKNOWN);
        assertThat(verdict.likelyCause()).contains("auth.token");
    }

    @Test
    void onlyUnknownsGiveNoCauseButSayWhatCouldNotBeVerified() {
        Verdict verdict = Verdict.of(List.of(
                result("network.services", Status.UNKNOWN, "Spotify answered 503."),
                result("client.cache", Status.PASS, "fine")));
        assertThat(verdict.status()).isEqualTo(Status.UNKNOWN);
        assertThat(verdict.likelyCause()).isEmpty();
        assertThat(verdict.evidence()).containsExactly("network.services: Spotify answered 503.");
    }

    @Test
    void passAndSkippedMeanNoProblem() {
        Verdict verdict = Verdict.of(List.of(
                result("network.services", Status.PASS, "fine"),
                result("client.cache", Status.SKIPPED, "no app")));
        assertThat(verdict.status()).isEqualTo(Status.PASS);
        assertThat(verdict.likelyCause()).isEmpty();
    }

    @Test
    void unknownCheckIdsRankLast() {
        Verdict verdict = Verdict.of(List.of(
                result("some.future.check", Status.FAIL, "future"),
                result("account.devices", Status.FAIL, "devices")));
        assertThat(verdict.likelyCause()).contains("account.devices");
    }
}

package io.github.doctor409.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FakeCheckContext;
import io.github.doctor409.core.Status;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountChecksTest {

    private static final Set<String> ALL = Set.of("user-read-private", "user-read-email", "user-read-playback-state");

    private MockWebServer server;
    private final MemoryTokenStore store = new MemoryTokenStore();

    @BeforeEach
    void start() throws IOException {
        server = LocalNetwork.startedServer();
        store.save(new StoredSession("devices-access", Optional.empty(), Instant.now().plusSeconds(3600), ALL));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static CheckResult token(Status status, String product, Set<String> scopes) {
        CheckResult.Builder result = CheckResult.of(AuthTokenCheck.ID, "Sign-in", status, "…")
                .evidence("session", "stored");
        if (scopes != null) {
            result.evidence("product", product).evidence("scopes", List.copyOf(scopes)).evidence("expiresInSeconds", 3000);
        }
        return result.build();
    }

    private static FakeCheckContext after(CheckResult... results) {
        FakeCheckContext context = FakeCheckContext.withDeadline(Duration.ofSeconds(5));
        for (CheckResult result : results) {
            context.withDependency(result);
        }
        return context;
    }

    private AccountDevicesCheck devices() {
        return new AccountDevicesCheck(store, new WebApiClient(LocalNetwork.client(), LocalNetwork.baseOf(server)));
    }

    @Test
    void scopesPassWhenEverythingNeededWasGranted() {
        CheckResult result = new AuthScopesCheck().run(after(token(Status.PASS, "premium", ALL)));

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.evidence().get("missing")).isEqualTo(List.of());
    }

    @Test
    void scopesWarnAndOfferSignInWhenPlaybackStateIsMissing() {
        CheckResult result = new AuthScopesCheck().run(after(token(Status.PASS, "premium", Set.of("user-read-private"))));

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).contains("your other devices");
        assertThat(result.fixes()).containsExactly("fix.sign-in");
    }

    @Test
    void accountChecksAreSkippedWithoutAWorkingSignIn() {
        FakeCheckContext noSession = after(token(Status.WARN, null, null));
        FakeCheckContext failed = after(token(Status.FAIL, null, null));

        assertThat(new AuthScopesCheck().run(noSession).status()).isEqualTo(Status.SKIPPED);
        assertThat(new AccountPlanCheck().run(failed).status()).isEqualTo(Status.SKIPPED);
        assertThat(devices().run(after()).status()).isEqualTo(Status.SKIPPED);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void premiumPassesAndFreeWarns() {
        assertThat(new AccountPlanCheck().run(after(token(Status.PASS, "premium", ALL))).status()).isEqualTo(Status.PASS);
        CheckResult free = new AccountPlanCheck().run(after(token(Status.PASS, "free", ALL)));
        assertThat(free.status()).isEqualTo(Status.WARN);
        assertThat(free.summary()).contains("restricted to Premium users only");
    }

    @Test
    void freePlanWithAModifiedAppFails() {
        CheckResult integrity = CheckResult.of("client.integrity", "Unmodified app", Status.FAIL, "Modified.").build();

        CheckResult result = new AccountPlanCheck().run(after(token(Status.PASS, "free", ALL), integrity));

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.evidence()).containsEntry("modifiedApp", true);
    }

    @Test
    void planWithoutProductIsUnknownAndOffersSignIn() {
        CheckResult result = new AccountPlanCheck().run(after(token(Status.PASS, null, Set.of("user-read-email"))));

        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.fixes()).containsExactly("fix.sign-in");
    }

    @Test
    void devicesAsksWithTheStoredTokenAndCountsActiveOnes() throws InterruptedException {
        server.enqueue(WebApiClientTest.json(200, """
                {"devices": [
                  {"id": "a", "is_active": true, "is_private_session": false, "is_restricted": false,
                   "name": "Living room", "type": "Speaker", "volume_percent": 40, "supports_volume": true},
                  {"id": "b", "is_active": false, "is_private_session": false, "is_restricted": false,
                   "name": "Phone of Alex", "type": "Smartphone", "volume_percent": null, "supports_volume": false}]}"""));

        CheckResult result = devices().run(after(token(Status.PASS, "premium", ALL)));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/v1/me/player/devices");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer devices-access");
        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.evidence()).containsEntry("devices", 2).containsEntry("active", 1L);
        assertThat(result.toString()).doesNotContain("Living room").doesNotContain("Alex").doesNotContain("devices-access");
    }

    @Test
    void devicesAnswersThatSayNothingAreUnknownNeverAFailure() {
        List<MockResponse> answers = List.of(
                WebApiClientTest.json(403, "{\"error\":{\"status\":403,\"message\":\"Insufficient client scope\"}}"),
                new MockResponse.Builder().code(429).setHeader("Retry-After", "9").build(),
                WebApiClientTest.json(502, "{}"),
                WebApiClientTest.json(200, "{\"devices\": 7}"),
                WebApiClientTest.json(200, "[1,2,3]"));
        for (MockResponse answer : answers) {
            server.enqueue(answer);
            CheckResult result = devices().run(after(token(Status.PASS, "premium", ALL)));
            assertThat(result.status()).as(answer.toString()).isEqualTo(Status.UNKNOWN);
        }
    }

    @Test
    void devicesReturnBeforeTheDeadlineWhenTheApiHangs() throws IOException {
        try (ServerSocket silent = LocalNetwork.silentServer()) {
            AccountDevicesCheck check = new AccountDevicesCheck(store,
                    new WebApiClient(LocalNetwork.client(), LocalNetwork.baseOf(silent)));
            FakeCheckContext context = FakeCheckContext.withDeadline(Duration.ofSeconds(1))
                    .withDependency(token(Status.PASS, "premium", ALL));

            CheckResult result = check.run(context);

            assertThat(result.status()).isEqualTo(Status.UNKNOWN);
            assertThat(Instant.now()).isBefore(context.deadline());
        }
    }

    @Test
    void devicesWithoutThePlaybackScopeDoNotAsk() {
        CheckResult result = devices().run(after(token(Status.PASS, "premium", Set.of("user-read-private"))));

        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.fixes()).containsExactly("fix.sign-in");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theAccountChecksSitInTheAccountGroupAndDependOnTheSignIn() {
        assertThat(List.of(new AuthScopesCheck(), new AccountPlanCheck(), devices()))
                .allSatisfy(check -> {
                    assertThat(check.group()).isEqualTo(CheckGroup.ACCOUNT);
                    assertThat(check.dependsOn()).contains(AuthTokenCheck.ID);
                });
        assertThat(devices().kind()).isEqualTo(CheckKind.NETWORK);
    }
}

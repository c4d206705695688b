package io.github.doctor409.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FakeCheckContext;
import io.github.doctor409.core.Status;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccessPointsCheckTest {

    private static final Duration DEADLINE = Duration.ofMillis(1500);

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final FakeDns dns = new FakeDns();
    private final List<ServerSocket> sockets = new ArrayList<>();
    private final Map<Integer, Integer> portMap = new HashMap<>();

    @AfterEach
    void stop() throws Exception {
        dns.release();
        executor.shutdownNow();
        for (ServerSocket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void reachableAccessPointsPass() throws Exception {
        route(4070, listening());
        route(443, listening());
        route(80, listening());

        CheckResult result = check().run(context(apresolve("ap-gew4.spotify.com:4070", "ap-gew4.spotify.com:443")));

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.summary()).contains("ap-gew4.spotify.com, port 4070");
        assertThat(result.evidence()).containsEntry("fallback", false)
                .containsEntry("openPorts", Map.of("4070", true, "443", true, "80", true));
    }

    @Test
    void blocked4070With443OpenIsARestrictiveFirewall() throws Exception {
        route(4070, closed());
        route(443, listening());
        route(80, closed());

        CheckResult result = check().run(context(apresolve("ap-gew4.spotify.com:4070")));

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).contains("usual port (4070) is blocked, but port 443 works");
        assertThat(result.fixes()).containsExactly("fix.firewall-help");
    }

    @Test
    void nothingOpenFails() throws Exception {
        route(4070, closed());
        route(443, closed());
        route(80, closed());

        CheckResult result = check().run(context(apresolve("ap-gew4.spotify.com:4070")));

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).contains("cannot reach its servers (ap-gew4.spotify.com) on port 4070, 443 or 80");
    }

    @Test
    void withoutApresolveListsTheDocumentedFallbackIsTried() throws Exception {
        route(4070, listening());
        route(443, listening());
        route(80, listening());
        CheckResult failedServices = CheckResult.of(ServicesCheck.ID, "Spotify services", Status.FAIL, "down").build();

        CheckResult result = check().run(FakeCheckContext.withDeadline(DEADLINE).withDependency(failedServices));

        assertThat(result.evidence()).containsEntry("accessPoints",
                List.of("ap.spotify.com:443", "ap.spotify.com:4070", "ap.spotify.com:80")).containsEntry("fallback", true);
        assertThat(result.status()).isEqualTo(Status.PASS);
    }

    @Test
    void unknownNamesFailAsALookupProblem() throws Exception {
        dns.unknown("ap-gone.spotify.com");
        route(4070, listening());
        route(443, listening());
        route(80, listening());

        CheckResult result = check().run(context(apresolve("ap-gone.spotify.com:4070")));

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).contains("could not be looked up");
    }

    @Test
    void aHangingLookupEndsBeforeTheDeadline() throws Exception {
        dns.hanging("ap-slow.spotify.com");
        FakeCheckContext context = context(apresolve("ap-slow.spotify.com:4070"));

        CheckResult result = check().run(context);

        assertThat(Instant.now()).isBefore(context.deadline());
        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.details()).anyMatch(line -> line.contains("no answer before the check's deadline"));
    }

    @Test
    void triesTheListedEntriesThenTheStandardPortsOnTwoHostsAndDropsGarbage() {
        assertThat(AccessPointsCheck.targets(List.of("a.spotify.com:4070", "bad host:1", "b.spotify.com:80",
                "c.spotify.com:80", "d.spotify.com:x")))
                .extracting(Object::toString).containsExactly("a.spotify.com:4070", "b.spotify.com:80", "c.spotify.com:80",
                        "a.spotify.com:443", "a.spotify.com:80", "b.spotify.com:4070", "b.spotify.com:443");
    }

    @Test
    void aStandInOnAnyPortPassesWhenItsFirstEntryConnects() throws Exception {
        int port = listening();
        route(port, port);

        CheckResult result = check().run(context(apresolve("127.0.0.1:" + port)));

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.evidence()).containsEntry("accessPoints", List.of("127.0.0.1:" + port));
    }

    @Test
    void withoutListAndFallbackThereIsNothingToTry() throws Exception {
        CheckResult result = new AccessPointsCheck((h, p, t) -> { }, executor, List.of())
                .run(FakeCheckContext.withDeadline(DEADLINE));

        assertThat(result.status()).isEqualTo(Status.SKIPPED);
    }

    private AccessPointsCheck check() {
        SocketConnector sockets = new SocketConnector(dns);
        return new AccessPointsCheck((host, port, timeout) -> sockets.connect(host, portMap.get(port), timeout), executor,
                AccessPointsCheck.SPOTIFY_FALLBACK);
    }

    private void route(int spotifyPort, int localPort) {
        portMap.put(spotifyPort, localPort);
    }

    private int listening() throws Exception {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        sockets.add(socket);
        return socket.getLocalPort();
    }

    private static int closed() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static FakeCheckContext context(CheckResult services) {
        return FakeCheckContext.withDeadline(DEADLINE).withDependency(services);
    }

    static CheckResult apresolve(String... accessPoints) {
        return CheckResult.of(ServicesCheck.ID, "Spotify services", Status.PASS, "ok")
                .evidence("apresolve", Map.of("accesspoint", List.of(accessPoints), "dealer", List.of(), "spclient", List.of()))
                .build();
    }
}

package io.github.doctor409.network;

import static io.github.doctor409.network.ServiceHosts.API;
import static io.github.doctor409.network.ServicesCheckAnswersTest.endpoint;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FakeCheckContext;
import io.github.doctor409.core.Status;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A server that accepts and resets the connection at once: the failure is named, never a crash. */
class ServicesCheckResetTest {

    private final MockWebServer server = new MockWebServer();
    private final FakeDns dns = new FakeDns();
    private final ExecutorService acceptor = Executors.newSingleThreadExecutor();
    private ServerSocket resetting;

    @AfterEach
    void stop() throws Exception {
        dns.release();
        acceptor.shutdownNow();
        server.close();
        resetting.close();
    }

    @Test
    void resetConnectionFailsAndSaysItBrokeOff() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        server.setDispatcher(ServiceHosts.answeringLikeSpotify());
        resetting = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        acceptor.submit(this::resetEveryConnection);
        ServiceEndpoints answering = ServiceHosts.endpoints("http", server.getPort());
        ServiceEndpoints endpoints = new ServiceEndpoints(answering.accounts(),
                URI.create("http://" + API + ":" + resetting.getLocalPort()), answering.apresolve());
        OkHttpClient client = new OkHttpClient.Builder().dns(dns).followRedirects(false).followSslRedirects(false)
                .retryOnConnectionFailure(false).build();
        FakeCheckContext context = FakeCheckContext.withDeadline(Duration.ofSeconds(2));

        CheckResult result = new ServicesCheck(client, endpoints, Clock.systemUTC()).run(context);

        assertThat(Instant.now()).isBefore(context.deadline());
        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).startsWith("The connection to " + API + " broke off while");
        assertThat(endpoint(result, "api")).containsEntry("reachable", false);
        assertThat(endpoint(result, "accounts")).containsEntry("reachable", true);
    }

    private Void resetEveryConnection() throws IOException {
        while (!resetting.isClosed()) {
            try (Socket socket = resetting.accept()) {
                socket.setSoLinger(true, 0);
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }
}

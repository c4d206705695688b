package io.github.doctor409.network;

import static io.github.doctor409.network.ServicesCheckAnswersTest.endpoint;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.BackgroundExecutor;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.DiagnosisListener;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.Status;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Wired as the composition root wires it: OkHttp's dispatcher on the app's executor, the real runner. */
class ServicesCheckInDiagnosisTest {

    private final BackgroundExecutor executor = new BackgroundExecutor();
    private final FakeDns dns = new FakeDns();

    @AfterEach
    void stop() {
        dns.release();
        executor.shutdown();
    }

    @Test
    void endpointsThatNeverAnswerGiveTheChecksOwnFailureBeforeTheRunnersTimeout() throws Exception {
        OkHttpClient client = new OkHttpClient.Builder().dispatcher(new Dispatcher(executor.asExecutorService()))
                .dns(dns).followRedirects(false).followSslRedirects(false).retryOnConnectionFailure(false).build();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            ServicesCheck check = new ServicesCheck(client, ServiceHosts.endpoints("https", silent.getLocalPort()),
                    Clock.systemUTC());
            Diagnosis diagnosis = new Diagnosis(List.of(check), executor, Clock.systemUTC(),
                    DeadlinePolicy.everyCheck(Duration.ofSeconds(2)));

            DiagnosisReport report = diagnosis.start(DiagnosisListener.NONE).report().get(5, TimeUnit.SECONDS);

            CheckResult result = report.result("network.services").orElseThrow();
            assertThat(result.evidence()).doesNotContainKey("timedOut");
            assertThat(result.status()).isEqualTo(Status.FAIL);
            assertThat(result.summary()).contains("while setting up the secure connection (TLS)");
            assertThat(endpoint(result, "api")).containsEntry("failedPhase", "tls");
            assertThat(result.duration()).isLessThan(Duration.ofSeconds(2));
        }
    }
}

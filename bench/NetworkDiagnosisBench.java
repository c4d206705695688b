import io.github.doctor409.app.AppContext;
import io.github.doctor409.app.Config;
import io.github.doctor409.core.BackgroundExecutor;
import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckContext;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.DiagnosisListener;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import io.github.doctor409.network.AccessPointsCheck;
import io.github.doctor409.network.ClockCheck;
import io.github.doctor409.network.DnsCheck;
import io.github.doctor409.network.HostsFile;
import io.github.doctor409.network.ProxyCheck;
import io.github.doctor409.network.ProxySettings;
import io.github.doctor409.network.ServiceEndpoints;
import io.github.doctor409.network.ServicesCheck;
import io.github.doctor409.network.SocketConnector;
import io.github.doctor409.network.SpotifyAppSettings;
import io.github.doctor409.network.SystemNameResolver;
import io.github.doctor409.testing.FakeSpotify;
import io.github.doctor409.testing.HangingServer;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * Network diagnosis under faults, in one run (see docs/benchmarks.md and bench/run-network-bench.sh):
 *  1. every endpoint (and the proxy) hangs: the whole diagnosis, built by the real composition root, against
 *     the per-check deadline and against a baseline measured in the same run — a diagnosis of one check that
 *     simply waits for its deadline;
 *  2. every endpoint answers at once over HTTPS on loopback: the network checks against a single cold HTTPS
 *     request to the same server.
 * Prints medians; not a test.
 */
public final class NetworkDiagnosisBench {

    public static void main(String[] args) throws Exception {
        Duration timeout = Duration.ofMillis((long) (Double.parseDouble(args.length > 0 ? args[0] : "2") * 1000));
        int hangRuns = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int fastRuns = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Path home = Files.createTempDirectory("doctor409-bench");
        System.out.printf(Locale.ROOT, "java %s, %d cores, per-check deadline %d ms%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), timeout.toMillis());

        List<Long> hung = new ArrayList<>();
        List<Long> baseline = new ArrayList<>();
        try (HangingServer hanging = new HangingServer()) {
            for (int i = 0; i < hangRuns; i++) {
                hung.add(wholeDiagnosisAllHanging(home, hanging.baseUrl(), timeout));
                baseline.add(oneWaitingCheck(timeout));
            }
        }
        long hungMedian = median(hung);
        long baseMedian = median(baseline);
        System.out.printf(Locale.ROOT, "all hanging: whole diagnosis median %d ms %s%n", hungMedian, hung);
        System.out.printf(Locale.ROOT, "baseline (one check waiting for its deadline, same runner): median %d ms %s%n",
                baseMedian, baseline);
        System.out.printf(Locale.ROOT, "ratio vs per-check deadline: %.3f (target <= 1.1)%n", hungMedian / (double) timeout.toMillis());
        System.out.printf(Locale.ROOT, "ratio vs measured baseline: %.3f%n", hungMedian / (double) baseMedian);

        HeldCertificate certificate = new HeldCertificate.Builder().addSubjectAlternativeName("127.0.0.1")
                .addSubjectAlternativeName("localhost").build();
        HandshakeCertificates serverTls = new HandshakeCertificates.Builder().heldCertificate(certificate).build();
        HandshakeCertificates clientTls = new HandshakeCertificates.Builder()
                .addTrustedCertificate(certificate.certificate()).build();
        List<Long> checks = new ArrayList<>();
        List<Long> single = new ArrayList<>();
        try (FakeSpotify spotify = FakeSpotify.overHttps(serverTls.sslSocketFactory())) {
            networkChecksAnsweringAtOnce(spotify.baseUrl(), clientTls, home); // warm-up
            singleHttpsRequest(spotify.baseUrl(), clientTls);
            for (int i = 0; i < fastRuns; i++) {
                checks.add(networkChecksAnsweringAtOnce(spotify.baseUrl(), clientTls, home));
                single.add(singleHttpsRequest(spotify.baseUrl(), clientTls));
            }
        }
        long checksMedian = median(checks);
        long singleMedian = median(single);
        System.out.printf(Locale.ROOT, "all answering (HTTPS, loopback): network checks median %d ms %s%n", checksMedian, checks);
        System.out.printf(Locale.ROOT, "single cold HTTPS request to the same server: median %d ms %s%n", singleMedian, single);
        System.out.printf(Locale.ROOT, "ratio network checks / single request: %.1f%n", checksMedian / (double) Math.max(1, singleMedian));
    }

    /** The real composition root, every URL and HTTPS_PROXY at a server that accepts and never answers. */
    private static long wholeDiagnosisAllHanging(Path home, String hangingUrl, Duration timeout) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("DOCTOR409_ACCOUNTS_URL", hangingUrl);
        env.put("DOCTOR409_API_URL", hangingUrl);
        env.put("DOCTOR409_APRESOLVE_URL", hangingUrl);
        env.put("DOCTOR409_CONFIG_DIR", home.resolve("config").toString());
        env.put("HTTPS_PROXY", hangingUrl);
        HostEnvironment host = new HostEnvironment(OperatingSystem.LINUX, home, env);
        long start = System.nanoTime();
        try (AppContext app = new AppContext(host, Config.load(host, Optional.of("bench")), new BackgroundExecutor(),
                Clock.systemUTC(), DeadlinePolicy.everyCheck(timeout))) {
            DiagnosisReport report = app.diagnosis().start(DiagnosisListener.NONE).report().get(30, TimeUnit.SECONDS);
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            return elapsed;
        }
    }

    /** The same runner with one check that only waits until the runner's timer ends it. */
    private static long oneWaitingCheck(Duration timeout) throws Exception {
        BackgroundExecutor executor = new BackgroundExecutor();
        CountDownLatch never = new CountDownLatch(1);
        Check waiting = new Check() {
            public String id() { return "bench.waiting"; }
            public String title() { return "Waits"; }
            public CheckGroup group() { return CheckGroup.CONNECTION; }
            public CheckKind kind() { return CheckKind.NETWORK; }
            public CheckResult run(CheckContext context) throws InterruptedException {
                never.await();
                return CheckResult.of(this, Status.PASS, "never").build();
            }
        };
        try {
            long start = System.nanoTime();
            new Diagnosis(List.of(waiting), executor, Clock.systemUTC(), DeadlinePolicy.everyCheck(timeout))
                    .start(DiagnosisListener.NONE).report().get(30, TimeUnit.SECONDS);
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        } finally {
            executor.shutdown();
        }
    }

    /** The five network checks, wired as the composition root wires them, with a client trusting the test certificate. */
    private static long networkChecksAnsweringAtOnce(String baseUrl, HandshakeCertificates tls, Path home) throws Exception {
        BackgroundExecutor executor = new BackgroundExecutor();
        try {
            OkHttpClient client = client(tls, executor);
            URI base = URI.create(baseUrl);
            ServiceEndpoints endpoints = new ServiceEndpoints(base, base, base);
            HostEnvironment host = new HostEnvironment(OperatingSystem.LINUX, home, Map.of());
            List<Check> checks = List.of(
                    new ProxyCheck(ProxySettings.from(host, ProxySelector.of(null)), base, SpotifyAppSettings.NONE,
                            executor.asExecutorService()),
                    new ServicesCheck(client, endpoints, Clock.systemUTC()),
                    new DnsCheck(DnsCheck.spotifyHosts(endpoints), new SystemNameResolver(), HostsFile.location(host),
                            executor.asExecutorService()),
                    new ClockCheck(SpotifyAppSettings.NONE),
                    new AccessPointsCheck(new SocketConnector(Dns.SYSTEM), executor.asExecutorService(), List.of()));
            long start = System.nanoTime();
            DiagnosisReport report = new Diagnosis(checks, executor, Clock.systemUTC(), DeadlinePolicy.defaults())
                    .start(DiagnosisListener.NONE).report().get(30, TimeUnit.SECONDS);
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            CheckResult services = report.result("network.services").orElseThrow();
            if (services.status() != Status.PASS) {
                throw new IllegalStateException("network.services did not pass: " + services.summary());
            }
            return elapsed;
        } finally {
            executor.shutdown();
        }
    }

    private static long singleHttpsRequest(String baseUrl, HandshakeCertificates tls) throws Exception {
        BackgroundExecutor executor = new BackgroundExecutor();
        try {
            OkHttpClient client = client(tls, executor);
            long start = System.nanoTime();
            try (Response response = client.newCall(new Request.Builder().url(baseUrl + "/v1/me").build()).execute()) {
                response.body().string();
            }
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        } finally {
            executor.shutdown();
        }
    }

    private static OkHttpClient client(HandshakeCertificates tls, BackgroundExecutor executor) {
        return new OkHttpClient.Builder().dispatcher(new Dispatcher(executor.asExecutorService()))
                .sslSocketFactory(tls.sslSocketFactory(), tls.trustManager())
                .followRedirects(false).followSslRedirects(false).retryOnConnectionFailure(false)
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(5, TimeUnit.SECONDS).build();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Long::compare);
        return sorted.get(sorted.size() / 2);
    }
}

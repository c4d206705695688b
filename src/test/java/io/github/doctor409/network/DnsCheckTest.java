package io.github.doctor409.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FakeCheckContext;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DnsCheckTest {

    private static final List<String> HOSTS = List.of("apresolve.spotify.com", "api.spotify.com");

    @TempDir
    Path dir;

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final FakeNameResolver resolver = new FakeNameResolver();

    @AfterEach
    void stop() {
        resolver.release();
        executor.shutdownNow();
    }

    @Test
    void namesWithBothFamiliesPassWithTimings() throws Exception {
        resolver.answer("apresolve.spotify.com", "35.186.224.24", "2600:1901:1:c36::");

        CheckResult result = run(hostsFile("127.0.0.1 localhost\n::1 localhost\n"));

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.summary()).isEqualTo("Spotify's names resolve on this computer.");
        Map<String, Map<String, Object>> apresolve = family(result, "apresolve.spotify.com");
        assertThat(apresolve.get("ipv4")).containsEntry("addresses", List.of("35.186.224.24")).containsKey("millis");
        assertThat(apresolve.get("ipv6")).containsEntry("addresses", List.of("2600:1901:1:c36:0:0:0:0"));
        assertThat(result.details()).anyMatch(line -> line.startsWith("apresolve.spotify.com IPv4: 35.186.224.24 ("));
    }

    @Test
    void aHostsFileLineBlockingSpotifyFailsAndIsNamed() throws Exception {
        Path file = hostsFile("127.0.0.1 localhost\n0.0.0.0 apresolve.spotify.com # ad blocker\n");
        resolver.answer("apresolve.spotify.com", "0.0.0.0");

        CheckResult result = run(file);

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).startsWith("The hosts file on this computer blocks apresolve.spotify.com");
        assertThat(result.details()).contains(file + " line 2: 0.0.0.0 apresolve.spotify.com");
        assertThat(result.fixes()).containsExactly("fix.hosts-help");
    }

    @Test
    void aHostsFilePinToARealAddressWarns() throws Exception {
        CheckResult result = run(hostsFile("104.199.65.124 api.spotify.com\n"));

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).startsWith("The hosts file pins api.spotify.com to fixed addresses");
    }

    @Test
    void aResolverAnsweringZeroesIsABlockingNameServer() throws Exception {
        resolver.answer("api.spotify.com", "0.0.0.0");

        CheckResult result = run(hostsFile(""));

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).startsWith("The name server blocks api.spotify.com");
    }

    @Test
    void aFailingLookupFails() throws Exception {
        resolver.failing("api.spotify.com");

        CheckResult result = run(hostsFile(""));

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).contains("could not be looked up (api.spotify.com)");
        assertThat(result.fixes()).containsExactly("fix.network-help", "fix.retry");
    }

    @Test
    void aHangingResolverFailsBeforeTheDeadline() throws Exception {
        resolver.hanging("api.spotify.com");
        FakeCheckContext context = FakeCheckContext.withDeadline(Duration.ofMillis(1200));

        CheckResult result = new DnsCheck(HOSTS, resolver, hostsFile(""), executor).run(context);

        assertThat(Instant.now()).isBefore(context.deadline());
        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).isEqualTo("The name server (DNS) did not answer in time for api.spotify.com.");
    }

    @Test
    void ipv6OnlyAnswersWarn() throws Exception {
        resolver.answer("api.spotify.com", "2600:1901:1:c36::");

        CheckResult result = run(hostsFile(""));

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).isEqualTo("Api.spotify.com only gave IPv6 addresses; that works only where the network has IPv6.");
    }

    @Test
    void aMissingHostsFileIsNoProblem() throws Exception {
        CheckResult result = run(dir.resolve("no-such-hosts"));

        assertThat(result.status()).isEqualTo(Status.PASS);
    }

    @Test
    void hostsFileLocationComesFromTheEnvironment() {
        HostEnvironment windows = new HostEnvironment(OperatingSystem.WINDOWS, dir, Map.of("SystemRoot", dir.toString()));
        HostEnvironment linux = new HostEnvironment(OperatingSystem.LINUX, dir, Map.of());

        assertThat(HostsFile.location(windows)).isEqualTo(dir.resolve("System32").resolve("drivers").resolve("etc").resolve("hosts"));
        assertThat(HostsFile.location(linux)).isEqualTo(Path.of("/etc/hosts"));
    }

    @Test
    void hostsFileParsingKeepsOnlySpotifyNamesAndIgnoresComments() {
        List<HostsFile.Entry> entries = HostsFile.parse("""
                # 0.0.0.0 spclient.wg.spotify.com
                0.0.0.0 ads.example.com audio-fa.scdn.co\r
                ::1 login5.spotify.com notspotify.com.evil
                garbage line spotify.com
                """);

        assertThat(entries).extracting(HostsFile.Entry::name).containsExactly("audio-fa.scdn.co", "login5.spotify.com");
        assertThat(entries).allMatch(HostsFile.Entry::blocks);
    }

    @Test
    void looksUpTheConfiguredNamesAndTheAppsOwnButNoAddresses() {
        ServiceEndpoints local = new ServiceEndpoints(URI.create("http://127.0.0.1:8080"),
                URI.create("https://api.spotify.com"), URI.create("https://apresolve.spotify.com"));

        assertThat(DnsCheck.spotifyHosts(local)).startsWith("api.spotify.com", "apresolve.spotify.com", "ap.spotify.com")
                .doesNotContain("127.0.0.1");
    }

    @Test
    void aStandInOnAddressesLooksNothingUpAndIsSkipped() throws Exception {
        ServiceEndpoints standIn = ServiceHosts.endpoints("http", 8080);
        ServiceEndpoints literal = new ServiceEndpoints(URI.create("http://127.0.0.1:1"), URI.create("http://127.0.0.1:1"),
                URI.create("http://127.0.0.1:1"));

        assertThat(DnsCheck.spotifyHosts(standIn)).containsExactly(ServiceHosts.ACCOUNTS, ServiceHosts.API, ServiceHosts.APRESOLVE);
        CheckResult result = new DnsCheck(DnsCheck.spotifyHosts(literal), resolver, hostsFile(""), executor)
                .run(FakeCheckContext.withDeadline(Duration.ofSeconds(1)));
        assertThat(result.status()).isEqualTo(Status.SKIPPED);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> family(CheckResult result, String host) {
        return (Map<String, Map<String, Object>>) ((Map<String, Object>) result.evidence().get("hosts")).get(host);
    }

    private CheckResult run(Path hostsFile) throws Exception {
        return new DnsCheck(HOSTS, resolver, hostsFile, executor).run(FakeCheckContext.withDeadline(Duration.ofSeconds(2)));
    }

    private Path hostsFile(String text) throws Exception {
        Path file = dir.resolve("hosts");
        Files.writeString(file, text);
        return file;
    }
}

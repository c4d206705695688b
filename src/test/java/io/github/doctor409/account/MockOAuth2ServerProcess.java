package io.github.doctor409.account;

import java.io.IOException;
import java.net.Proxy;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * mock-oauth2-server 2.3.0 (no.nav.security, Maven Central) as a separate process on 127.0.0.1. Its
 * jars are resolved with Maven into {@code target/mock-oauth2-server/lib} through a throwaway pom, never
 * onto the test classpath (it brings OkHttp 4). {@link #resolve()} says why when that is not possible.
 */
final class MockOAuth2ServerProcess implements AutoCloseable {

    static final String VERSION = "2.3.0";
    private static final String MAIN = "no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt";
    private static final Path HOME = Path.of("target", "mock-oauth2-server");

    private final Process process;
    private final int port;

    private MockOAuth2ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The lib folder with the server's jars; empty with the reason when Maven could not resolve them. */
    static Result resolve() {
        Path lib = HOME.resolve("lib");
        Path marker = lib.resolve("mock-oauth2-server-" + VERSION + ".jar");
        if (Files.isRegularFile(marker)) {
            return new Result(Optional.of(lib), "");
        }
        try {
            Files.createDirectories(HOME);
            Files.writeString(HOME.resolve("pom.xml"), """
                    <project xmlns="http://maven.apache.org/POM/4.0.0">
                      <modelVersion>4.0.0</modelVersion>
                      <groupId>local.doctor409</groupId>
                      <artifactId>mock-oauth2-server-runner</artifactId>
                      <version>1</version>
                      <packaging>pom</packaging>
                      <dependencies>
                        <dependency>
                          <groupId>no.nav.security</groupId>
                          <artifactId>mock-oauth2-server</artifactId>
                          <version>%s</version>
                        </dependency>
                      </dependencies>
                    </project>
                    """.formatted(VERSION));
            boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
            Path wrapper = Path.of(windows ? "mvnw.cmd" : "mvnw").toAbsolutePath();
            List<String> command = List.of(wrapper.toString(), "-B", "-q", "-f", HOME.resolve("pom.xml").toString(),
                    "dependency:copy-dependencies", "-DoutputDirectory=" + lib.toAbsolutePath());
            Path log = HOME.resolve("resolve.log");
            Process maven = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!maven.waitFor(5, TimeUnit.MINUTES)) {
                maven.destroyForcibly();
                return new Result(Optional.empty(), "Maven did not resolve it within 5 minutes");
            }
            if (maven.exitValue() != 0 || !Files.isRegularFile(marker)) {
                return new Result(Optional.empty(), "Maven could not resolve it (exit " + maven.exitValue()
                        + "; offline or no access to Maven Central? see " + log.toAbsolutePath() + ")");
            }
            return new Result(Optional.of(lib), "");
        } catch (IOException e) {
            return new Result(Optional.empty(), "Maven could not be run (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Optional.empty(), "interrupted while resolving");
        }
    }

    record Result(Optional<Path> lib, String whyNot) {}

    /** Starts the server on a free loopback port with interactive login off, and waits until it answers. */
    static MockOAuth2ServerProcess start(Path lib) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, LocalNetwork.loopback())) {
            port = probe.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath(lib), MAIN));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(HOME.resolve("server.log").toFile());
        builder.environment().put("SERVER_HOSTNAME", "127.0.0.1");
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("JSON_CONFIG", "{\"interactiveLogin\": false}");
        MockOAuth2ServerProcess server = new MockOAuth2ServerProcess(builder.start(), port);
        try {
            server.awaitReady(Instant.now().plus(Duration.ofSeconds(60)));
        } catch (Exception e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static String classpath(Path lib) throws IOException {
        try (Stream<Path> jars = Files.list(lib)) {
            return String.join(System.getProperty("path.separator"),
                    jars.filter(p -> p.toString().endsWith(".jar")).map(p -> p.toAbsolutePath().toString()).toList());
        }
    }

    /** Asks the discovery document, trying again every 200 ms (without sleeping a thread) until it answers. */
    private void awaitReady(Instant until) throws Exception {
        OkHttpClient http = new OkHttpClient.Builder().proxy(Proxy.NO_PROXY).build();
        Request discovery = new Request.Builder().url(baseUrl() + "/default/.well-known/openid-configuration").build();
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mock-oauth2-server ended at start: "
                        + Files.readString(HOME.resolve("server.log"), StandardCharsets.UTF_8));
            }
            try (Response response = http.newCall(discovery).execute()) {
                if (response.code() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS)).get();
        }
        throw new IllegalStateException("mock-oauth2-server did not answer within 60 s");
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

package io.github.doctor409.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.doctor409.testing.FakeSpotify;
import io.github.doctor409.testing.SpotifyHome;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 3's "done when" through the packaged jar: {@code login --no-browser}, then {@code check --json}. */
class SignInEndToEndIT {

    @TempDir
    Path home;

    @Test
    void loginWithoutBrowserThenCheckPassesTheAccountChecks() throws Exception {
        new SpotifyHome(home).linuxInstall("1.2.98.2099.g1f2e3d4c");
        try (FakeSpotify spotify = new FakeSpotify()) {
            spotify.device("Kitchen speaker", "speaker", true);
            Map<String, String> env = Map.of("DOCTOR409_ACCOUNTS_URL", spotify.baseUrl(),
                    "DOCTOR409_API_URL", spotify.baseUrl(), "DOCTOR409_APRESOLVE_URL", spotify.baseUrl(),
                    "DOCTOR409_CLIENT_ID", "client-409");

            Process login = start(env, "login", "--no-browser", "--timeout", "30");
            List<String> stdout = new ArrayList<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(login.getInputStream(), StandardCharsets.UTF_8))) {
                String url = lines.readLine();
                stdout.add(url);
                assertThat(url).startsWith("http://").contains("/authorize?");
                OkHttpClient browser = new OkHttpClient.Builder().proxy(Proxy.NO_PROXY).followRedirects(true).build();
                try (Response page = browser.newCall(new Request.Builder().url(url).build()).execute()) {
                    assertThat(page.code()).isEqualTo(200);
                }
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    stdout.add(line);
                }
            }
            assertThat(login.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String stderr = new String(login.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(login.exitValue()).as(stderr).isZero();
            assertThat(stdout).hasSize(1);
            Path session = home.resolve("doctor409-config/session.json");
            assertThat(Files.getPosixFilePermissions(session)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

            PackagedJar.Run check = PackagedJar.run(home, env, "check", "--json");

            JsonObject report = JsonParser.parseString(check.stdout()).getAsJsonObject();
            Map<String, String> statuses = StreamSupport.stream(report.getAsJsonArray("checks").spliterator(), false)
                    .map(JsonElement::getAsJsonObject)
                    .collect(Collectors.toMap(c -> c.get("id").getAsString(), c -> c.get("status").getAsString()));
            assertThat(statuses).containsEntry("auth.token", "pass").containsEntry("auth.scopes", "pass")
                    .containsEntry("account.plan", "pass").containsEntry("account.devices", "pass");
            String everything = String.join("\n", stdout) + stderr + check.stdout() + check.stderr();
            for (String token : spotify.issuedAccessTokens()) {
                assertThat(everything).doesNotContain(token);
            }
            assertThat(everything).doesNotContain("granted-refresh").doesNotContain("Test Listener")
                    .doesNotContain("Kitchen speaker");
        }
    }

    private Process start(Map<String, String> environment, String... args) throws Exception {
        Path jar = Path.of(System.getProperty("doctor409.jar", "target/doctor409.jar"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("DOCTOR409_") || k.startsWith("XDG_")
                || k.endsWith("_PROXY") || k.endsWith("_proxy"));
        builder.environment().put("HOME", home.toString());
        builder.environment().put("DOCTOR409_CONFIG_DIR", home.resolve("doctor409-config").toString());
        builder.environment().put("DOCTOR409_TOKEN_STORE", "file");
        builder.environment().putAll(environment);
        return builder.start();
    }
}

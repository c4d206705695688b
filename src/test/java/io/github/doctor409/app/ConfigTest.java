package io.github.doctor409.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

    @TempDir
    Path home;

    private HostEnvironment host(OperatingSystem os, Map<String, String> variables) {
        return new HostEnvironment(os, home, variables);
    }

    @Test
    void defaultsAreSpotifysRealServices() {
        Config config = Config.load(host(OperatingSystem.LINUX, Map.of()), Optional.empty());

        assertThat(config.accountsUrl()).isEqualTo(URI.create("https://accounts.spotify.com"));
        assertThat(config.apiUrl()).isEqualTo(URI.create("https://api.spotify.com"));
        assertThat(config.apresolveUrl()).isEqualTo(URI.create("https://apresolve.spotify.com"));
        assertThat(config.clientId()).isEmpty();
        assertThat(config.tokenStore()).isEqualTo("auto");
        assertThat(config.configDir()).isEqualTo(home.resolve(".config/doctor409"));
    }

    @Test
    void configDirFollowsEachOperatingSystem() {
        assertThat(Config.defaultConfigDir(host(OperatingSystem.LINUX, Map.of("XDG_CONFIG_HOME", home.resolve("xdg").toString()))))
                .isEqualTo(home.resolve("xdg/doctor409"));
        assertThat(Config.defaultConfigDir(host(OperatingSystem.MACOS, Map.of())))
                .isEqualTo(home.resolve("Library/Application Support/doctor409"));
        assertThat(Config.defaultConfigDir(host(OperatingSystem.WINDOWS, Map.of("LOCALAPPDATA", home.resolve("Local").toString()))))
                .isEqualTo(home.resolve("Local/doctor409"));
    }

    @Test
    void environmentWinsOverSettingsFileWhichWinsOverDefaults() throws Exception {
        Path configDir = home.resolve("cfg");
        Files.createDirectories(configDir);
        Files.writeString(configDir.resolve(Config.SETTINGS_FILE),
                "api.url=http://127.0.0.1:7000\naccounts.url=http://127.0.0.1:7001/\nclient.id=0123456789abcdef0123456789abcdef\n");
        Map<String, String> variables = new HashMap<>();
        variables.put("DOCTOR409_CONFIG_DIR", configDir.toString());
        variables.put("DOCTOR409_API_URL", "http://127.0.0.1:8000");

        Config config = Config.load(host(OperatingSystem.LINUX, variables), Optional.of("built-in"));

        assertThat(config.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:8000"));
        assertThat(config.accountsUrl()).isEqualTo(URI.create("http://127.0.0.1:7001"));
        assertThat(config.apresolveUrl()).isEqualTo(URI.create("https://apresolve.spotify.com"));
        assertThat(config.clientId()).contains("0123456789abcdef0123456789abcdef");
    }

    @Test
    void builtInClientIdIsTheLastResort() {
        Config config = Config.load(host(OperatingSystem.LINUX, Map.of()), Optional.of("built-in"));
        assertThat(config.clientId()).contains("built-in");
    }

    @Test
    void invalidUrlIsIgnoredWithAWarningAndTheDefaultKept() {
        Config config = Config.load(host(OperatingSystem.LINUX, Map.of("DOCTOR409_API_URL", "ftp://nope")), Optional.empty());

        assertThat(config.apiUrl()).isEqualTo(URI.create("https://api.spotify.com"));
        assertThat(config.warnings()).singleElement().asString().contains("ftp://nope");
    }

    @Test
    void unreadableSettingsFileGivesAWarningNotACrash() throws Exception {
        Path configDir = home.resolve("cfg");
        Files.createDirectories(configDir);
        Files.writeString(configDir.resolve(Config.SETTINGS_FILE), "api.url=\\u12"); // malformed \\u escape

        Config config = Config.load(host(OperatingSystem.LINUX, Map.of("DOCTOR409_CONFIG_DIR", configDir.toString())),
                Optional.empty());

        assertThat(config.warnings()).singleElement().asString().contains("settings");
        assertThat(config.apiUrl()).isEqualTo(URI.create("https://api.spotify.com"));
        assertThat(config.setAside()).get().extracting(SettingsFile.SetAside::fault).isEqualTo(SettingsFile.Fault.BROKEN_SYNTAX);
    }

    @Test
    void settingsFileChoosesThemeLanguageAndTheNetworkChecksDeadline() throws Exception {
        Path configDir = home.resolve("cfg");
        Files.createDirectories(configDir);
        Files.writeString(configDir.resolve(Config.SETTINGS_FILE),
                "ui.theme=dark\nui.language=pt-BR\nchecks.network-timeout-seconds=12\n");

        Config config = Config.load(host(OperatingSystem.LINUX, Map.of("DOCTOR409_CONFIG_DIR", configDir.toString())),
                Optional.empty());

        assertThat(config.theme()).isEqualTo("dark");
        assertThat(config.language()).isEqualTo("pt-BR");
        assertThat(config.networkTimeout()).isEqualTo(java.time.Duration.ofSeconds(12));
        assertThat(config.warnings()).isEmpty();
        assertThat(config.setAside()).isEmpty();
    }

    @Test
    void anEnvironmentValueThatBreaksItsRuleIsIgnoredWithAWarning() {
        Config config = Config.load(host(OperatingSystem.LINUX, Map.of("DOCTOR409_NETWORK_TIMEOUT", "600")), Optional.empty());

        assertThat(config.networkTimeout()).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(config.warnings()).singleElement().asString().contains("DOCTOR409_NETWORK_TIMEOUT").contains("2 to 60");
    }
}

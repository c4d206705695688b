package io.github.doctor409.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    private static final String CLIENT = "0123456789abcdef0123456789ABCDEF";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private SettingsFile file() {
        return new SettingsFile(dir, CLOCK);
    }

    @Test
    void aMissingFileMeansEveryDefault() {
        SettingsFile.Loaded loaded = file().load();

        assertThat(loaded.settings()).isEqualTo(Settings.empty());
        assertThat(loaded.setAside()).isEmpty();
        for (SettingKey key : SettingKey.values()) {
            assertThat(loaded.settings().valueOrDefault(key)).isEqualTo(key.defaultValue());
        }
    }

    @Test
    void saveThenLoadGivesTheSameSettingsAndKeepsUnknownKeys() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.NAME), "future.feature=on\n# a comment\nui.theme=light\nodd\\ key=a=b\n");
        Settings loaded = file().load().settings();
        assertThat(loaded.others()).containsEntry("future.feature", "on").containsEntry("odd key", "a=b");

        Settings changed = loaded.with(SettingKey.THEME, "dark").with(SettingKey.CLIENT_ID, CLIENT)
                .with(SettingKey.API_URL, "http://127.0.0.1:9000").with(SettingKey.NETWORK_TIMEOUT, "15")
                .with(SettingKey.LANGUAGE, "de");
        file().save(changed);

        Settings again = file().load().settings();
        assertThat(again).isEqualTo(changed);
        assertThat(again.others()).containsEntry("future.feature", "on").containsEntry("odd key", "a=b");
        assertThat(again.get(SettingKey.THEME)).contains("dark");
        assertThat(again.get(SettingKey.NETWORK_TIMEOUT)).contains("15");
        String text = Files.readString(dir.resolve(SettingsFile.NAME));
        assertThat(text).contains("ui.theme=dark").contains("client.id=" + CLIENT);
        assertThat(text.indexOf("client.id")).isLessThan(text.indexOf("future.feature"));
    }

    @Test
    void saveIsAtomicAndLeavesNoTemporaryFiles() throws Exception {
        file().save(Settings.empty().with(SettingKey.THEME, "dark"));
        file().save(Settings.empty().with(SettingKey.THEME, "light"));

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SettingsFile.NAME);
        }
        assertThat(file().load().settings().get(SettingKey.THEME)).contains("light");
    }

    @Test
    void aDefaultOrBlankValueIsNotWrittenSoTheDefaultKeepsApplying() throws Exception {
        Settings settings = Settings.empty().with(SettingKey.TOKEN_STORE, "auto").with(SettingKey.API_URL, "  ")
                .with(SettingKey.THEME, "dark");
        file().save(settings);

        assertThat(Files.readString(dir.resolve(SettingsFile.NAME))).doesNotContain("token.store").doesNotContain("api.url");
    }

    @Test
    void resetToDefaultsClearsEveryKnownSettingButKeepsUnknownKeys() {
        Settings settings = Settings.of(Map.of("ui.theme", "dark", "client.id", CLIENT, "mine", "x")).resetToDefaults();

        assertThat(settings.values()).isEmpty();
        assertThat(settings.others()).containsExactly(Map.entry("mine", "x"));
    }

    @Test
    void validationNamesWhatIsWrongWithEachField() {
        assertThat(SettingKey.API_URL.check("ftp://example.com")).get().extracting(SettingProblem::kind)
                .isEqualTo(SettingProblem.Kind.URL_SCHEME);
        assertThat(SettingKey.API_URL.check("https:///v1")).get().extracting(SettingProblem::kind)
                .isEqualTo(SettingProblem.Kind.URL_HOST);
        assertThat(SettingKey.API_URL.check("http://exa mple")).get().extracting(SettingProblem::kind)
                .isEqualTo(SettingProblem.Kind.URL_SYNTAX);
        assertThat(SettingKey.API_URL.check("HTTPS://api.example.com:8443/base")).isEmpty();
        assertThat(SettingKey.CLIENT_ID.check("abc")).get().extracting(SettingProblem::kind)
                .isEqualTo(SettingProblem.Kind.CLIENT_ID_SHAPE);
        assertThat(SettingKey.CLIENT_ID.check("g123456789abcdef0123456789abcdef")).isPresent();
        assertThat(SettingKey.CLIENT_ID.check(CLIENT)).isEmpty();
        assertThat(SettingKey.NETWORK_TIMEOUT.check("1")).get().extracting(SettingProblem::kind)
                .isEqualTo(SettingProblem.Kind.OUT_OF_RANGE);
        assertThat(SettingKey.NETWORK_TIMEOUT.check("61")).get().extracting(SettingProblem::args)
                .isEqualTo(List.of(2, 60));
        assertThat(SettingKey.NETWORK_TIMEOUT.check("2")).isEmpty();
        assertThat(SettingKey.NETWORK_TIMEOUT.check("60")).isEmpty();
        assertThat(SettingKey.NETWORK_TIMEOUT.check("ten")).get().extracting(SettingProblem::kind)
                .isEqualTo(SettingProblem.Kind.NOT_A_NUMBER);
        assertThat(SettingKey.TOKEN_STORE.check("vault")).get().extracting(SettingProblem::kind)
                .isEqualTo(SettingProblem.Kind.NOT_A_CHOICE);
        assertThat(SettingKey.LANGUAGE.check("pt-BR")).isEmpty();
        assertThat(SettingKey.THEME.check("")).as("blank means the default").isEmpty();
        assertThat(SettingKey.CLIENT_ID.check("abc").orElseThrow().message()).contains("32 hexadecimal");
    }

    @Test
    void aFileWithInvalidValuesIsSetAsideNotDeletedAndOnlyTheBadValuesGoBackToTheirDefaults() throws Exception {
        Path settings = dir.resolve(SettingsFile.NAME);
        Files.writeString(settings, "api.url=ftp://nope\nui.theme=dark\nsomething.else=kept\n");

        SettingsFile.Loaded loaded = file().load();

        Path movedTo = dir.resolve("settings.properties.corrupt-20250304-050607");
        assertThat(loaded.settings().get(SettingKey.API_URL)).isEmpty();
        assertThat(loaded.settings().get(SettingKey.THEME)).contains("dark");
        assertThat(loaded.setAside()).get().satisfies(s -> {
            assertThat(s.fault()).isEqualTo(SettingsFile.Fault.INVALID_VALUES);
            assertThat(s.keptTheRest()).isTrue();
            assertThat(s.reset()).containsExactly("api.url");
            assertThat(s.movedTo()).contains(movedTo);
            assertThat(s.detail()).contains("api.url");
            assertThat(s.message()).contains("settings.properties.corrupt-20250304-050607").contains("the others are kept");
        });
        assertThat(Files.readString(movedTo)).isEqualTo("api.url=ftp://nope\nui.theme=dark\nsomething.else=kept\n");
        // the usable values were written back, so the next start keeps them without a notice
        SettingsFile.Loaded again = file().load();
        assertThat(again.setAside()).isEmpty();
        assertThat(again.settings().get(SettingKey.THEME)).contains("dark");
        assertThat(again.settings().others()).containsEntry("something.else", "kept");
    }

    @Test
    void aFileThatIsNotUtf8IsSetAsideAndASecondOneInTheSameSecondGetsItsOwnName() throws Exception {
        Path settings = dir.resolve(SettingsFile.NAME);
        byte[] latin1 = "ui.theme=dunkel\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(settings, latin1);
        SettingsFile.Loaded first = file().load();
        Files.write(settings, latin1);
        SettingsFile.Loaded second = file().load();

        assertThat(first.setAside().orElseThrow().fault()).isEqualTo(SettingsFile.Fault.NOT_UTF8);
        assertThat(second.setAside().orElseThrow().movedTo())
                .contains(dir.resolve("settings.properties.corrupt-20250304-050607-1"));
        assertThat(Files.readAllBytes(dir.resolve("settings.properties.corrupt-20250304-050607"))).isEqualTo(latin1);
    }

    @Test
    void aFileThatCannotBeReadIsSetAside() throws Exception {
        Files.createDirectories(dir.resolve(SettingsFile.NAME)); // a folder where the file should be: not a regular file
        assertThat(file().load().setAside()).isEmpty();
        Files.delete(dir.resolve(SettingsFile.NAME));

        Path settings = dir.resolve(SettingsFile.NAME);
        Files.writeString(settings, "ui.theme=dark\n");
        Files.setPosixFilePermissions(settings, java.util.Set.of());
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(settings), "running as root reads anything");
            SettingsFile.Loaded loaded = file().load();
            assertThat(loaded.setAside().orElseThrow().fault()).isEqualTo(SettingsFile.Fault.UNREADABLE);
            assertThat(loaded.setAside().orElseThrow().movedTo()).isPresent();
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.setPosixFilePermissions(p, java.util.Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
                }
            }
        }
    }

    @Test
    void theEnvironmentWinsOverTheFileAndConfigSaysWhichFileWasSetAside() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.NAME), "api.url=http://127.0.0.1:7000\nchecks.network-timeout-seconds=9\n");
        HostEnvironment host = new HostEnvironment(OperatingSystem.LINUX, dir,
                Map.of("DOCTOR409_CONFIG_DIR", dir.toString(), "DOCTOR409_API_URL", "http://127.0.0.1:8000",
                        "DOCTOR409_NETWORK_TIMEOUT", "20"));

        Config config = Config.load(host, Optional.empty(), CLOCK);
        assertThat(config.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:8000"));
        assertThat(config.networkTimeout()).hasSeconds(20);
        assertThat(config.settings().get(SettingKey.API_URL)).as("the file's own value, for the screen")
                .contains("http://127.0.0.1:7000");
        assertThat(SettingKey.API_URL.environmentValue(host)).contains("http://127.0.0.1:8000");
        assertThat(SettingKey.THEME.environmentValue(host)).isEmpty();

        Files.writeString(dir.resolve(SettingsFile.NAME), "checks.network-timeout-seconds=0\n");
        Config broken = Config.load(host, Optional.empty(), CLOCK);
        assertThat(broken.setAside()).get().extracting(s -> s.movedTo().orElseThrow().getFileName().toString())
                .isEqualTo("settings.properties.corrupt-20250304-050607");
        assertThat(broken.warnings()).anySatisfy(w -> assertThat(w).contains("set aside"));
    }
}

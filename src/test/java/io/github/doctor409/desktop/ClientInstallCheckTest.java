package io.github.doctor409.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FakeCheckContext;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientInstallCheckTest {

    @TempDir
    Path dir;

    private final FakeProcessList processes = new FakeProcessList();

    private CheckResult run(FakeSpotifySystem system) {
        ClientInstallCheck check = new ClientInstallCheck(system.home.locator(), system.apps(),
                new SpotifyProcesses(processes, system.host().os()));
        return check.run(FakeCheckContext.withDeadline(Duration.ofSeconds(2)));
    }

    @ParameterizedTest
    @CsvSource({
            "WINDOWS, WINDOWS_INSTALLER, ''",
            "WINDOWS, MICROSOFT_STORE, ''",
            "MACOS, MACOS, ''",
            "MACOS, MACOS, in your Applications folder",
            "LINUX, LINUX_PACKAGE, /opt/spotify",
            "LINUX, LINUX_PACKAGE, /usr/share/spotify",
            "LINUX, LINUX_PACKAGE, /usr/libexec/spotify",
            "LINUX, LINUX_PACKAGE, spotify-launcher",
            "LINUX, SNAP, ''",
            "LINUX, FLATPAK, system-wide",
            "LINUX, FLATPAK, per user"})
    void everyFlavourIsFoundWithItsName(OperatingSystem os, SpotifyFlavour flavour, String where) {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, os);
        Path installed = system.install(flavour, where);

        CheckResult result = run(system);

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.summary()).contains(flavour.title()).contains("not running");
        assertThat(result.evidence()).containsEntry("flavours", List.of(flavour.id())).containsEntry("running", false);
        assertThat(result.evidence()).containsEntry("programs", List.of(installed.toString()));
    }

    @Test
    void everyPathLookedAtIsListed() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.LINUX);

        CheckResult result = run(system);

        assertThat(result.status()).isEqualTo(Status.SKIPPED);
        assertThat(String.join("\n", result.details()))
                .contains(system.root.resolve("opt/spotify/spotify").toString())
                .contains(system.root.resolve("snap/spotify/current/usr/share/spotify/spotify").toString())
                .contains(system.root.resolve("var/lib/flatpak/app/com.spotify.Client").toString())
                .contains(system.home.home().resolve(".local/share/flatpak/app/com.spotify.Client").toString())
                .contains(system.home.home().resolve(".local/share/spotify-launcher").toString())
                .contains(system.home.home().resolve(".config/spotify/prefs").toString())
                .contains(system.home.home().resolve(".var/app/com.spotify.Client/cache/spotify").toString());
    }

    @Test
    void saysWhetherTheAppRuns() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.WINDOWS);
        system.install(SpotifyFlavour.WINDOWS_INSTALLER, "");
        processes.running("C:\\Users\\me\\AppData\\Roaming\\Spotify\\Spotify.exe");

        CheckResult result = run(system);

        assertThat(result.summary()).contains("It is running now");
        assertThat(result.evidence()).containsEntry("running", true);
    }

    @Test
    void settingsWithoutTheProgramPassSayingTheProgramFolderWasNotFound() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.LINUX);
        system.home.typicalPrefs(SpotifyFlavour.FLATPAK, "1.2.98.1.gabcdef12", 1024);

        CheckResult result = run(system);

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.summary()).contains("program folder is not in the usual places").contains("Flatpak");
    }

    @Test
    void twoInstallsSideBySideAreBothNamed() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.LINUX);
        system.install(SpotifyFlavour.LINUX_PACKAGE, "/usr/share/spotify");
        system.install(SpotifyFlavour.FLATPAK, "system-wide");

        CheckResult result = run(system);

        assertThat(result.details()).anySatisfy(d -> assertThat(d).startsWith("Also installed: Flatpak"));
    }
}

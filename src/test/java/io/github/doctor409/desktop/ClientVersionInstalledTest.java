package io.github.doctor409.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FakeCheckContext;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code client.version} with the installed program's version: an update waiting for a restart. */
class ClientVersionInstalledTest {

    private static final VersionManifest MANIFEST = VersionManifest.parse("""
            {"date": "2026-11-24", "source": "test estimates",
             "os": {"linux":   {"minimum": "1.2.30", "latest": "1.2.98"},
                    "macos":   {"minimum": "1.2.30", "latest": "1.2.98"},
                    "windows": {"minimum": "1.2.30", "latest": "1.2.98"}}}
            """, "test");

    @TempDir
    Path dir;

    private CheckResult run(FakeSpotifySystem system) {
        return new ClientVersionCheck(system.home.locator(), ManifestSource.fixed(MANIFEST), Optional.of(system.apps()),
                new InstalledVersion(system.root, VersionCommand.none()))
                .run(FakeCheckContext.withDeadline(Duration.ofSeconds(2)));
    }

    @Test
    void anInstalledVersionNewerThanTheOneThatLastRanIsAnUpdateWaitingForARestart() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.WINDOWS);
        system.home.typicalPrefs(SpotifyFlavour.WINDOWS_INSTALLER, "1.2.77.358.g4339a634", 1024);
        system.install(SpotifyFlavour.WINDOWS_INSTALLER, "");

        CheckResult result = run(system);

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).contains("1.2.77.358.g4339a634").contains("1.2.98.474 is already installed")
                .contains("restart");
        assertThat(result.evidence()).containsEntry("installedVersion", "1.2.98.474").containsEntry("updateWaiting", true)
                .containsEntry("version", "1.2.77.358.g4339a634");
    }

    @Test
    void theSameVersionInstalledAndLastRunIsNoUpdateWaiting() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.MACOS);
        system.home.typicalPrefs(SpotifyFlavour.MACOS, "1.2.98.474.gabcdef12", 1024);
        system.install(SpotifyFlavour.MACOS, "");

        CheckResult result = run(system);

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.evidence()).containsEntry("updateWaiting", false).containsEntry("installedVersion", "1.2.98.474");
    }

    @Test
    void anAppThatNeverRanIsJudgedByItsInstalledVersion() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.WINDOWS);
        system.install(SpotifyFlavour.WINDOWS_INSTALLER, "");
        system.home.cacheFile(SpotifyFlavour.WINDOWS_INSTALLER, "Data/x", 1, FakeSpotifyHome.YESTERDAY);

        CheckResult result = run(system);

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.details()).anySatisfy(d -> assertThat(d).contains("Installed version 1.2.98.474").contains("not recorded"));
    }
}

package io.github.doctor409.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FakeCheckContext;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientIntegrityCheckTest {

    @TempDir
    Path dir;

    private static CheckResult run(FakeSpotifySystem system) {
        return new ClientIntegrityCheck(system.apps(), system.home.locator(), system.host())
                .run(FakeCheckContext.withDeadline(Duration.ofSeconds(2)));
    }

    @Test
    void aStockAppPasses() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.LINUX);
        system.install(SpotifyFlavour.FLATPAK, "system-wide");

        CheckResult result = run(system);

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.evidence()).containsEntry("modified", false);
    }

    @Test
    void anExtractedXpuiFolderIsSpicetifyAndFailsWithThePremiumOnlyExplanationAndHowToRestore() throws Exception {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.LINUX);
        Path app = system.install(SpotifyFlavour.LINUX_PACKAGE, "/opt/spotify");
        Files.createDirectories(app.resolve("Apps/xpui"));
        Files.writeString(app.resolve("Apps/xpui/index.html"), "<html>");

        CheckResult result = run(system);

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).contains("modified").contains("spicetify").contains("restricted to Premium users");
        assertThat(result.details()).anySatisfy(d -> assertThat(d).contains("spicetify restore"));
        assertThat(result.evidence()).containsEntry("modified", true).containsEntry("tools", List.of("spicetify"));
    }

    @Test
    void blockTheSpotsDllOnWindowsFails() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.WINDOWS);
        Path app = system.install(SpotifyFlavour.WINDOWS_INSTALLER, "");
        FakeSpotifySystem.write(app.resolve("dpapi.dll"), new byte[] {'M', 'Z'});

        CheckResult result = run(system);

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).contains("BlockTheSpot");
        assertThat(result.details()).anySatisfy(d -> assertThat(d).contains("spotify.com/download"));
    }

    @Test
    void spotxBackupsAreModifications() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.WINDOWS);
        Path app = system.install(SpotifyFlavour.WINDOWS_INSTALLER, "");
        FakeSpotifySystem.write(app.resolve("Apps/xpui.spa.bak"), new byte[] {1});

        assertThat(run(system).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void spicetifySettingsAloneOnlyWarn() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.LINUX);
        system.install(SpotifyFlavour.LINUX_PACKAGE, "/usr/share/spotify");
        FakeSpotifySystem.write(system.home.home().resolve(".config/spicetify/config-xpui.ini"), "[Setting]".getBytes());

        CheckResult result = run(system);

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).contains("spicetify").contains("installed");
    }

    @Test
    void aModifiedMacBundleIsFound() throws Exception {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.MACOS);
        Path app = system.install(SpotifyFlavour.MACOS, "");
        Files.createDirectories(app.resolve("Contents/Resources/Apps/xpui"));

        assertThat(run(system).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void settingsWithoutAProgramFolderAreUnknownAndNoAppAtAllIsSkipped() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.LINUX);
        assertThat(run(system).status()).isEqualTo(Status.SKIPPED);

        system.home.typicalPrefs(SpotifyFlavour.SNAP, "1.2.98.1.gabcdef12", 1024);
        assertThat(run(system).status()).isEqualTo(Status.UNKNOWN);
    }
}

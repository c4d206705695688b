package io.github.doctor409.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FakeCheckContext;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientVersionCheckTest {

    /** A manifest of our own, so these tests do not move when the bundled one is refreshed. */
    private static final VersionManifest MANIFEST = VersionManifest.parse("""
            {"date": "2026-11-24", "source": "test estimates",
             "os": {"linux":   {"minimum": "1.2.30", "latest": "1.2.98"},
                    "macos":   {"minimum": "1.2.31", "latest": "1.2.98"},
                    "windows": {"minimum": "1.2.32", "latest": "1.2.98"}}}
            """, "test");

    @TempDir
    Path home;

    @Test
    void describesItself() {
        ClientVersionCheck check = new ClientVersionCheck(new FakeSpotifyHome(home, OperatingSystem.LINUX).locator(), MANIFEST);

        assertThat(check.id()).isEqualTo("client.version");
        assertThat(check.title()).isEqualTo("Spotify app version");
        assertThat(check.group()).isEqualTo(CheckGroup.SPOTIFY_APP);
        assertThat(check.kind()).isEqualTo(CheckKind.LOCAL);
    }

    @Test
    void aVersionOfTheLatestFamilyPasses() {
        CheckResult result = run(new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .typicalPrefs(SpotifyFlavour.FLATPAK, "1.2.98.474.gabcdef12", 1024));

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.summary()).contains("up to date").contains("1.2.98.474.gabcdef12");
        assertThat(result.evidence()).containsEntry("version", "1.2.98.474.gabcdef12")
                .containsEntry("flavour", SpotifyFlavour.FLATPAK.id())
                .containsEntry("latest", "1.2.98").containsEntry("minimum", "1.2.30")
                .containsEntry("manifestDate", "2026-11-24");
        assertThat(result.details()).anySatisfy(d -> assertThat(d).contains("Known versions as of 2026-11-24"));
        assertThat(result.fixes()).isEmpty();
        assertThat(result.toString()).doesNotContain("SECRET");
    }

    @Test
    void aNewerVersionThanTheManifestKnowsAlsoPasses() {
        CheckResult result = run(new FakeSpotifyHome(home, OperatingSystem.MACOS)
                .typicalPrefs(SpotifyFlavour.MACOS, "1.3.1.1.gabcdef12", 1024));

        assertThat(result.status()).isEqualTo(Status.PASS);
    }

    @Test
    void anOlderButSupportedVersionWarnsThatAnUpdateIsAvailable() {
        CheckResult result = run(new FakeSpotifyHome(home, OperatingSystem.WINDOWS)
                .typicalPrefs(SpotifyFlavour.MICROSOFT_STORE, "1.2.77.358.g4339a634", 1024));

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).contains("update").contains("1.2.77.358.g4339a634").contains("1.2.98");
        assertThat(result.fixes()).containsExactly("fix.update-help");
    }

    @Test
    void aVersionBelowTheMinimumFailsWithThePremiumOnlyExplanation() {
        CheckResult result = run(new FakeSpotifyHome(home, OperatingSystem.WINDOWS)
                .typicalPrefs(SpotifyFlavour.WINDOWS_INSTALLER, "1.1.10.546.ge08ef575", 1024));

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).contains("too old").contains("restricted to Premium users");
        assertThat(result.evidence()).containsEntry("minimum", "1.2.32");
        assertThat(result.fixes()).containsExactly("fix.update-help");
    }

    @Test
    void aWindowsFileVersionWithoutHashIsUnderstood() {
        CheckResult result = run(new FakeSpotifyHome(home, OperatingSystem.WINDOWS)
                .typicalPrefs(SpotifyFlavour.WINDOWS_INSTALLER, "1.2.31.1205", 1024));

        assertThat(result.status()).as("1.2.31 is below Windows' minimum 1.2.32").isEqualTo(Status.FAIL);
        assertThat(result.evidence()).containsEntry("version", "1.2.31.1205");
    }

    @Test
    void aDownloadedUpdateWaitingToBeInstalledIsMentioned() {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.WINDOWS)
                .typicalPrefs(SpotifyFlavour.WINDOWS_INSTALLER, "1.2.97.1.gabcdef12", 1024);
        Path update = spotify.paths(SpotifyFlavour.WINDOWS_INSTALLER).updateDir().orElseThrow();
        FakeSpotifyHome.write(update.resolve("spotify_update.exe"), new byte[10], FakeSpotifyHome.YESTERDAY);

        CheckResult result = run(spotify);

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.evidence()).containsEntry("pendingUpdate", true);
        assertThat(result.details()).anySatisfy(d -> assertThat(d).contains("installed when Spotify restarts"));
    }

    @Test
    void anAppThatNeverRanIsUnknown() throws Exception {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX);
        Files.createDirectories(spotify.paths(SpotifyFlavour.SNAP).cacheRoot());

        CheckResult result = run(spotify);

        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.summary()).contains("has not run");
        assertThat(result.evidence()).containsEntry("prefsState", "missing");
    }

    @Test
    void aPrefsFileOfRandomBytesIsUnknownWithTheReason() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        CheckResult result = run(new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .prefsBytes(SpotifyFlavour.LINUX_PACKAGE, noise));

        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.evidence()).containsEntry("prefsState", "unreadable");
        assertThat(result.details()).anySatisfy(d -> assertThat(d).contains("not text"));
    }

    @Test
    void aPrefsFileOfSeveralMegabytesIsReadFromItsStart() {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes("app.last-launched-version=\"1.2.98.1.gabcdef12\"\n".getBytes(StandardCharsets.UTF_8));
        while (content.size() < 5 * 1024 * 1024) {
            content.writeBytes("ui.some.setting=\"padding padding padding padding\"\n".getBytes(StandardCharsets.UTF_8));
        }

        CheckResult result = run(new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .prefsBytes(SpotifyFlavour.LINUX_PACKAGE, content.toByteArray()));

        assertThat(result.status()).isEqualTo(Status.PASS);
    }

    @Test
    void aGarbledVersionIsUnknownAndShownOnlyInPart() {
        String garbage = "\u0007not-a-version-" + "x".repeat(500);

        CheckResult result = run(new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .prefs(SpotifyFlavour.LINUX_PACKAGE, "app.last-launched-version=\"" + garbage + "\"\n"));

        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.summary()).contains("does not recognise");
        assertThat(result.details()).anySatisfy(d -> assertThat(d).contains("?not-a-version-").contains("…")
                .doesNotContain("\u0007").hasSizeLessThan(120));
    }

    @Test
    void prefsWithoutAVersionAreUnknown() {
        CheckResult result = run(new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .prefs(SpotifyFlavour.LINUX_PACKAGE, "storage.size=1024\n"));

        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.details()).anySatisfy(d -> assertThat(d).contains("no app.last-launched-version"));
    }

    @Test
    void noSpotifyAppIsSkippedListingThePathsLookedAt() {
        CheckResult result = run(new FakeSpotifyHome(home, OperatingSystem.MACOS));

        assertThat(result.status()).isEqualTo(Status.SKIPPED);
        assertThat(result.evidence().get("lookedAt")).asList()
                .contains(home.resolve("Library/Application Support/Spotify/prefs").toString());
    }

    @Test
    void worksWithTheBundledManifest() {
        CheckResult result = new ClientVersionCheck(new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .typicalPrefs(SpotifyFlavour.LINUX_PACKAGE, "1.1.0.1.gabcdef12", 1024).locator(), VersionManifest.bundled())
                .run(FakeCheckContext.withDeadline(Duration.ofSeconds(2)));

        assertThat(result.status()).isEqualTo(Status.FAIL);
    }

    private static CheckResult run(FakeSpotifyHome spotify) {
        return new ClientVersionCheck(spotify.locator(), MANIFEST).run(FakeCheckContext.withDeadline(Duration.ofSeconds(2)));
    }
}

package io.github.doctor409.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paths table of SPOTIFY-FACTS §3, written out here so a slip in the locator shows. */
class SpotifyInstallLocatorTest {

    @TempDir
    Path home;

    @Test
    void windowsInstallerIsFoundInAppDataAndLocalAppData() throws Exception {
        Path roaming = home.resolve("AppData/Roaming");
        Path local = home.resolve("AppData/Local");
        touch(roaming.resolve("Spotify/prefs"));
        touch(roaming.resolve("Spotify/Spotify.exe"));
        Files.createDirectories(local.resolve("Spotify/Data"));

        SpotifyInstallSearch search = new SpotifyInstallLocator(new HostEnvironment(OperatingSystem.WINDOWS, home,
                Map.of("APPDATA", roaming.toString(), "LOCALAPPDATA", local.toString()))).locate();

        assertThat(search.installs()).singleElement().satisfies(install -> {
            assertThat(install.flavour()).isEqualTo(SpotifyFlavour.WINDOWS_INSTALLER);
            assertThat(install.prefsFile()).isEqualTo(roaming.resolve("Spotify").resolve("prefs"));
            assertThat(install.cacheRoot()).isEqualTo(local.resolve("Spotify"));
            assertThat(install.offlineStorage()).isEqualTo(local.resolve("Spotify").resolve("Storage"));
            assertThat(install.updateDir()).contains(local.resolve("Spotify").resolve("Update"));
            assertThat(install.installDir()).contains(roaming.resolve("Spotify"));
        });
    }

    @Test
    void windowsFallsBackToTheUsualFoldersUnderHomeWhenVariablesAreUnset() throws Exception {
        touch(home.resolve("AppData/Roaming/Spotify/prefs"));

        SpotifyInstallSearch search = new SpotifyInstallLocator(
                new HostEnvironment(OperatingSystem.WINDOWS, home, Map.of())).locate();

        assertThat(search.installs()).singleElement().satisfies(install -> {
            assertThat(install.cacheRoot()).isEqualTo(home.resolve("AppData/Local/Spotify"));
            assertThat(install.installDir()).as("no Spotify.exe, so no install dir").isEmpty();
        });
    }

    @Test
    void microsoftStoreAppIsFoundUnderItsPackageFolder() throws Exception {
        Path family = home.resolve("AppData/Local/Packages/SpotifyAB.SpotifyMusic_zpdnekdrzrea0");
        touch(family.resolve("LocalState/Spotify/prefs"));
        Files.createDirectories(family.resolve("LocalCache/Spotify/Data"));

        SpotifyInstallSearch search = new FakeSpotifyHome(home, OperatingSystem.WINDOWS).locator().locate();

        assertThat(search.installs()).singleElement().satisfies(install -> {
            assertThat(install.flavour()).isEqualTo(SpotifyFlavour.MICROSOFT_STORE);
            assertThat(install.prefsFile()).isEqualTo(family.resolve("LocalState/Spotify/prefs"));
            assertThat(install.cacheRoot()).isEqualTo(family.resolve("LocalCache/Spotify"));
            assertThat(install.offlineStorage()).isEqualTo(family.resolve("LocalState/Spotify/Storage"));
        });
    }

    @Test
    void macosAppIsFoundInApplicationSupportAndCaches() throws Exception {
        touch(home.resolve("Library/Application Support/Spotify/prefs"));
        Files.createDirectories(home.resolve("Library/Caches/com.spotify.client/Data"));

        SpotifyInstallSearch search = new FakeSpotifyHome(home, OperatingSystem.MACOS).locator().locate();

        assertThat(search.installs()).singleElement().satisfies(install -> {
            assertThat(install.flavour()).isEqualTo(SpotifyFlavour.MACOS);
            assertThat(install.cacheRoot()).isEqualTo(home.resolve("Library/Caches/com.spotify.client"));
            assertThat(install.offlineStorage())
                    .isEqualTo(home.resolve("Library/Application Support/Spotify/PersistentCache/Storage"));
            assertThat(install.updateDir())
                    .contains(home.resolve("Library/Application Support/Spotify/PersistentCache/Update"));
        });
    }

    @Test
    void linuxPackageUsesDotConfigAndDotCacheByDefault() throws Exception {
        touch(home.resolve(".config/spotify/prefs"));

        SpotifyInstallSearch search = new FakeSpotifyHome(home, OperatingSystem.LINUX).locator().locate();

        assertThat(search.installs()).singleElement().satisfies(install -> {
            assertThat(install.flavour()).isEqualTo(SpotifyFlavour.LINUX_PACKAGE);
            assertThat(install.cacheRoot()).isEqualTo(home.resolve(".cache/spotify"));
            assertThat(install.offlineStorage()).isEqualTo(home.resolve(".cache/spotify/Storage"));
        });
    }

    @Test
    void linuxPackageHonoursXdgConfigAndCacheHome() throws Exception {
        Path config = home.resolve("elsewhere/config");
        Path cache = home.resolve("elsewhere/cache");
        Files.createDirectories(cache.resolve("spotify/Data"));

        SpotifyInstallSearch search = new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .variable("XDG_CONFIG_HOME", config.toString())
                .variable("XDG_CACHE_HOME", cache.toString())
                .locator().locate();

        assertThat(search.installs()).singleElement().satisfies(install -> {
            assertThat(install.prefsFile()).isEqualTo(config.resolve("spotify/prefs"));
            assertThat(install.cacheRoot()).isEqualTo(cache.resolve("spotify"));
        });
    }

    @Test
    void relativeXdgDirectoryIsIgnoredAsTheSpecificationSays() throws Exception {
        touch(home.resolve(".config/spotify/prefs"));

        SpotifyInstallSearch search = new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .variable("XDG_CONFIG_HOME", "relative/config").locator().locate();

        assertThat(search.installs()).singleElement()
                .extracting(SpotifyInstall::prefsFile).isEqualTo(home.resolve(".config/spotify/prefs"));
    }

    @Test
    void spotifyLauncherInstallDirIsReportedWhenPresent() throws Exception {
        touch(home.resolve(".config/spotify/prefs"));
        Files.createDirectories(home.resolve(".local/share/spotify-launcher/install/usr/share/spotify"));

        SpotifyInstallSearch search = new FakeSpotifyHome(home, OperatingSystem.LINUX).locator().locate();

        assertThat(search.installs()).singleElement().extracting(SpotifyInstall::installDir)
                .isEqualTo(Optional.of(home.resolve(".local/share/spotify-launcher/install/usr/share/spotify")));
    }

    @Test
    void snapIsFoundUnderSnapCurrentAndCommon() throws Exception {
        touch(home.resolve("snap/spotify/current/.config/spotify/prefs"));
        Files.createDirectories(home.resolve("snap/spotify/common/.cache/spotify/Data"));

        SpotifyInstallSearch search = new FakeSpotifyHome(home, OperatingSystem.LINUX).locator().locate();

        assertThat(search.installs()).singleElement().satisfies(install -> {
            assertThat(install.flavour()).isEqualTo(SpotifyFlavour.SNAP);
            assertThat(install.cacheRoot()).isEqualTo(home.resolve("snap/spotify/common/.cache/spotify"));
        });
    }

    @Test
    void flatpakIsFoundUnderItsAppFolder() throws Exception {
        touch(home.resolve(".var/app/com.spotify.Client/config/spotify/prefs"));

        SpotifyInstallSearch search = new FakeSpotifyHome(home, OperatingSystem.LINUX).locator().locate();

        assertThat(search.installs()).singleElement().satisfies(install -> {
            assertThat(install.flavour()).isEqualTo(SpotifyFlavour.FLATPAK);
            assertThat(install.cacheRoot()).isEqualTo(home.resolve(".var/app/com.spotify.Client/cache/spotify"));
            assertThat(install.offlineStorage())
                    .isEqualTo(home.resolve(".var/app/com.spotify.Client/cache/spotify/Storage"));
        });
    }

    @Test
    void aCacheRootWithoutPrefsCountsAsAnInstall() throws Exception {
        Files.createDirectories(home.resolve(".cache/spotify"));

        assertThat(new FakeSpotifyHome(home, OperatingSystem.LINUX).locator().locate().installs())
                .extracting(SpotifyInstall::flavour).containsExactly(SpotifyFlavour.LINUX_PACKAGE);
    }

    @Test
    void emptyHomeFindsNothingAndListsEveryPathLookedAt() {
        SpotifyInstallSearch linux = new FakeSpotifyHome(home, OperatingSystem.LINUX).locator().locate();
        SpotifyInstallSearch windows = new FakeSpotifyHome(home, OperatingSystem.WINDOWS).locator().locate();
        SpotifyInstallSearch mac = new FakeSpotifyHome(home, OperatingSystem.MACOS).locator().locate();

        assertThat(linux.nothingFound()).isTrue();
        assertThat(linux.lookedAt()).containsExactly(
                home.resolve(".config/spotify/prefs"), home.resolve(".cache/spotify"),
                home.resolve("snap/spotify/current/.config/spotify/prefs"), home.resolve("snap/spotify/common/.cache/spotify"),
                home.resolve(".var/app/com.spotify.Client/config/spotify/prefs"),
                home.resolve(".var/app/com.spotify.Client/cache/spotify"));
        assertThat(windows.nothingFound()).isTrue();
        assertThat(windows.lookedAt()).hasSize(4)
                .contains(home.resolve("AppData/Local/Packages/SpotifyAB.SpotifyMusic_zpdnekdrzrea0/LocalState/Spotify/prefs"));
        assertThat(mac.lookedAt()).containsExactly(
                home.resolve("Library/Application Support/Spotify/prefs"), home.resolve("Library/Caches/com.spotify.client"));
    }

    @Test
    void onlyTheFlavoursOfTheHostsOperatingSystemAreConsidered() throws Exception {
        touch(home.resolve(".config/spotify/prefs"));

        assertThat(new FakeSpotifyHome(home, OperatingSystem.MACOS).locator().locate().nothingFound()).isTrue();
    }

    @Test
    void theInstallUsedLastIsPreferredWhenSeveralArePresent() throws Exception {
        Path debPrefs = home.resolve(".config/spotify/prefs");
        Path snapPrefs = home.resolve("snap/spotify/current/.config/spotify/prefs");
        touch(debPrefs);
        touch(snapPrefs);
        Files.setLastModifiedTime(debPrefs, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        Files.setLastModifiedTime(snapPrefs, FileTime.from(Instant.parse("2026-11-01T00:00:00Z")));

        SpotifyInstallSearch search = new FakeSpotifyHome(home, OperatingSystem.LINUX).locator().locate();

        assertThat(search.installs()).hasSize(2);
        assertThat(search.mostRecentlyUsed()).map(SpotifyInstall::flavour).contains(SpotifyFlavour.SNAP);
    }

    private static void touch(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "app.last-launched-version=\"1.2.98.1.gabcdef12\"\n");
    }
}

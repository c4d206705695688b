package io.github.doctor409.desktop;

import io.github.doctor409.core.HostEnvironment;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the Spotify desktop app's folders for this OS, per install flavour, following the table of
 * SPOTIFY-FACTS §3. Every path is resolved from the {@link HostEnvironment} (home, {@code APPDATA},
 * {@code LOCALAPPDATA}, {@code XDG_CONFIG_HOME}, {@code XDG_CACHE_HOME}, {@code XDG_DATA_HOME}), so a test
 * hands in a temporary home and may claim to be Windows or macOS while running on Linux.
 *
 * <p>An install counts as found when its prefs file or its cache root exists. Installs outside the home
 * ({@code /Applications/Spotify.app}, {@code /opt/spotify}) are not this class's business: the cache and
 * the prefs always live under the home.
 */
public final class SpotifyInstallLocator {

    /** The Microsoft Store package family name of Spotify. */
    static final String STORE_FAMILY = "SpotifyAB.SpotifyMusic_zpdnekdrzrea0";

    private final HostEnvironment host;

    public SpotifyInstallLocator(HostEnvironment host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    public HostEnvironment host() {
        return host;
    }

    /** Looks at every candidate for this OS; never throws for unreadable folders (they count as absent). */
    public SpotifyInstallSearch locate() {
        List<SpotifyInstall> found = new ArrayList<>();
        List<Path> lookedAt = new ArrayList<>();
        for (SpotifyInstall candidate : candidates()) {
            lookedAt.add(candidate.prefsFile());
            lookedAt.add(candidate.cacheRoot());
            if (exists(candidate.prefsFile()) || exists(candidate.cacheRoot())) {
                found.add(withInstallDirIfPresent(candidate));
            }
        }
        return new SpotifyInstallSearch(found, lookedAt);
    }

    /** Where each flavour of this OS would keep its files, whether or not they exist. */
    public List<SpotifyInstall> candidates() {
        Path home = host.home();
        return switch (host.os()) {
            case WINDOWS -> {
                Path roaming = host.directory("APPDATA", "AppData/Roaming");
                Path local = host.directory("LOCALAPPDATA", "AppData/Local");
                Path installerCache = local.resolve("Spotify");
                Path family = local.resolve("Packages").resolve(STORE_FAMILY);
                Path storeState = family.resolve("LocalState").resolve("Spotify");
                yield List.of(
                        new SpotifyInstall(SpotifyFlavour.WINDOWS_INSTALLER,
                                roaming.resolve("Spotify").resolve("prefs"),
                                installerCache,
                                installerCache.resolve("Storage"),
                                Optional.of(installerCache.resolve("Update")),
                                Optional.of(roaming.resolve("Spotify"))),
                        new SpotifyInstall(SpotifyFlavour.MICROSOFT_STORE,
                                storeState.resolve("prefs"),
                                family.resolve("LocalCache").resolve("Spotify"),
                                storeState.resolve("Storage"),
                                Optional.empty(),
                                Optional.empty()));
            }
            case MACOS -> {
                Path support = home.resolve("Library").resolve("Application Support").resolve("Spotify");
                Path persistent = support.resolve("PersistentCache");
                yield List.of(new SpotifyInstall(SpotifyFlavour.MACOS,
                        support.resolve("prefs"),
                        home.resolve("Library").resolve("Caches").resolve("com.spotify.client"),
                        persistent.resolve("Storage"),
                        Optional.of(persistent.resolve("Update")),
                        Optional.of(home.resolve("Applications").resolve("Spotify.app"))));
            }
            case LINUX -> {
                Path cache = host.directory("XDG_CACHE_HOME", ".cache").resolve("spotify");
                Path snapCache = home.resolve("snap/spotify/common/.cache/spotify");
                Path flatpak = home.resolve(".var/app/com.spotify.Client");
                Path flatpakCache = flatpak.resolve("cache").resolve("spotify");
                yield List.of(
                        new SpotifyInstall(SpotifyFlavour.LINUX_PACKAGE,
                                host.directory("XDG_CONFIG_HOME", ".config").resolve("spotify").resolve("prefs"),
                                cache,
                                cache.resolve("Storage"),
                                Optional.empty(),
                                // spotify-launcher installs the app under the user's data dir (spicetify's list)
                                Optional.of(host.directory("XDG_DATA_HOME", ".local/share")
                                        .resolve("spotify-launcher/install/usr/share/spotify"))),
                        new SpotifyInstall(SpotifyFlavour.SNAP,
                                home.resolve("snap/spotify/current/.config/spotify/prefs"),
                                snapCache,
                                snapCache.resolve("Storage"),
                                Optional.empty(),
                                Optional.empty()),
                        new SpotifyInstall(SpotifyFlavour.FLATPAK,
                                flatpak.resolve("config").resolve("spotify").resolve("prefs"),
                                flatpakCache,
                                flatpakCache.resolve("Storage"),
                                Optional.empty(),
                                Optional.empty()));
            }
        };
    }

    /**
     * Keeps the candidate install dir only when it is really there. The Windows installer's folder also
     * holds the prefs, so there the app itself ({@code Spotify.exe}) must be present.
     */
    private static SpotifyInstall withInstallDirIfPresent(SpotifyInstall candidate) {
        Optional<Path> installDir = candidate.installDir()
                .filter(dir -> candidate.flavour() == SpotifyFlavour.WINDOWS_INSTALLER
                        ? exists(dir.resolve("Spotify.exe"))
                        : exists(dir));
        return new SpotifyInstall(candidate.flavour(), candidate.prefsFile(), candidate.cacheRoot(),
                candidate.offlineStorage(), candidate.updateDir(), installDir);
    }

    static boolean exists(Path path) {
        try {
            return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
        } catch (SecurityException e) {
            return false;
        }
    }
}

package io.github.doctor409.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds a temporary home laid out like a real Linux (deb) Spotify install, per SPOTIFY-FACTS §3. */
public final class SpotifyHome {

    private final Path home;

    public SpotifyHome(Path home) {
        this.home = home;
    }

    public Path home() {
        return home;
    }

    public Path prefsFile() {
        return home.resolve(".config/spotify/prefs");
    }

    public Path cacheRoot() {
        return home.resolve(".cache/spotify");
    }

    /** Where spotify-launcher installs the app: in the home, so a test can build it. */
    public Path launcherProgram() {
        return home.resolve(".local/share/spotify-launcher/install/usr/share/spotify");
    }

    /** Where a per-user Flatpak keeps the app. */
    public Path flatpakProgram() {
        return home.resolve(".local/share/flatpak/app/com.spotify.Client/current/active/files/extra/share/spotify");
    }

    public Path flatpakCacheRoot() {
        return home.resolve(".var/app/com.spotify.Client/cache/spotify");
    }

    /**
     * A per-user Flatpak install that ran {@code version}: program, prefs, cache with {@code Data},
     * {@code Browser}, offline downloads in {@code Storage}, {@code offline.bnk} and {@code Users}.
     */
    public SpotifyHome flatpakInstall(String version) {
        try {
            Path prefs = home.resolve(".var/app/com.spotify.Client/config/spotify/prefs");
            Files.createDirectories(prefs.getParent());
            Files.writeString(prefs, "app.last-launched-version=\"" + version + "\"\nstorage.size=2048\n");
            Path cache = flatpakCacheRoot();
            Files.createDirectories(cache.resolve("Data/1f"));
            Files.write(cache.resolve("Data/1f/1f2e3d.file"), new byte[48 * 1024]);
            Files.writeString(cache.resolve("Data/with space ü.file"), "cached");
            Files.createDirectories(cache.resolve("Browser/Cache"));
            Files.write(cache.resolve("Browser/Cache/data_1"), new byte[4 * 1024]);
            Files.createDirectories(cache.resolve("Storage"));
            Files.write(cache.resolve("Storage/offline-track.file"), new byte[16 * 1024]);
            Files.write(cache.resolve("offline.bnk"), new byte[] {9, 9, 9});
            Files.createDirectories(cache.resolve("Users/someone-user"));
            Files.writeString(cache.resolve("Users/someone-user/state"), "per account");
            stockProgram(flatpakProgram());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stock program folder: the executable (not runnable here, dated 2026-01-01) and {@code Apps/*.spa} only. */
    private static void stockProgram(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("Apps"));
        Files.writeString(dir.resolve("spotify"), "not a real program");
        // installed long before the cache was written, as a package's files are
        Files.setLastModifiedTime(dir.resolve("spotify"), java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2026-01-01T00:00:00Z")));
        Files.write(dir.resolve("Apps/xpui.spa"), new byte[] {'P', 'K', 3, 4});
        Files.write(dir.resolve("Apps/login.spa"), new byte[] {'P', 'K', 3, 4});
    }

    /** What spicetify does: extracts {@code xpui.spa} into a folder. */
    public static void modify(Path program) {
        try {
            Files.createDirectories(program.resolve("Apps/xpui"));
            Files.writeString(program.resolve("Apps/xpui/index.html"), "<html>patched</html>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A prefs file as the app writes it after running {@code version}. */
    public SpotifyHome linuxInstall(String version) {
        try {
            Files.createDirectories(prefsFile().getParent());
            Files.writeString(prefsFile(), String.join("\n",
                    "app.last-launched-version=\"" + version + "\"",
                    "storage.size=1024",
                    "core.clock_delta=0",
                    "ui.track_notifications_enabled=false",
                    ""));
            Path data = Files.createDirectories(cacheRoot().resolve("Data/0a"));
            Files.write(data.resolve("0a1b2c3d4e5f.file"), new byte[64 * 1024]);
            Files.createDirectories(cacheRoot().resolve("Browser/Cache"));
            Files.write(cacheRoot().resolve("Browser/Cache/data_0"), new byte[8 * 1024]);
            Files.createDirectories(cacheRoot().resolve("Storage"));
            Files.write(cacheRoot().resolve("Storage/offline-track.file"), new byte[32 * 1024]);
            stockProgram(launcherProgram());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

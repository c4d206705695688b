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
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.doctor409.desktop;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one flavour of the Spotify app keeps its files.
 *
 * @param prefsFile      the {@code prefs} file; it exists only after the app has run once
 * @param cacheRoot      folder holding the streaming cache ({@code Data}, {@code Browser}, …)
 * @param offlineStorage offline downloads ({@code Storage}); never cache, never to be cleared
 * @param updateDir      where a downloaded but not yet installed update waits, when this flavour has one
 * @param installDir     the app's own folder when it lives under the user's home
 */
public record SpotifyInstall(
        SpotifyFlavour flavour,
        Path prefsFile,
        Path cacheRoot,
        Path offlineStorage,
        Optional<Path> updateDir,
        Optional<Path> installDir) {

    public SpotifyInstall {
        Objects.requireNonNull(flavour, "flavour");
        Objects.requireNonNull(prefsFile, "prefsFile");
        Objects.requireNonNull(cacheRoot, "cacheRoot");
        Objects.requireNonNull(offlineStorage, "offlineStorage");
        Objects.requireNonNull(updateDir, "updateDir");
        Objects.requireNonNull(installDir, "installDir");
    }
}

package io.github.doctor409.network;

import java.util.Optional;

/**
 * Reads one setting of the Spotify desktop app's {@code prefs} file (e.g. {@code core.clock_delta},
 * {@code network.proxy.mode}). The composition root supplies it from the desktop package, so the
 * network checks stay free of where that file lives.
 */
@FunctionalInterface
public interface SpotifyAppSettings {

    /** No app found, or nothing set. */
    SpotifyAppSettings NONE = key -> Optional.empty();

    /** The raw value, quotes removed; empty when the app or the key is absent. */
    Optional<String> value(String key);
}

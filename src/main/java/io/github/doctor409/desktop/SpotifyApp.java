package io.github.doctor409.desktop;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The Spotify app's own program folder as installed by one flavour.
 *
 * @param flavour    how it was installed
 * @param dir        the folder holding the executable and {@code Apps/} (on macOS the {@code Spotify.app} bundle)
 * @param executable the program file inside it
 * @param variant    finer words when a flavour has several places, e.g. "system-wide" or "per user" Flatpak
 */
public record SpotifyApp(SpotifyFlavour flavour, Path dir, Path executable, String variant) {

    public SpotifyApp {
        Objects.requireNonNull(flavour, "flavour");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(executable, "executable");
        Objects.requireNonNull(variant, "variant");
    }

    /** The folder of the app's bundled web apps ({@code xpui.spa} …); on macOS inside the bundle's Resources. */
    public Path appsDir() {
        return flavour == SpotifyFlavour.MACOS ? dir.resolve("Contents/Resources/Apps") : dir.resolve("Apps");
    }

    /** {@link #describe()} as a phrase of the window's {@code checks} bundle. */
    public io.github.doctor409.core.Phrase describePhrase() {
        return variant.isEmpty() ? flavour.phrase()
                : io.github.doctor409.core.Phrase.of("client.flavour.withVariant", flavour.phrase(), variant);
    }

    public String describe() {
        return flavour.title() + (variant.isEmpty() ? "" : " (" + variant + ")");
    }
}

package io.github.doctor409.desktop;

import io.github.doctor409.core.OperatingSystem;

/** The ways the Spotify desktop app is installed, each with its own folders (SPOTIFY-FACTS §3). */
public enum SpotifyFlavour {
    WINDOWS_INSTALLER("windows-installer", "Windows installer from spotify.com", OperatingSystem.WINDOWS),
    MICROSOFT_STORE("microsoft-store", "Microsoft Store app", OperatingSystem.WINDOWS),
    MACOS("macos", "macOS app", OperatingSystem.MACOS),
    LINUX_PACKAGE("linux-package", "Linux package (deb, rpm, AUR or spotify-launcher)", OperatingSystem.LINUX),
    SNAP("snap", "Snap package", OperatingSystem.LINUX),
    FLATPAK("flatpak", "Flatpak (com.spotify.Client)", OperatingSystem.LINUX);

    private final String id;
    private final String title;
    private final OperatingSystem os;

    SpotifyFlavour(String id, String title, OperatingSystem os) {
        this.id = id;
        this.title = title;
        this.os = os;
    }

    /** Stable word for reports, e.g. {@code microsoft-store}. */
    public String id() {
        return id;
    }

    /** Plain words for people. */
    public String title() {
        return title;
    }

    /** {@link #title()} as a phrase of the window's {@code checks} bundle. */
    public io.github.doctor409.core.Phrase phrase() {
        return switch (this) {
            case WINDOWS_INSTALLER -> io.github.doctor409.core.Phrase.of("client.flavour.windows-installer");
            case MICROSOFT_STORE -> io.github.doctor409.core.Phrase.of("client.flavour.microsoft-store");
            case MACOS -> io.github.doctor409.core.Phrase.of("client.flavour.macos");
            case LINUX_PACKAGE -> io.github.doctor409.core.Phrase.of("client.flavour.linux-package");
            case SNAP -> io.github.doctor409.core.Phrase.of("client.flavour.snap");
            case FLATPAK -> io.github.doctor409.core.Phrase.of("client.flavour.flatpak");
        };
    }

    public OperatingSystem os() {
        return os;
    }
}

package io.github.doctor409.desktop;

import io.github.doctor409.core.HostEnvironment;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the Spotify app's program folder for every install flavour of SPOTIFY-FACTS §3: the Windows
 * installer ({@code %APPDATA%\Spotify\Spotify.exe}), the Microsoft Store ({@code %ProgramFiles%\WindowsApps\SpotifyAB.SpotifyMusic_*}),
 * macOS ({@code /Applications/Spotify.app}, {@code ~/Applications/Spotify.app}), Linux packages
 * ({@code /opt/spotify}, {@code /usr/share/spotify}, {@code /usr/libexec/spotify}, {@code /usr/lib/spotify}),
 * Snap ({@code /snap/spotify/current}), Flatpak system-wide and per user, and spotify-launcher.
 *
 * <p>Paths outside the home are resolved from {@code systemRoot} (the file-system root in real use), Windows
 * program folders from {@code ProgramFiles}; so a test builds each flavour in a temporary folder.
 */
public final class SpotifyAppLocator {

    static final String FLATPAK_ID = "com.spotify.Client";

    private final HostEnvironment host;
    private final Path systemRoot;

    public SpotifyAppLocator(HostEnvironment host, Path systemRoot) {
        this.host = Objects.requireNonNull(host, "host");
        this.systemRoot = Objects.requireNonNull(systemRoot, "systemRoot");
    }

    /** The real file-system root of this machine. */
    public static Path defaultSystemRoot(HostEnvironment host) {
        return host.home().getRoot() != null ? host.home().getRoot() : Path.of("/");
    }

    /** What was found and every path looked at. */
    public record Search(List<SpotifyApp> found, List<Path> lookedAt) {
        public Search {
            found = List.copyOf(found);
            lookedAt = List.copyOf(lookedAt);
        }
    }

    public Search locate() {
        List<SpotifyApp> found = new ArrayList<>();
        List<Path> lookedAt = new ArrayList<>();
        for (SpotifyApp candidate : candidates()) {
            lookedAt.add(candidate.executable());
            if (Files.isRegularFile(candidate.executable()) || isMacBundle(candidate)) {
                found.add(candidate);
            }
        }
        return new Search(found, lookedAt);
    }

    private static boolean isMacBundle(SpotifyApp candidate) {
        return candidate.flavour() == SpotifyFlavour.MACOS && Files.isRegularFile(candidate.dir().resolve("Contents/Info.plist"));
    }

    List<SpotifyApp> candidates() {
        List<SpotifyApp> candidates = new ArrayList<>();
        Path home = host.home();
        switch (host.os()) {
            case WINDOWS -> {
                Path roaming = host.directory("APPDATA", "AppData/Roaming").resolve("Spotify");
                candidates.add(new SpotifyApp(SpotifyFlavour.WINDOWS_INSTALLER, roaming, roaming.resolve("Spotify.exe"), ""));
                Path programFiles = host.variable("ProgramFiles").map(Path::of).orElse(systemRoot.resolve("Program Files"));
                Path windowsApps = programFiles.resolve("WindowsApps");
                List<Path> storeDirs = children(windowsApps, "SpotifyAB.SpotifyMusic_");
                if (storeDirs.isEmpty()) {
                    Path placeholder = windowsApps.resolve("SpotifyAB.SpotifyMusic_*");
                    candidates.add(new SpotifyApp(SpotifyFlavour.MICROSOFT_STORE, placeholder, placeholder.resolve("Spotify.exe"), ""));
                }
                storeDirs.forEach(dir -> candidates.add(new SpotifyApp(SpotifyFlavour.MICROSOFT_STORE, dir, dir.resolve("Spotify.exe"), "")));
            }
            case MACOS -> {
                for (Path apps : List.of(systemRoot.resolve("Applications"), home.resolve("Applications"))) {
                    Path bundle = apps.resolve("Spotify.app");
                    candidates.add(new SpotifyApp(SpotifyFlavour.MACOS, bundle, bundle.resolve("Contents/MacOS/Spotify"),
                            apps.startsWith(home) ? "in your Applications folder" : ""));
                }
            }
            case LINUX -> {
                for (String dir : List.of("opt/spotify", "usr/share/spotify", "usr/libexec/spotify", "usr/lib/spotify")) {
                    Path path = systemRoot.resolve(dir);
                    candidates.add(new SpotifyApp(SpotifyFlavour.LINUX_PACKAGE, path, path.resolve("spotify"), "/" + dir));
                }
                Path snap = systemRoot.resolve("snap/spotify/current/usr/share/spotify");
                candidates.add(new SpotifyApp(SpotifyFlavour.SNAP, snap, snap.resolve("spotify"), ""));
                Path systemFlatpak = systemRoot.resolve("var/lib/flatpak/app").resolve(FLATPAK_ID);
                Path userFlatpak = host.directory("XDG_DATA_HOME", ".local/share").resolve("flatpak/app").resolve(FLATPAK_ID);
                for (Path flatpak : List.of(systemFlatpak, userFlatpak)) {
                    Path share = flatpak.resolve("current/active/files/extra/share/spotify");
                    candidates.add(new SpotifyApp(SpotifyFlavour.FLATPAK, share, share.resolve("spotify"),
                            flatpak == systemFlatpak ? "system-wide" : "per user"));
                }
                Path launcher = host.directory("XDG_DATA_HOME", ".local/share").resolve("spotify-launcher/install/usr/share/spotify");
                candidates.add(new SpotifyApp(SpotifyFlavour.LINUX_PACKAGE, launcher, launcher.resolve("spotify"), "spotify-launcher"));
            }
        }
        return candidates;
    }

    /** The Flatpak's {@code active} folder (holding {@code metadata} and {@code files/}) for an app found in it. */
    static Path flatpakActive(SpotifyApp app) {
        // <...>/current/active/files/extra/share/spotify
        return app.dir().getParent().getParent().getParent().getParent();
    }

    private static List<Path> children(Path dir, String prefix) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, prefix + "*")) {
            entries.forEach(found::add);
        } catch (IOException | SecurityException e) {
            // WindowsApps is often unreadable for users: the store app then counts as not found here
        }
        found.sort(null);
        return found;
    }
}

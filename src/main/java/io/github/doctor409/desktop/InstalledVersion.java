package io.github.doctor409.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the app actually installed (SPOTIFY-FACTS §4), which can be ahead of the version that
 * last ran: Windows {@code Spotify.exe}'s file version, macOS {@code Info.plist}'s
 * {@code CFBundleShortVersionString}, Flatpak's metainfo release, Snap's {@code snap.yaml}, the deb
 * package database, and as a last resort {@code spotify --version} with a short timeout.
 */
public final class InstalledVersion {

    /** What was found and where. */
    public record Found(SpotifyVersion version, String source) {}

    static final int MAX_FILE_BYTES = 8 * 1024 * 1024;
    private static final Pattern VERSION_TEXT = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,9}){1,3}(?:\\.g[0-9a-fA-F]{6,40})?)");

    private final Path systemRoot;
    private final VersionCommand command;

    public InstalledVersion(Path systemRoot, VersionCommand command) {
        this.systemRoot = Objects.requireNonNull(systemRoot, "systemRoot");
        this.command = Objects.requireNonNull(command, "command");
    }

    public Optional<Found> of(SpotifyApp app, Duration commandTimeout) {
        return switch (app.flavour()) {
            case WINDOWS_INSTALLER, MICROSOFT_STORE -> PeFileVersion.read(app.executable())
                    .map(v -> new Found(v, "file version of " + app.executable()));
            case MACOS -> plist(app.dir().resolve("Contents/Info.plist"));
            case FLATPAK -> flatpak(app);
            case SNAP -> after(systemRoot.resolve("snap/spotify/current/meta/snap.yaml"), "(?m)^version:\\s*['\"]?([^'\"\\s]+)")
                    .or(() -> byCommand(app, commandTimeout));
            case LINUX_PACKAGE -> dpkg().or(() -> byCommand(app, commandTimeout));
        };
    }

    private Optional<Found> plist(Path plist) {
        return after(plist, "<key>CFBundleShortVersionString</key>\\s*<string>([^<]{1,80})</string>");
    }

    private Optional<Found> flatpak(SpotifyApp app) {
        Path files = SpotifyAppLocator.flatpakActive(app).resolve("files/share");
        for (Path meta : new Path[] {files.resolve("metainfo/com.spotify.Client.metainfo.xml"),
                files.resolve("appdata/com.spotify.Client.appdata.xml")}) {
            Optional<Found> found = after(meta, "<release[^>]*\\sversion=\"([^\"]{1,80})\"");
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** {@code Package: spotify-client} in the deb database; {@code Version: 1:1.2.98.474.gabcdef12-1} → without epoch and revision. */
    private Optional<Found> dpkg() {
        Path status = systemRoot.resolve("var/lib/dpkg/status");
        Optional<String> text = read(status);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (String stanza : text.get().split("\\n\\s*\\n")) {
            if (Pattern.compile("(?m)^Package:\\s*spotify-client\\s*$").matcher(stanza).find()) {
                Matcher version = Pattern.compile("(?m)^Version:\\s*(?:\\d+:)?([^\\s-]+)").matcher(stanza);
                if (version.find()) {
                    return SpotifyVersion.parse(version.group(1)).map(v -> new Found(v, "package spotify-client in " + status));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Found> byCommand(SpotifyApp app, Duration timeout) {
        return command.run(app.executable(), timeout).flatMap(output -> {
            Matcher matcher = VERSION_TEXT.matcher(output);
            return matcher.find() ? SpotifyVersion.parse(matcher.group(1)) : Optional.empty();
        }).map(v -> new Found(v, app.executable().getFileName() + " --version"));
    }

    private static Optional<Found> after(Path file, String regex) {
        return read(file).flatMap(text -> {
            Matcher matcher = Pattern.compile(regex).matcher(text);
            return matcher.find() ? SpotifyVersion.parse(matcher.group(1).strip()) : Optional.empty();
        }).map(v -> new Found(v, file.toString()));
    }

    private static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(new String(in.readNBytes(MAX_FILE_BYTES), StandardCharsets.UTF_8));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}

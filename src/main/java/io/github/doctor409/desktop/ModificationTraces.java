package io.github.doctor409.desktop;

import io.github.doctor409.core.HostEnvironment;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Signs that the Spotify app was modified (SPOTIFY-FACTS §3): web apps extracted from their {@code .spa}
 * archives into folders ({@code Apps/xpui/}: spicetify), backups patchers leave ({@code xpui.spa.bak},
 * {@code Spotify.bak}, {@code chrome_elf_bak.dll}), an injected {@code dpapi.dll} (BlockTheSpot), and
 * spicetify's own settings ({@code config-xpui.ini}). Read-only.
 */
final class ModificationTraces {

    /** What a trace means. */
    enum Kind {
        /** The app's files are changed: the known trigger of the Premium-only 409. */
        MODIFIED,
        /** A modding tool is installed; whether it is applied now is not known from this alone. */
        TOOL_PRESENT
    }

    record Trace(Kind kind, String tool, Path path, String what) {}

    private static final List<String> WINDOWS_PATCH_FILES = List.of("dpapi.dll", "chrome_elf_bak.dll", "chrome_elf.dll.bak",
            "spotify.bak", "spotify.exe.bak", "blockthespot_settings.json");

    private ModificationTraces() {}

    static List<Trace> in(SpotifyApp app, HostEnvironment host) {
        List<Trace> traces = new ArrayList<>();
        Path apps = app.appsDir();
        for (Path entry : list(apps)) {
            String name = entry.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                traces.add(new Trace(Kind.MODIFIED, lower.equals("xpui") ? "spicetify" : "a modding tool", entry,
                        "Apps/" + name + "/ is an extracted folder; a stock app has only .spa files there"));
            } else if (lower.endsWith(".spa.bak") || lower.endsWith(".bak")) {
                traces.add(new Trace(Kind.MODIFIED, "SpotX or spicetify", entry, "Apps/" + name + " is a patcher's backup of an original file"));
            }
        }
        if (app.flavour() == SpotifyFlavour.WINDOWS_INSTALLER || app.flavour() == SpotifyFlavour.MICROSOFT_STORE) {
            for (Path entry : list(app.dir())) {
                String lower = entry.getFileName().toString().toLowerCase(Locale.ROOT);
                if (WINDOWS_PATCH_FILES.contains(lower)) {
                    traces.add(new Trace(Kind.MODIFIED, lower.equals("dpapi.dll") || lower.startsWith("blockthespot")
                            ? "BlockTheSpot" : "SpotX or BlockTheSpot", entry, entry.getFileName() + " is not part of the stock app"));
                }
            }
        }
        for (Path config : spicetifyConfigs(host)) {
            if (Files.isRegularFile(config, LinkOption.NOFOLLOW_LINKS)) {
                traces.add(new Trace(Kind.TOOL_PRESENT, "spicetify", config, "spicetify's settings file"));
            }
        }
        return traces;
    }

    /** Where spicetify keeps {@code config-xpui.ini} (spicetify/cli {@code src/utils/config.go}). */
    static List<Path> spicetifyConfigs(HostEnvironment host) {
        List<Path> dirs = new ArrayList<>();
        dirs.add(host.home().resolve(".spicetify"));
        switch (host.os()) {
            case WINDOWS -> dirs.add(host.directory("APPDATA", "AppData/Roaming").resolve("spicetify"));
            case MACOS, LINUX -> dirs.add(host.directory("XDG_CONFIG_HOME", ".config").resolve("spicetify"));
        }
        return dirs.stream().map(d -> d.resolve("config-xpui.ini")).toList();
    }

    private static List<Path> list(Path dir) {
        List<Path> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException | SecurityException e) {
            // unreadable: no traces from here
        }
        entries.sort(null);
        return entries;
    }
}

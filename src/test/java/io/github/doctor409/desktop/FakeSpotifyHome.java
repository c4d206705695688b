package io.github.doctor409.desktop;

import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A temporary home laid out like a real one with the Spotify app installed (SPOTIFY-FACTS §3). Windows
 * homes get {@code APPDATA} and {@code LOCALAPPDATA} pointing where Windows puts them.
 */
final class FakeSpotifyHome {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final Instant YESTERDAY = NOW.minusSeconds(86_400);

    private final Path home;
    private final OperatingSystem os;
    private final Map<String, String> variables = new HashMap<>();

    FakeSpotifyHome(Path home, OperatingSystem os) {
        this.home = home;
        this.os = os;
        if (os == OperatingSystem.WINDOWS) {
            variables.put("APPDATA", home.resolve("AppData/Roaming").toString());
            variables.put("LOCALAPPDATA", home.resolve("AppData/Local").toString());
        }
    }

    FakeSpotifyHome variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    Path home() {
        return home;
    }

    HostEnvironment host() {
        return new HostEnvironment(os, home, variables);
    }

    SpotifyInstallLocator locator() {
        return new SpotifyInstallLocator(host());
    }

    /** Where {@code flavour} keeps its files in this home. */
    SpotifyInstall paths(SpotifyFlavour flavour) {
        return locator().candidates().stream().filter(c -> c.flavour() == flavour).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(flavour + " is not a flavour of " + os));
    }

    FakeSpotifyHome prefs(SpotifyFlavour flavour, String content) {
        return prefsBytes(flavour, content.getBytes(StandardCharsets.UTF_8));
    }

    FakeSpotifyHome prefsBytes(SpotifyFlavour flavour, byte[] content) {
        write(paths(flavour).prefsFile(), content, YESTERDAY);
        return this;
    }

    /** A typical prefs file of a signed-in app that last ran {@code version}. */
    FakeSpotifyHome typicalPrefs(SpotifyFlavour flavour, String version, long storageSizeMb) {
        return prefs(flavour, String.join("\n",
                "autologin.canonical_username=\"secretuser\"",
                "autologin.saved_credentials=\"AQBk-SECRET-TOKEN\"",
                "app.last-launched-version=\"" + version + "\"",
                "core.clock_delta=0",
                "storage.size=" + storageSizeMb,
                "ui.track_notifications_enabled=false",
                ""));
    }

    /** A cache file of {@code size} bytes at {@code relative} under the cache root, last changed at {@code modified}. */
    Path cacheFile(SpotifyFlavour flavour, String relative, int size, Instant modified) {
        Path file = paths(flavour).cacheRoot().resolve(relative);
        write(file, new byte[size], modified);
        return file;
    }

    /** An offline download under the flavour's {@code Storage}. */
    Path offlineFile(SpotifyFlavour flavour, String relative, int size) {
        Path file = paths(flavour).offlineStorage().resolve(relative);
        write(file, new byte[size], YESTERDAY);
        return file;
    }

    static void write(Path file, byte[] content, Instant modified) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            Files.setLastModifiedTime(file, FileTime.from(modified));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.doctor409.desktop;

import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary machine: a system root ({@code /opt}, {@code /var/lib/flatpak}, {@code /Applications},
 * {@code Program Files}) and a home, with the Spotify program installed the way each flavour does it.
 */
final class FakeSpotifySystem {

    final Path root;
    final FakeSpotifyHome home;
    private final OperatingSystem os;

    FakeSpotifySystem(Path dir, OperatingSystem os) {
        this.root = dir.resolve("root");
        this.os = os;
        this.home = new FakeSpotifyHome(dir.resolve("home"), os);
        if (os == OperatingSystem.WINDOWS) {
            home.variable("ProgramFiles", root.resolve("Program Files").toString());
        }
    }

    HostEnvironment host() {
        return home.host();
    }

    SpotifyAppLocator apps() {
        return new SpotifyAppLocator(host(), root);
    }

    /** Installs the program of {@code flavour}, stock: executable plus {@code Apps/*.spa}. Returns its folder. */
    Path install(SpotifyFlavour flavour, String where) {
        SpotifyApp app = apps().candidates().stream()
                .filter(a -> a.flavour() == flavour && (where.isEmpty() || a.variant().equals(where) || a.dir().toString().contains(where)))
                .findFirst().orElseThrow();
        Path dir = app.dir();
        if (flavour == SpotifyFlavour.MICROSOFT_STORE) {
            dir = dir.resolveSibling("SpotifyAB.SpotifyMusic_1.298.474.0_x64__zpdnekdrzrea0");
        }
        Path exe = flavour == SpotifyFlavour.MICROSOFT_STORE ? dir.resolve("Spotify.exe") : app.executable();
        write(exe, flavour.os() == OperatingSystem.WINDOWS ? peWithVersion(1, 2, 98, 474) : "#!/bin/sh\n".getBytes());
        if (flavour == SpotifyFlavour.MACOS) {
            write(dir.resolve("Contents/Info.plist"), plist("1.2.98.474").getBytes(StandardCharsets.UTF_8));
            write(dir.resolve("Contents/Resources/Apps/xpui.spa"), new byte[] {'P', 'K', 3, 4});
            write(dir.resolve("Contents/Resources/Apps/login.spa"), new byte[] {'P', 'K', 3, 4});
        } else {
            write(dir.resolve("Apps/xpui.spa"), new byte[] {'P', 'K', 3, 4});
            write(dir.resolve("Apps/login.spa"), new byte[] {'P', 'K', 3, 4});
        }
        return dir;
    }

    static String plist(String version) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <plist version="1.0"><dict>
                  <key>CFBundleIdentifier</key><string>com.spotify.client</string>
                  <key>CFBundleShortVersionString</key>
                  <string>%s</string>
                </dict></plist>
                """.formatted(version);
    }

    /** A minimal PE file with a version resource: MZ, padding, VS_FIXEDFILEINFO. */
    static byte[] peWithVersion(int a, int b, int c, int d) {
        ByteBuffer buffer = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 'M').put((byte) 'Z');
        buffer.position(1000);
        // "VS_VERSION_INFO" in UTF-16, as real files have it, then the fixed info
        buffer.put("VS_VERSION_INFO".getBytes(StandardCharsets.UTF_16LE));
        buffer.position(1040);
        buffer.putInt(0xFEEF04BD).putInt(0x00010000).putInt(a << 16 | b).putInt(c << 16 | d);
        buffer.putInt(a << 16 | b).putInt(c << 16 | d);
        return buffer.array();
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

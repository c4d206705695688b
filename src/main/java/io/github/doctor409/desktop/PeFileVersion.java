package io.github.doctor409.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the file version of a Windows program ({@code Spotify.exe}) in plain Java: the
 * {@code VS_FIXEDFILEINFO} block of its version resource, found by its signature {@code 0xFEEF04BD}
 * followed by structure version 1.0, then {@code dwFileVersionMS} and {@code dwFileVersionLS} — four
 * 16-bit numbers, e.g. {@code 1.2.98.474} (SPOTIFY-FACTS §4: Windows versions have four numbers, no hash).
 * Reads at most {@link #MAX_BYTES}; anything else gives empty.
 */
final class PeFileVersion {

    static final long MAX_BYTES = 512L * 1024 * 1024;
    private static final int SIGNATURE = 0xFEEF04BD;
    private static final int STRUCT_VERSION = 0x00010000;

    private PeFileVersion() {}

    static Optional<SpotifyVersion> read(Path exe) {
        if (!Files.isRegularFile(exe, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(exe)) {
            byte[] head = in.readNBytes(2);
            if (head.length < 2 || head[0] != 'M' || head[1] != 'Z') {
                return Optional.empty();
            }
            byte[] window = new byte[16];
            int filled = 0;
            long read = 2;
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0 && read < MAX_BYTES; read += n) {
                for (int i = 0; i < n; i++) {
                    System.arraycopy(window, 1, window, 0, 15);
                    window[15] = buffer[i];
                    if (++filled >= 16 && int32(window, 0) == SIGNATURE && int32(window, 4) == STRUCT_VERSION) {
                        int ms = int32(window, 8);
                        int ls = int32(window, 12);
                        return Optional.of(new SpotifyVersion(
                                List.of(ms >>> 16, ms & 0xFFFF, ls >>> 16, ls & 0xFFFF), Optional.empty()));
                    }
                }
            }
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int int32(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16 | (bytes[at + 3] & 0xFF) << 24;
    }
}

package io.github.doctor409.network;

import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hosts file, read for entries that pin Spotify's names to fixed addresses: ad blockers leave lines
 * such as {@code 0.0.0.0 apresolve.spotify.com} behind, which block the app.
 */
public final class HostsFile {

    /** Only this much of the file is read. */
    static final int MAX_BYTES = 1024 * 1024;

    /** Domains whose names count as Spotify's. */
    static final List<String> SPOTIFY_DOMAINS = List.of("spotify.com", "scdn.co", "spotifycdn.com", "spotify.net",
            "audio-ak-spotify-com.akamaized.net");

    private HostsFile() {
    }

    /** One line pinning a Spotify name. */
    public record Entry(String address, String name, int line) {

        /** Pinned to an address that goes nowhere: 0.0.0.0, a loopback address, ::. */
        public boolean blocks() {
            String a = address.toLowerCase(Locale.ROOT);
            return a.equals("0.0.0.0") || a.startsWith("127.") || a.equals("::1") || a.equals("::")
                    || a.equals("0:0:0:0:0:0:0:1") || a.equals("0:0:0:0:0:0:0:0");
        }
    }

    /** {@code %SystemRoot%\System32\drivers\etc\hosts} on Windows, {@code /etc/hosts} elsewhere. */
    public static Path location(HostEnvironment host) {
        if (host.os() == OperatingSystem.WINDOWS) {
            String root = host.variable("SystemRoot").or(() -> host.variable("SYSTEMROOT")).orElse("C:\\Windows");
            return Path.of(root, "System32", "drivers", "etc", "hosts");
        }
        return Path.of("/etc/hosts");
    }

    /** The Spotify entries of the file; none when it is missing, not a regular file or unreadable. */
    public static List<Entry> spotifyEntries(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            return List.of();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES);
        }
        return parse(new String(bytes, StandardCharsets.UTF_8));
    }

    static List<Entry> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String[] fields = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
            if (fields.length < 2 || !looksLikeAddress(fields[0])) {
                continue;
            }
            for (int f = 1; f < fields.length; f++) {
                String name = fields[f].toLowerCase(Locale.ROOT);
                if (isSpotify(name) && entries.size() < 200) {
                    entries.add(new Entry(fields[0], name, i + 1));
                }
            }
        }
        return entries;
    }

    static boolean isSpotify(String name) {
        for (String domain : SPOTIFY_DOMAINS) {
            if (name.equals(domain) || name.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeAddress(String field) {
        return field.length() <= 45 && field.matches("[0-9A-Fa-f:.%a-z]+") && (field.contains(".") || field.contains(":"));
    }
}

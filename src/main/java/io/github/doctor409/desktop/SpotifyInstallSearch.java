package io.github.doctor409.desktop;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What {@link SpotifyInstallLocator#locate()} found: the installs present, and every path it looked at
 * (so a "not found" can say where it looked).
 */
public record SpotifyInstallSearch(List<SpotifyInstall> installs, List<Path> lookedAt) {

    public SpotifyInstallSearch {
        installs = List.copyOf(installs);
        lookedAt = List.copyOf(lookedAt);
    }

    public boolean nothingFound() {
        return installs.isEmpty();
    }

    /**
     * The install used most recently: the one whose prefs file (else cache root) changed last. Several
     * flavours side by side happen after a switch from, say, the deb package to the Snap.
     */
    public Optional<SpotifyInstall> mostRecentlyUsed() {
        return installs.stream().max(Comparator.comparing(SpotifyInstallSearch::lastUsed));
    }

    /** The paths looked at, as text, for details and evidence. */
    public List<String> lookedAtText() {
        return lookedAt.stream().map(Path::toString).toList();
    }

    private static FileTime lastUsed(SpotifyInstall install) {
        for (Path candidate : List.of(install.prefsFile(), install.cacheRoot())) {
            try {
                if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                    return Files.getLastModifiedTime(candidate, LinkOption.NOFOLLOW_LINKS);
                }
            } catch (java.io.IOException | SecurityException e) {
                // unreadable: rank it last
            }
        }
        return FileTime.fromMillis(0);
    }
}

package io.github.doctor409.desktop;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What clearing the cache would move, shown before anything moves (DESIGN §3): every cache entry
 * directly under the root with its file count and bytes, and every kept entry with the reason. The
 * classification is {@link CacheLayout}'s, so the plan and {@code client.cache} always agree.
 *
 * @param install  the Spotify install whose cache this is
 * @param entries  what would move, in name order
 * @param kept     what stays, with the reason
 * @param complete false when planning was stopped early (then the counts are lower bounds)
 */
public record CachePlan(SpotifyInstall install, List<Entry> entries, List<CacheLayout.KeptEntry> kept, boolean complete) {

    /**
     * One entry to move.
     *
     * @param path         the entry under the cache root
     * @param files        regular files in it (links not followed)
     * @param bytes        their total size
     * @param linksSkipped links inside it; moved as links, their targets never touched
     */
    public record Entry(Path path, long files, long bytes, long linksSkipped) {}

    public CachePlan {
        Objects.requireNonNull(install, "install");
        entries = List.copyOf(entries);
        kept = List.copyOf(kept);
    }

    /** Measures every cache entry of {@code install}; read-only. */
    public static CachePlan of(SpotifyInstall install, SpotifyPrefs prefs, BooleanSupplier stop) {
        CacheLayout layout = CacheLayout.of(install, prefs.storageLocation());
        List<Entry> entries = new java.util.ArrayList<>();
        boolean complete = true;
        for (Path entry : layout.cacheEntries()) {
            CacheMeasurement measured = CacheWalk.measure(new CacheLayout(layout.root(), List.of(entry), layout.kept()), stop);
            entries.add(new Entry(entry, measured.files(), measured.bytes(), measured.symlinksSkipped()));
            complete &= measured.complete();
        }
        return new CachePlan(install, entries, layout.kept(), complete);
    }

    public Path root() {
        return install.cacheRoot();
    }

    public long totalFiles() {
        return entries.stream().mapToLong(Entry::files).sum();
    }

    public long totalBytes() {
        return entries.stream().mapToLong(Entry::bytes).sum();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The plan in plain lines, for the command line and the confirmation dialog. */
    public List<String> describeLines() {
        List<String> lines = new java.util.ArrayList<>();
        if (entries.isEmpty()) {
            lines.add("There is no cache to clear in " + root() + ".");
        } else {
            lines.add("Will move " + totalFiles() + " files (" + ByteCount.describe(totalBytes()) + ") from " + root()
                    + " into a quarantine you can undo:");
            entries.forEach(e -> lines.add("  move  " + e.path().getFileName() + "  — " + e.files() + " files, "
                    + ByteCount.describe(e.bytes()) + (e.linksSkipped() > 0 ? ", " + e.linksSkipped() + " links moved as links" : "")));
        }
        kept.forEach(k -> lines.add("  keep  " + k.path().getFileName() + "  — " + k.reason()));
        lines.add("Offline downloads, settings and your login are not touched.");
        if (!complete) {
            lines.add("(Counting stopped early; the numbers are lower bounds.)");
        }
        return lines;
    }
}

package io.github.doctor409.desktop;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Measures the cache entries of a {@link CacheLayout}: size, file count, oldest and newest modification,
 * leftover temp/lock files. Never follows links (a link is counted as skipped, its target is not
 * measured), never enters a kept folder, and stops as soon as {@code stop} says so, reporting the counts
 * so far as incomplete. Read-only.
 */
public final class CacheWalk {

    /** Deeper trees are not entered; the real cache is a few levels deep. */
    static final int MAX_DEPTH = 32;
    private static final int MAX_EXAMPLES = 5;

    /**
     * Chromium's profile locks, which Spotify's embedded browser (CEF) creates in its profile folder while
     * it runs and removes on a clean exit: {@code SingletonLock}, {@code SingletonSocket},
     * {@code SingletonCookie} on Linux and macOS, {@code lockfile} on Windows. One left behind after a
     * crash is a known cause of "profile in use" start-up trouble in Chromium-based apps.
     *
     * <p>Deliberately not counted: LevelDB's {@code LOCK} files, which LevelDB keeps (empty) beside every
     * database for good, so their presence says nothing.
     */
    private static final Set<String> LOCK_NAMES = Set.of("singletonlock", "singletonsocket", "singletoncookie", "lockfile");

    private CacheWalk() {}

    /**
     * A temp or lock file left behind: a Chromium profile lock ({@link #LOCK_NAMES}), or a name ending in
     * {@code .tmp} / {@code .temp} — the usual names of files written under a temporary name and renamed
     * into place when complete, so one that stays is from an interrupted write. (Spotify's own temporary
     * names are not documented; this is the general convention, not a confirmed Spotify detail.)
     */
    static boolean isLeftover(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return LOCK_NAMES.contains(name) || name.endsWith(".tmp") || name.endsWith(".temp");
    }

    public static CacheMeasurement measure(CacheLayout layout, BooleanSupplier stop) {
        Counter counter = new Counter(layout, stop);
        for (Path entry : layout.cacheEntries()) {
            if (counter.stopped) {
                break;
            }
            try {
                Files.walkFileTree(entry, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, counter);
            } catch (IOException | SecurityException e) {
                counter.unreadable++;
            }
        }
        return new CacheMeasurement(counter.bytes, counter.files, counter.links, counter.unreadable,
                Optional.ofNullable(counter.oldest), Optional.ofNullable(counter.newest),
                counter.leftovers, counter.examples, !counter.stopped);
    }

    private static final class Counter extends SimpleFileVisitor<Path> {
        private final CacheLayout layout;
        private final BooleanSupplier stop;
        private final List<Path> keptPaths = new ArrayList<>();
        private final List<String> examples = new ArrayList<>();
        private long bytes;
        private long files;
        private long links;
        private long unreadable;
        private long leftovers;
        private Instant oldest;
        private Instant newest;
        private boolean stopped;

        Counter(CacheLayout layout, BooleanSupplier stop) {
            this.layout = layout;
            this.stop = stop;
            layout.kept().forEach(k -> keptPaths.add(k.path()));
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (shouldStop()) {
                return FileVisitResult.TERMINATE;
            }
            return keptPaths.contains(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (shouldStop()) {
                return FileVisitResult.TERMINATE;
            }
            if (isLeftover(file)) {
                leftovers++;
                if (examples.size() < MAX_EXAMPLES) {
                    examples.add(layout.root().relativize(file).toString());
                }
            }
            if (attrs.isSymbolicLink() || attrs.isOther()) {
                links++;
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
                files++;
                bytes += attrs.size();
                Instant modified = attrs.lastModifiedTime().toInstant();
                if (oldest == null || modified.isBefore(oldest)) {
                    oldest = modified;
                }
                if (newest == null || modified.isAfter(newest)) {
                    newest = modified;
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
            unreadable++;
            return shouldStop() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            if (exc != null) {
                unreadable++;
            }
            return FileVisitResult.CONTINUE;
        }

        private boolean shouldStop() {
            if (!stopped && (Thread.currentThread().isInterrupted() || stop.getAsBoolean())) {
                stopped = true;
            }
            return stopped;
        }
    }
}

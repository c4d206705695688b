package io.github.doctor409.desktop;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckContext;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code client.cache}: the Spotify app's streaming cache — its size against the app's own
 * {@code storage.size} limit, its age, temp/lock files left behind, and free space on its volume.
 * Offline downloads ({@code Storage}) and other kept folders are never counted (see {@link CacheLayout}).
 * The walk stops early to leave {@link #RESERVE} of the deadline, and then reports "at least".
 */
public final class ClientCacheCheck implements Check {

    public static final String ID = "client.cache";
    static final String FIX = "fix.clear-cache";

    /** Below this much free space on the cache's volume: warn (the app needs room for its cache). */
    public static final long LOW_FREE_BYTES = 1024L * 1024 * 1024;
    /** Below this much: fail — the app cannot write its cache and playback and sync break. */
    public static final long VERY_LOW_FREE_BYTES = 200L * 1024 * 1024;
    /** The app trims its cache after writing, so a little over the limit is normal. */
    static final int LIMIT_TOLERANCE_PERCENT = 10;
    /** A cache not written for this long was left by an app that has not played anything since — often an older version. */
    static final Duration STALE_AFTER = Duration.ofDays(180);
    /** Time kept back from the walk for the free-space query and the result. */
    static final Duration RESERVE = Duration.ofMillis(250);

    /** SpotX's cache script cleans a {@code mercury.db} above this size (SPOTIFY-FACTS §3). */
    public static final long MERCURY_DB_LIMIT = 100L * 1024 * 1024;

    private final SpotifyInstallLocator locator;
    private final DiskSpace diskSpace;
    private final Clock clock;
    private final Optional<SpotifyAppLocator> apps;

    public ClientCacheCheck(SpotifyInstallLocator locator, DiskSpace diskSpace, Clock clock) {
        this(locator, diskSpace, clock, Optional.empty());
    }

    /** Also compares the cache's age with the installed program's, to spot a cache written by an older version. */
    public ClientCacheCheck(SpotifyInstallLocator locator, DiskSpace diskSpace, Clock clock, Optional<SpotifyAppLocator> apps) {
        this.locator = Objects.requireNonNull(locator, "locator");
        this.diskSpace = Objects.requireNonNull(diskSpace, "diskSpace");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.apps = Objects.requireNonNull(apps, "apps");
    }

    /** With the real file system's free space. */
    public ClientCacheCheck(SpotifyInstallLocator locator, Clock clock) {
        this(locator, new RealDiskSpace(), clock);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Local cache";
    }

    @Override
    public CheckGroup group() {
        return CheckGroup.SPOTIFY_APP;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.LOCAL;
    }

    @Override
    public CheckResult run(CheckContext context) {
        context.waitingFor("looking for the Spotify app's folders");
        SpotifyInstallSearch search = locator.locate();
        Optional<SpotifyInstall> found = search.mostRecentlyUsed();
        if (found.isEmpty()) {
            return SpotifyNotFound.result(this, search);
        }
        SpotifyInstall install = found.get();
        context.waitingFor("reading " + install.prefsFile());
        SpotifyPrefs prefs = SpotifyPrefs.read(install.prefsFile());
        CacheLayout layout = CacheLayout.of(install, prefs.storageLocation());

        context.waitingFor("measuring the cache in " + install.cacheRoot());
        CacheMeasurement measured = CacheWalk.measure(layout,
                () -> context.isCancelled() || context.remaining().compareTo(RESERVE) < 0);

        context.waitingFor("free space on the volume of " + install.cacheRoot());
        OptionalLong free = OptionalLong.empty();
        String freeProblem = null;
        try {
            free = OptionalLong.of(diskSpace.usableBytes(install.cacheRoot()));
        } catch (IOException | SecurityException e) {
            freeProblem = "Could not read the free space on the cache's volume: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        OptionalLong limit = prefs.storageSizeMegabytes().stream()
                .filter(mb -> mb > 0 && mb < Long.MAX_VALUE / (1024 * 1024))
                .map(mb -> mb * 1024 * 1024)
                .findFirst();

        Assessment assessment = assess(measured, limit, free);
        OptionalLong mercury = fileSize(install.cacheRoot().resolve("mercury.db"));
        if (mercury.isPresent() && mercury.getAsLong() > MERCURY_DB_LIMIT) {
            assessment.add(Status.WARN, "Spotify's metadata database (mercury.db) has grown to " + ByteCount.describe(mercury.getAsLong())
                    + "; an oversized one slows the app and can break sync. Clearing the cache removes it safely.",
                    Phrase.of("client.cache.summary.mercury", Phrase.bytes(mercury.getAsLong())));
        }
        Optional<Instant> programChanged = programChanged(install);
        boolean olderVersion = programChanged.isPresent() && measured.newest().isPresent()
                && measured.newest().get().isBefore(programChanged.get());
        if (olderVersion) {
            assessment.add(Status.WARN, "Spotify's cache was written by an older version of the app (the app was updated on "
                    + programChanged.get().toString().substring(0, 10) + ", the cache is older); clearing it is safe.",
                    Phrase.of("client.cache.summary.olderThanApp", programChanged.get().toString().substring(0, 10)));
        }
        CheckResult.Builder result = CheckResult.of(this, assessment.status(), assessment.summary(measured, limit))
                .says(assessment.phrase(measured, limit))
                .detail("Spotify app: " + install.flavour().title() + "; cache in " + install.cacheRoot() + ".")
                .detail(sizeLine(measured, limit));
        assessment.addDetails(result);
        measured.oldest().ifPresent(oldest -> result.detail("Oldest cached file changed " + oldest
                + ", newest " + measured.newest().orElseThrow() + "."));
        layout.kept().forEach(k -> result.detail("Not counted: " + k.path().getFileName() + " (" + k.reason() + ")."));
        if (measured.symlinksSkipped() > 0) {
            result.detail(measured.symlinksSkipped() + " links were not followed; whatever they point to is not counted.");
        }
        if (measured.unreadable() > 0) {
            result.detail(measured.unreadable() + " files or folders could not be read.");
        }
        free.ifPresent(bytes -> result.detail("Free space on its volume: " + ByteCount.describe(bytes) + "."));
        if (freeProblem != null) {
            result.detail(freeProblem);
        }
        prefs.reason().ifPresent(result::detail);
        if (search.installs().size() > 1) {
            result.detail("Also found: " + String.join(", ", search.installs().stream()
                    .filter(i -> !i.equals(install)).map(i -> i.flavour().title()).toList())
                    + "; checked the one used last.");
        }
        if (assessment.status().isProblem()) {
            result.fix(FIX);
        }
        return result
                .evidence("flavour", install.flavour().id())
                .evidence("cacheRoot", install.cacheRoot().toString())
                .evidence("bytes", measured.bytes())
                .evidence("files", measured.files())
                .evidence("complete", measured.complete())
                .evidence("limitBytes", limit.isPresent() ? limit.getAsLong() : null)
                .evidence("oldest", measured.oldest().map(Instant::toString).orElse(null))
                .evidence("newest", measured.newest().map(Instant::toString).orElse(null))
                .evidence("leftovers", measured.leftovers())
                .evidence("linksSkipped", measured.symlinksSkipped())
                .evidence("freeBytes", free.isPresent() ? free.getAsLong() : null)
                .evidence("mercuryDbBytes", mercury.isPresent() ? mercury.getAsLong() : null)
                .evidence("olderThanApp", olderVersion)
                .evidence("kept", layout.kept().stream().map(k -> k.path().getFileName().toString()).toList())
                .build();
    }

    private static OptionalLong fileSize(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    ? OptionalLong.of(java.nio.file.Files.size(file)) : OptionalLong.empty();
        } catch (IOException | SecurityException e) {
            return OptionalLong.empty();
        }
    }

    /** When the installed program of this flavour last changed (installed or updated). */
    private Optional<Instant> programChanged(SpotifyInstall install) {
        return apps.flatMap(a -> a.locate().found().stream().filter(app -> app.flavour() == install.flavour()).findFirst())
                .flatMap(app -> {
                    try {
                        return Optional.of(java.nio.file.Files.getLastModifiedTime(app.executable()).toInstant());
                    } catch (IOException | SecurityException e) {
                        return Optional.empty();
                    }
                });
    }

    private Assessment assess(CacheMeasurement measured, OptionalLong limit, OptionalLong free) {
        Assessment assessment = new Assessment();
        if (free.isPresent() && free.getAsLong() < VERY_LOW_FREE_BYTES) {
            assessment.add(Status.FAIL, "The disk that holds Spotify's cache is almost full (" + ByteCount.describe(free.getAsLong())
                    + " free); Spotify cannot store what it plays. Clearing the cache frees space.",
                    Phrase.of("client.cache.summary.diskFull", Phrase.bytes(free.getAsLong())));
        } else if (free.isPresent() && free.getAsLong() < LOW_FREE_BYTES) {
            assessment.add(Status.WARN, "The disk that holds Spotify's cache is nearly full (" + ByteCount.describe(free.getAsLong())
                    + " free). Clearing the cache frees space.",
                    Phrase.of("client.cache.summary.diskLow", Phrase.bytes(free.getAsLong())));
        }
        if (limit.isPresent() && measured.bytes() > limit.getAsLong() / 100 * (100 + LIMIT_TOLERANCE_PERCENT)) {
            assessment.add(Status.WARN, "Spotify's cache (" + (measured.complete() ? "" : "at least ")
                    + ByteCount.describe(measured.bytes()) + ") is larger than the app's own limit of "
                    + ByteCount.describe(limit.getAsLong()) + "; clearing it is safe.",
                    measured.complete()
                            ? Phrase.of("client.cache.summary.overLimit", Phrase.bytes(measured.bytes()), Phrase.bytes(limit.getAsLong()))
                            : Phrase.of("client.cache.summary.overLimitAtLeast", Phrase.bytes(measured.bytes()),
                            Phrase.bytes(limit.getAsLong())));
        }
        measured.newest().ifPresent(newest -> {
            Duration age = Duration.between(newest, clock.instant());
            if (age.compareTo(STALE_AFTER) > 0) {
                assessment.add(Status.WARN, "Spotify's cache has not changed for " + age.toDays()
                        + " days; it may have been written by an older version of the app. Clearing it is safe.",
                        Phrase.of("client.cache.summary.stale", age.toDays()));
            }
        });
        if (measured.leftovers() > 0) {
            assessment.add(Status.WARN, "Spotify's cache holds " + measured.leftovers()
                    + " temporary or lock files, a sign the app did not close cleanly.",
                    Phrase.of("client.cache.summary.leftovers", measured.leftovers()));
            assessment.details.add("Leftover temp/lock files (harmless while Spotify runs; left from a crash otherwise): "
                    + String.join(", ", measured.leftoverExamples()) + (measured.leftovers() > measured.leftoverExamples().size() ? ", …" : "") + ".");
        }
        if (!measured.complete() && assessment.status == Status.PASS) {
            assessment.status = Status.UNKNOWN;
            assessment.add(Status.UNKNOWN, "The cache is too large to measure in the time allowed (at least "
                    + ByteCount.describe(measured.bytes()) + " in " + measured.files() + " files so far).",
                    Phrase.of("client.cache.summary.tooLarge", Phrase.bytes(measured.bytes()), measured.files()));
        }
        if (!measured.complete()) {
            assessment.details.add("The walk stopped at the time limit; the counts are lower bounds.");
        }
        return assessment;
    }

    private static String sizeLine(CacheMeasurement measured, OptionalLong limit) {
        String prefix = measured.complete() ? "" : "at least ";
        String size = "Cache size: " + prefix + ByteCount.describe(measured.bytes()) + " (" + measured.bytes()
                + " bytes) in " + prefix + measured.files() + " files";
        return limit.isPresent()
                ? size + "; storage.size limit " + ByteCount.describe(limit.getAsLong()) + "."
                : size + "; no storage.size limit set in prefs.";
    }

    /** The worst status found and the sentences that explain it, worst first. */
    private static final class Assessment {
        private Status status = Status.PASS;
        private final List<String> summaries = new ArrayList<>();
        private final List<Phrase> phrases = new ArrayList<>();
        private final List<String> details = new ArrayList<>();

        void add(Status found, String summary, Phrase phrase) {
            if (found == Status.FAIL && status != Status.FAIL) {
                summaries.add(0, summary);
                phrases.add(0, phrase);
            } else {
                summaries.add(summary);
                phrases.add(phrase);
            }
            if (found.compareTo(status) > 0) {
                status = found;
            }
        }

        Status status() {
            return status;
        }

        String summary(CacheMeasurement measured, OptionalLong limit) {
            if (!summaries.isEmpty()) {
                return summaries.get(0);
            }
            if (measured.files() == 0) {
                return "Spotify's cache is empty; nothing to clean.";
            }
            return "Spotify's cache looks healthy: " + ByteCount.describe(measured.bytes()) + " in "
                    + measured.files() + " files" + (limit.isPresent() ? ", within its limit." : ".");
        }

        Phrase phrase(CacheMeasurement measured, OptionalLong limit) {
            if (!phrases.isEmpty()) {
                return phrases.get(0);
            }
            if (measured.files() == 0) {
                return Phrase.of("client.cache.summary.empty");
            }
            return limit.isPresent()
                    ? Phrase.of("client.cache.summary.healthyWithinLimit", Phrase.bytes(measured.bytes()), measured.files())
                    : Phrase.of("client.cache.summary.healthy", Phrase.bytes(measured.bytes()), measured.files());
        }

        /** The further findings (plain sentences) and the technical notes, as detail lines. */
        void addDetails(CheckResult.Builder result) {
            for (int i = 1; i < summaries.size(); i++) {
                result.detail(summaries.get(i), phrases.get(i));
            }
            result.details(details);
        }
    }
}

package io.github.doctor409.desktop;

import static io.github.doctor409.desktop.FakeSpotifyHome.NOW;
import static io.github.doctor409.desktop.FakeSpotifyHome.YESTERDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FakeCheckContext;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClientCacheCheckTest {

    private static final long PLENTY = 100L * 1024 * 1024 * 1024;

    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void describesItself() {
        ClientCacheCheck check = check(new FakeSpotifyHome(home, OperatingSystem.LINUX), PLENTY);

        assertThat(check.id()).isEqualTo("client.cache");
        assertThat(check.title()).isEqualTo("Local cache");
        assertThat(check.group()).isEqualTo(CheckGroup.SPOTIFY_APP);
        assertThat(check.kind()).isEqualTo(CheckKind.LOCAL);
    }

    @Test
    void noSpotifyAppIsSkippedListingEveryPathLookedAt() {
        CheckResult result = run(new FakeSpotifyHome(home, OperatingSystem.LINUX), PLENTY);

        assertThat(result.status()).isEqualTo(Status.SKIPPED);
        assertThat(result.details()).anySatisfy(d -> assertThat(d).contains(home.resolve(".cache/spotify").toString()));
        assertThat(result.evidence().get("lookedAt")).asList().hasSize(6)
                .contains(home.resolve(".var/app/com.spotify.Client/cache/spotify").toString());
        assertThat(result.fixes()).isEmpty();
    }

    static Stream<Arguments> everyFlavour() {
        return Stream.of(SpotifyFlavour.values()).map(f -> Arguments.of(f.os(), f));
    }

    @ParameterizedTest
    @MethodSource("everyFlavour")
    void aHealthyCacheOfEveryFlavourPasses(OperatingSystem os, SpotifyFlavour flavour) {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, os).typicalPrefs(flavour, "1.2.98.474.gabcdef12", 1024);
        spotify.cacheFile(flavour, "Data/ab/abcdef0123.file", 3000, YESTERDAY);
        spotify.cacheFile(flavour, "Browser/Cache/data_1", 2000, NOW.minusSeconds(3600));

        CheckResult result = run(spotify, PLENTY);

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.summary()).contains("healthy");
        assertThat(result.evidence())
                .containsEntry("flavour", flavour.id())
                .containsEntry("cacheRoot", spotify.paths(flavour).cacheRoot().toString())
                .containsEntry("bytes", 5000L)
                .containsEntry("files", 2L)
                .containsEntry("limitBytes", 1024L * 1024 * 1024)
                .containsEntry("oldest", YESTERDAY.toString())
                .containsEntry("newest", NOW.minusSeconds(3600).toString())
                .containsEntry("leftovers", 0L)
                .containsEntry("freeBytes", PLENTY)
                .containsEntry("complete", true);
        assertThat(result.fixes()).isEmpty();
        assertThat(result.toString()).doesNotContain("SECRET").doesNotContain("secretuser");
    }

    @Test
    void offlineDownloadsInStorageAreNeverCountedAsCache() {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.WINDOWS)
                .typicalPrefs(SpotifyFlavour.WINDOWS_INSTALLER, "1.2.98.474.gabcdef12", 1);
        spotify.cacheFile(SpotifyFlavour.WINDOWS_INSTALLER, "Data/00/track.file", 1000, YESTERDAY);
        spotify.offlineFile(SpotifyFlavour.WINDOWS_INSTALLER, "offline-track.file", 4 * 1024 * 1024);
        spotify.cacheFile(SpotifyFlavour.WINDOWS_INSTALLER, "Users/ana-user/local-files.bnk", 700, YESTERDAY);

        CheckResult result = run(spotify, PLENTY);

        assertThat(result.evidence()).containsEntry("bytes", 1000L).containsEntry("files", 1L);
        assertThat(result.evidence().get("kept")).asList().containsExactly("Storage", "Users");
        assertThat(result.status()).as("4 MB offline would exceed the 1 MB limit if counted").isEqualTo(Status.PASS);
        assertThat(result.details()).anySatisfy(d -> assertThat(d).contains("Storage (offline downloads)"));
    }

    @Test
    void offlineStorageMovedByTheUserIntoTheCacheRootIsKept() {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX);
        Path moved = spotify.paths(SpotifyFlavour.LINUX_PACKAGE).cacheRoot().resolve("MyDownloads");
        spotify.prefs(SpotifyFlavour.LINUX_PACKAGE, "storage.size=1\nstorage.last-location=\"" + moved + "\"\n");
        spotify.cacheFile(SpotifyFlavour.LINUX_PACKAGE, "MyDownloads/song.file", 4 * 1024 * 1024, YESTERDAY);

        CheckResult result = run(spotify, PLENTY);

        assertThat(result.evidence()).containsEntry("bytes", 0L);
        assertThat(result.evidence().get("kept")).asList().containsExactly("MyDownloads");
    }

    @Test
    void linksOutOfTheCacheRootAreNotFollowed() throws IOException {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .typicalPrefs(SpotifyFlavour.LINUX_PACKAGE, "1.2.98.474.gabcdef12", 1);
        spotify.cacheFile(SpotifyFlavour.LINUX_PACKAGE, "Data/ab/one.file", 100, YESTERDAY);
        Path outside = home.resolve("Music/huge");
        FakeSpotifyHome.write(outside.resolve("album.flac"), new byte[3 * 1024 * 1024], YESTERDAY);
        Path link = spotify.paths(SpotifyFlavour.LINUX_PACKAGE).cacheRoot().resolve("Data/escape");
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | FileSystemException e) {
            assumeTrue(false, "this file system cannot make symbolic links");
        }

        CheckResult result = run(spotify, PLENTY);

        assertThat(result.evidence()).containsEntry("bytes", 100L).containsEntry("files", 1L)
                .containsEntry("linksSkipped", 1L);
        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.details()).anySatisfy(d -> assertThat(d).contains("not followed"));
    }

    @Test
    void aCacheOverTheAppsOwnLimitWarnsAndOffersToClearIt() {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.MACOS)
                .typicalPrefs(SpotifyFlavour.MACOS, "1.2.98.474.gabcdef12", 1);
        spotify.cacheFile(SpotifyFlavour.MACOS, "Data/aa/big.file", 2 * 1024 * 1024, YESTERDAY);

        CheckResult result = run(spotify, PLENTY);

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).contains("larger than the app's own limit of 1.0 MB");
        assertThat(result.fixes()).containsExactly("fix.clear-cache");
    }

    @Test
    void slightlyOverTheLimitIsNormalBecauseTheAppTrimsAfterWriting() {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .typicalPrefs(SpotifyFlavour.LINUX_PACKAGE, "1.2.98.474.gabcdef12", 10);
        spotify.cacheFile(SpotifyFlavour.LINUX_PACKAGE, "Data/aa/big.file", 10 * 1024 * 1024 + 500_000, YESTERDAY);

        assertThat(run(spotify, PLENTY).status()).isEqualTo(Status.PASS);
    }

    @Test
    void leftoverTempAndChromiumLockFilesWarnButLevelDbLocksDoNot() {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .typicalPrefs(SpotifyFlavour.LINUX_PACKAGE, "1.2.98.474.gabcdef12", 1024);
        spotify.cacheFile(SpotifyFlavour.LINUX_PACKAGE, "Data/ab/chunk.file.tmp", 10, YESTERDAY);
        spotify.cacheFile(SpotifyFlavour.LINUX_PACKAGE, "Browser/SingletonLock", 0, YESTERDAY);
        spotify.cacheFile(SpotifyFlavour.LINUX_PACKAGE, "Browser/Local Storage/leveldb/LOCK", 0, YESTERDAY);

        CheckResult result = run(spotify, PLENTY);

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.evidence()).containsEntry("leftovers", 2L);
        assertThat(result.summary()).contains("2 temporary or lock files");
        assertThat(result.details()).anySatisfy(d -> assertThat(d)
                .contains("Data/ab/chunk.file.tmp").contains("Browser/SingletonLock").doesNotContain("leveldb"));
        assertThat(result.fixes()).containsExactly("fix.clear-cache");
    }

    @Test
    void aNearlyFullDiskFails() {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.WINDOWS)
                .typicalPrefs(SpotifyFlavour.MICROSOFT_STORE, "1.2.98.474.gabcdef12", 1);
        spotify.cacheFile(SpotifyFlavour.MICROSOFT_STORE, "Data/aa/big.file", 2 * 1024 * 1024, YESTERDAY);

        CheckResult result = run(spotify, 50L * 1024 * 1024);

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).contains("almost full").contains("50 MB free");
        assertThat(result.details()).as("the other problem is still named")
                .anySatisfy(d -> assertThat(d).contains("larger than the app's own limit"));
        assertThat(result.evidence()).containsEntry("freeBytes", 50L * 1024 * 1024);
        assertThat(result.fixes()).containsExactly("fix.clear-cache");
    }

    @Test
    void lowFreeSpaceWarns() {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .typicalPrefs(SpotifyFlavour.SNAP, "1.2.98.474.gabcdef12", 1024);
        spotify.cacheFile(SpotifyFlavour.SNAP, "Data/aa/x.file", 10, YESTERDAY);

        CheckResult result = run(spotify, ClientCacheCheck.LOW_FREE_BYTES - 1);

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).contains("nearly full");
    }

    @Test
    void freeSpaceThatCannotBeReadIsSaidAndNotACrash() {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .typicalPrefs(SpotifyFlavour.FLATPAK, "1.2.98.474.gabcdef12", 1024);
        spotify.cacheFile(SpotifyFlavour.FLATPAK, "Data/aa/x.file", 10, YESTERDAY);
        ClientCacheCheck check = new ClientCacheCheck(spotify.locator(), path -> {
            throw new IOException("stale NFS handle");
        }, clock);

        CheckResult result = check.run(new FakeCheckContext(clock, Duration.ofSeconds(2)));

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.evidence()).doesNotContainKey("freeBytes");
        assertThat(result.details()).anySatisfy(d -> assertThat(d).contains("stale NFS handle"));
    }

    @Test
    void aCacheUntouchedForHalfAYearWarns() {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .typicalPrefs(SpotifyFlavour.LINUX_PACKAGE, "1.2.80.1.gabcdef12", 1024);
        spotify.cacheFile(SpotifyFlavour.LINUX_PACKAGE, "Data/aa/old.file", 10, NOW.minus(Duration.ofDays(400)));

        CheckResult result = run(spotify, PLENTY);

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).contains("has not changed for 400 days");
        assertThat(result.fixes()).containsExactly("fix.clear-cache");
    }

    @Test
    void whenTimeRunsOutTheCountsAreLowerBoundsAndTheResultIsUnknown() {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .typicalPrefs(SpotifyFlavour.LINUX_PACKAGE, "1.2.98.474.gabcdef12", 1024);
        for (int i = 0; i < 20; i++) {
            spotify.cacheFile(SpotifyFlavour.LINUX_PACKAGE, "Data/" + i + "/x.file", 10, YESTERDAY);
        }

        CheckResult result = check(spotify, PLENTY).run(new FakeCheckContext(clock, ClientCacheCheck.RESERVE.minusMillis(1)));

        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.summary()).contains("at least");
        assertThat(result.evidence()).containsEntry("complete", false);
        assertThat((Long) result.evidence().get("files")).isLessThan(20);
    }

    @Test
    void aCancelledRunStopsWalking() {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .typicalPrefs(SpotifyFlavour.LINUX_PACKAGE, "1.2.98.474.gabcdef12", 1024);
        spotify.cacheFile(SpotifyFlavour.LINUX_PACKAGE, "Data/a/x.file", 10, YESTERDAY);
        FakeCheckContext context = new FakeCheckContext(clock, Duration.ofSeconds(2));
        context.cancel();

        CheckResult result = check(spotify, PLENTY).run(context);

        assertThat(result.evidence()).containsEntry("complete", false).containsEntry("files", 0L);
    }

    @Test
    void aPrefsFileOfRandomBytesStillMeasuresTheCacheWithoutALimit() {
        byte[] noise = new byte[8192];
        new Random(409).nextBytes(noise);
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .prefsBytes(SpotifyFlavour.LINUX_PACKAGE, noise);
        spotify.cacheFile(SpotifyFlavour.LINUX_PACKAGE, "Data/a/x.file", 10, YESTERDAY);

        CheckResult result = run(spotify, PLENTY);

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.evidence()).containsEntry("bytes", 10L).doesNotContainKey("limitBytes");
        assertThat(result.details()).anySatisfy(d -> assertThat(d).contains("not text"))
                .anySatisfy(d -> assertThat(d).contains("no storage.size limit"));
    }

    @Test
    void anAppThatRanButHasNoCacheYetPasses() {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .typicalPrefs(SpotifyFlavour.LINUX_PACKAGE, "1.2.98.474.gabcdef12", 1024);

        CheckResult result = run(spotify, PLENTY);

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.summary()).contains("empty");
    }

    @Test
    void theCheckReadsButNeverChangesTheCache() throws IOException {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .typicalPrefs(SpotifyFlavour.LINUX_PACKAGE, "1.2.98.474.gabcdef12", 1);
        spotify.cacheFile(SpotifyFlavour.LINUX_PACKAGE, "Data/aa/big.file", 2 * 1024 * 1024, YESTERDAY);
        List<Path> before = listAll();

        run(spotify, 1);

        assertThat(listAll()).isEqualTo(before);
    }

    private List<Path> listAll() throws IOException {
        try (Stream<Path> all = Files.walk(home)) {
            return all.sorted().toList();
        }
    }

    private ClientCacheCheck check(FakeSpotifyHome spotify, long freeBytes) {
        return new ClientCacheCheck(spotify.locator(), path -> freeBytes, clock);
    }

    private CheckResult run(FakeSpotifyHome spotify, long freeBytes) {
        return check(spotify, freeBytes).run(new FakeCheckContext(clock, Duration.ofSeconds(2)));
    }
}

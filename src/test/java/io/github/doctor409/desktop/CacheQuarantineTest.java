package io.github.doctor409.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.OperatingSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheQuarantineTest {

    @TempDir
    Path home;
    @TempDir
    Path configDir;

    private final MutableClock clock = new MutableClock(FakeSpotifyHome.NOW);
    private final FakeProcessList processes = new FakeProcessList();
    private FakeSpotifyHome spotify;
    private SpotifyInstall install;
    private Path root;
    private Path outside;

    @BeforeEach
    void buildAnInstalledApp() throws IOException {
        spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX).typicalPrefs(SpotifyFlavour.LINUX_PACKAGE, "1.2.98.1.gabcdef12", 1024);
        install = spotify.paths(SpotifyFlavour.LINUX_PACKAGE);
        root = install.cacheRoot();
        Random random = new Random(409);
        file("Data/0a/0a1b2c3d.file", 70_000, random);
        file("Data/ünï cödé/name with spaces.file", 1_234, random);
        file("Data/empty.file", 0, random);
        file("Data/deep/a/b/c/d/e/leaf", 17, random);
        file("Browser/Cache/data_0", 8_192, random);
        file("Browser/Local Storage/leveldb/000003.log", 300, random);
        file("LocalPrefs.json", 40, random);
        file("Storage/offline-track.file", 32_000, random);
        file("Users/someone-user/local-files.bnk", 100, random);
        file("offline.bnk", 64, random);
        file("Update/spotify-update.tbz", 500, random);
        outside = home.resolve("Music/private.txt");
        Files.createDirectories(outside.getParent());
        Files.writeString(outside, "not Spotify's");
        Files.createSymbolicLink(root.resolve("Data/link-out"), outside);
        Files.createSymbolicLink(root.resolve("Browser/link-in"), Path.of("../Data/0a/0a1b2c3d.file"));
        Files.createSymbolicLink(root.resolve("Data/dir-link-out"), outside.getParent());
    }

    private void file(String relative, int size, Random random) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        FakeSpotifyHome.write(root.resolve(relative), bytes, FakeSpotifyHome.YESTERDAY);
    }

    private CacheQuarantine quarantine(FileMoves moves) {
        return new CacheQuarantine(new QuarantineIndex(configDir), moves, new SpotifyProcesses(processes, OperatingSystem.LINUX), clock);
    }

    private CachePlan plan() {
        return CachePlan.of(install, SpotifyPrefs.read(install.prefsFile()), () -> false);
    }

    private Map<String, String> everythingButTheQuarantine() {
        return TreeSnapshot.of(home, rel -> !rel.startsWith(".cache/" + CacheQuarantine.FOLDER));
    }

    private Map<String, String> kept() {
        return TreeSnapshot.of(root, rel -> !rel.startsWith("Data") && !rel.startsWith("Browser") && !rel.equals("LocalPrefs.json"));
    }

    @Test
    void planListsTheCacheFoldersAndKeepsOfflineDownloadsWithTheReason() {
        CachePlan plan = plan();

        assertThat(plan.entries()).extracting(e -> e.path().getFileName().toString())
                .containsExactly("Browser", "Data", "LocalPrefs.json");
        CachePlan.Entry data = plan.entries().get(1);
        assertThat(data.files()).isEqualTo(4);
        assertThat(data.bytes()).isEqualTo(70_000 + 1_234 + 17);
        assertThat(data.linksSkipped()).isEqualTo(2);
        assertThat(plan.totalFiles()).isEqualTo(4 + 2 + 1);
        assertThat(plan.kept()).extracting(k -> k.path().getFileName().toString())
                .containsExactly("Storage", "Update", "Users", "offline.bnk");
        assertThat(plan.kept()).filteredOn(k -> k.path().endsWith("Storage")).first()
                .extracting(CacheLayout.KeptEntry::reason).isEqualTo("offline downloads");
    }

    @Test
    void clearMovesOnlyTheCacheAndUndoRestoresTheTreeByteForByte() {
        Map<String, String> before = everythingButTheQuarantine();
        Map<String, String> keptBefore = kept();
        Map<String, String> outsideBefore = TreeSnapshot.of(outside.getParent());
        CacheQuarantine quarantine = quarantine(new RealFileMoves());

        FixOutcome cleared = quarantine.clear(plan(), new RecordingFixContext());

        assertThat(cleared).isInstanceOf(FixOutcome.Done.class);
        assertThat(root.resolve("Data")).doesNotExist();
        assertThat(root.resolve("Browser")).doesNotExist();
        assertThat(kept()).isEqualTo(keptBefore);
        assertThat(TreeSnapshot.of(outside.getParent())).isEqualTo(outsideBefore);
        assertThat(install.prefsFile()).exists();

        FixOutcome undone = quarantine.undo(Optional.empty(), false, new RecordingFixContext());

        assertThat(undone).isInstanceOf(FixOutcome.Done.class);
        assertThat(everythingButTheQuarantine()).isEqualTo(before);
        assertThat(home.resolve(".cache/" + CacheQuarantine.FOLDER)).isEmptyDirectory();
    }

    @Test
    void onAnotherVolumeTheCacheIsCopiedVerifiedAndDeletedAndUndoStillRestoresEveryByte() {
        Map<String, String> before = everythingButTheQuarantine();
        FaultyFileMoves moves = new FaultyFileMoves().otherVolume();
        CacheQuarantine quarantine = quarantine(moves);

        assertThat(quarantine.clear(plan(), new RecordingFixContext())).isInstanceOf(FixOutcome.Done.class);
        assertThat(moves.copies()).isGreaterThanOrEqualTo(7);
        assertThat(root.resolve("Data")).doesNotExist();
        assertThat(outside).hasContent("not Spotify's");

        assertThat(quarantine.undo(Optional.empty(), false, new RecordingFixContext())).isInstanceOf(FixOutcome.Done.class);
        assertThat(everythingButTheQuarantine()).isEqualTo(before);
    }

    @Test
    void linksAreMovedAsLinksAndTheirTargetsOutsideTheCacheStayPut() throws Exception {
        CacheQuarantine quarantine = quarantine(new RealFileMoves());

        quarantine.clear(plan(), new RecordingFixContext());

        QuarantineRecord record = quarantine.list().get(0);
        Path movedLink = record.location().resolve("Data/link-out");
        assertThat(Files.isSymbolicLink(movedLink)).isTrue();
        assertThat(Files.readSymbolicLink(movedLink)).isEqualTo(outside);
        assertThat(outside).exists().hasContent("not Spotify's");
        assertThat(outside.getParent().resolve("private.txt")).exists();
    }

    @Test
    void refusesWhileSpotifyRunsAndChangesNothing() {
        processes.running("/usr/share/spotify/spotify");
        Map<String, String> before = TreeSnapshot.of(home);

        FixOutcome outcome = quarantine(new RealFileMoves()).clear(plan(), new RecordingFixContext());

        assertThat(outcome).isInstanceOf(FixOutcome.Refused.class);
        assertThat(outcome.message()).contains("Spotify is running").contains("Nothing was changed");
        assertThat(TreeSnapshot.of(home)).isEqualTo(before);
        assertThat(configDir.resolve("quarantine/index.json")).doesNotExist();
    }

    @Test
    void aProcessWithAnotherNameDoesNotCountAsSpotify() {
        processes.running("/usr/bin/spotifyd").running("/usr/bin/bash");

        assertThat(quarantine(new RealFileMoves()).clear(plan(), new RecordingFixContext())).isInstanceOf(FixOutcome.Done.class);
    }

    @Test
    void spotifyStartingMidwayStopsTheClearAndUndoPutsBackWhatMoved() {
        Map<String, String> before = everythingButTheQuarantine();
        // one snapshot before starting, one before each entry: Spotify appears before the second entry
        processes.startsAfter(2, "/opt/spotify/spotify");
        CacheQuarantine quarantine = quarantine(new RealFileMoves());

        FixOutcome outcome = quarantine.clear(plan(), new RecordingFixContext());

        assertThat(outcome).isInstanceOf(FixOutcome.Failed.class);
        assertThat(outcome.message()).contains("Spotify started").contains("Browser").contains("undo");
        assertThat(root.resolve("Browser")).doesNotExist();
        assertThat(root.resolve("Data")).isDirectory();

        FixOutcome refused = quarantine.undo(Optional.empty(), false, new RecordingFixContext());
        assertThat(refused).isInstanceOf(FixOutcome.Refused.class);
        processes.forceQuit(2000);
        assertThat(quarantine.undo(Optional.empty(), false, new RecordingFixContext())).isInstanceOf(FixOutcome.Done.class);
        assertThat(everythingButTheQuarantine()).isEqualTo(before);
    }

    @Test
    void cancellingHalfwayLeavesEveryEntryWholeInOnePlaceAndUndoRestoresIt() throws Exception {
        Map<String, String> before = everythingButTheQuarantine();
        AtomicInteger checks = new AtomicInteger();
        CacheQuarantine quarantine = quarantine(new RealFileMoves());

        // cancelled from the second question on: after Browser moved, before Data
        FixOutcome outcome = quarantine.clear(plan(), new RecordingFixContext(() -> checks.incrementAndGet() > 1));

        assertThat(outcome).isInstanceOf(FixOutcome.Cancelled.class);
        QuarantineRecord record = quarantine.list().get(0);
        assertThat(record.complete()).isFalse();
        assertThat(record.moved()).extracting(QuarantineRecord.Moved::name).containsExactly("Browser");
        assertThat(root.resolve("Data")).isDirectory();
        assertThat(TreeSnapshot.of(record.location().resolve("Browser")))
                .isEqualTo(before.entrySet().stream().filter(e -> e.getKey().startsWith(".cache/spotify/Browser"))
                        .collect(java.util.stream.Collectors.toMap(
                                e -> e.getKey().equals(".cache/spotify/Browser/") ? "/" : e.getKey().substring(".cache/spotify/Browser/".length()),
                                Map.Entry::getValue)));

        assertThat(quarantine.undo(Optional.empty(), false, new RecordingFixContext())).isInstanceOf(FixOutcome.Done.class);
        assertThat(everythingButTheQuarantine()).isEqualTo(before);
    }

    @Test
    void cancellingInTheMiddleOfACopyRemovesThePartialCopyAndLeavesTheOriginal() throws Exception {
        Map<String, String> before = everythingButTheQuarantine();
        FaultyFileMoves moves = new FaultyFileMoves().otherVolume();
        CacheQuarantine quarantine = quarantine(moves);

        FixOutcome outcome = quarantine.clear(plan(), new RecordingFixContext(() -> moves.copies() >= 2));

        assertThat(outcome).isInstanceOf(FixOutcome.Cancelled.class);
        assertThat(outcome.message()).contains("nothing was moved");
        assertThat(everythingButTheQuarantine()).isEqualTo(before);
        assertThat(quarantine.list()).isEmpty();
    }

    @Test
    void permissionDeniedOnOneFileStopsWithAClearMessageAndLosesNothing() throws Exception {
        Map<String, String> before = everythingButTheQuarantine();
        FaultyFileMoves moves = new FaultyFileMoves().otherVolume()
                .denyCopyOf(p -> p.getFileName().toString().equals("name with spaces.file"));
        CacheQuarantine quarantine = quarantine(moves);

        FixOutcome outcome = quarantine.clear(plan(), new RecordingFixContext());

        assertThat(outcome).isInstanceOf(FixOutcome.Failed.class);
        assertThat(outcome.message()).contains("Could not move Data").contains("AccessDeniedException").contains("undo");
        assertThat(TreeSnapshot.of(root.resolve("Data"))).isNotEmpty();
        assertThat(quarantine.undo(Optional.empty(), false, new RecordingFixContext())).isInstanceOf(FixOutcome.Done.class);
        assertThat(everythingButTheQuarantine()).isEqualTo(before);
    }

    @Test
    void aFullDiskStopsTheCopyAndLeavesTheOriginalUntouched() throws Exception {
        Map<String, String> before = everythingButTheQuarantine();
        CacheQuarantine quarantine = quarantine(new FaultyFileMoves().otherVolume().diskFullAfterCopies(1));

        FixOutcome outcome = quarantine.clear(plan(), new RecordingFixContext());

        assertThat(outcome).isInstanceOf(FixOutcome.Failed.class);
        assertThat(outcome.message()).contains("No space left on device");
        assertThat(everythingButTheQuarantine()).isEqualTo(before);
        assertThat(quarantine.list()).isEmpty();
    }

    @Test
    void anOriginalThatCannotBeDeletedAfterCopyingIsMergedBackByUndo() {
        Map<String, String> before = everythingButTheQuarantine();
        FaultyFileMoves moves = new FaultyFileMoves().otherVolume()
                .denyDeleteOf(p -> p.getFileName().toString().equals("data_0") && p.startsWith(root));
        CacheQuarantine quarantine = quarantine(moves);

        FixOutcome outcome = quarantine.clear(plan(), new RecordingFixContext());

        assertThat(outcome).isInstanceOf(FixOutcome.Failed.class);
        assertThat(outcome.message()).contains("could not remove all of the original").contains("Nothing is lost");
        assertThat(quarantine(new RealFileMoves()).undo(Optional.empty(), false, new RecordingFixContext()))
                .isInstanceOf(FixOutcome.Done.class);
        assertThat(everythingButTheQuarantine()).isEqualTo(before);
    }

    @Test
    void aDamagedIndexStopsClearAndUndoWithAClearMessageAndChangesNothing() throws IOException {
        Path index = configDir.resolve("quarantine/index.json");
        Files.createDirectories(index.getParent());
        Files.writeString(index, "{\"schema\": \"doctor409.quarantine/1\", \"quarantines\": [{\"id\": tru");
        Map<String, String> before = TreeSnapshot.of(home);
        CacheQuarantine quarantine = quarantine(new RealFileMoves());

        FixOutcome cleared = quarantine.clear(plan(), new RecordingFixContext());
        FixOutcome undone = quarantine.undo(Optional.empty(), false, new RecordingFixContext());

        assertThat(cleared).isInstanceOf(FixOutcome.Refused.class);
        assertThat(cleared.message()).contains("is damaged").contains(index.toString()).contains("changed nothing");
        assertThat(undone).isInstanceOf(FixOutcome.Refused.class);
        assertThat(TreeSnapshot.of(home)).isEqualTo(before);
        assertThat(index).hasContent("{\"schema\": \"doctor409.quarantine/1\", \"quarantines\": [{\"id\": tru");
    }

    @Test
    void anIndexNamingAPathOutsideAFolderIsTreatedAsDamaged() throws IOException {
        Path index = configDir.resolve("quarantine/index.json");
        Files.createDirectories(index.getParent());
        Files.writeString(index, "{\"schema\":\"doctor409.quarantine/1\",\"quarantines\":[{\"id\":\"x\",\"createdAt\":\"2026-11-24T12:00:00Z\","
                + "\"flavour\":\"linux-package\",\"cacheRoot\":\"/tmp\",\"location\":\"/tmp/q\",\"complete\":true,"
                + "\"moved\":[{\"name\":\"../../etc\",\"files\":1,\"bytes\":1}]}]}");

        FixOutcome undone = quarantine(new RealFileMoves()).undo(Optional.of("x"), true, new RecordingFixContext());

        assertThat(undone).isInstanceOf(FixOutcome.Refused.class);
        assertThat(undone.message()).contains("is damaged");
    }

    @Test
    void undoRefusesToReplaceFilesThatChangedSinceTheClearUnlessAllowed() throws IOException {
        CacheQuarantine quarantine = quarantine(new RealFileMoves());
        quarantine.clear(plan(), new RecordingFixContext());
        // the app ran again: it wrote a new version of one file, and a new file
        FakeSpotifyHome.write(root.resolve("Data/0a/0a1b2c3d.file"), "newer".getBytes(), FakeSpotifyHome.NOW);
        FakeSpotifyHome.write(root.resolve("Data/fresh.file"), "fresh".getBytes(), FakeSpotifyHome.NOW);

        FixOutcome refused = quarantine.undo(Optional.empty(), false, new RecordingFixContext());

        assertThat(refused).isInstanceOf(FixOutcome.Refused.class);
        assertThat(refused.message()).contains("1 files changed").contains("Data/0a/0a1b2c3d.file");
        assertThat(root.resolve("Data/0a/0a1b2c3d.file")).hasContent("newer");
        assertThat(root.resolve("Data/empty.file")).doesNotExist();

        FixOutcome replaced = quarantine.undo(Optional.empty(), true, new RecordingFixContext());

        assertThat(replaced).isInstanceOf(FixOutcome.Done.class);
        assertThat(Files.size(root.resolve("Data/0a/0a1b2c3d.file"))).isEqualTo(70_000);
        assertThat(root.resolve("Data/empty.file")).exists();
        assertThat(root.resolve("Data/fresh.file")).hasContent("fresh");
    }

    @Test
    void undoMergesIntoAFolderTheAppRecreatedKeepingItsNewFiles() throws IOException {
        Map<String, String> before = TreeSnapshot.of(root.resolve("Data"));
        CacheQuarantine quarantine = quarantine(new RealFileMoves());
        quarantine.clear(plan(), new RecordingFixContext());
        FakeSpotifyHome.write(root.resolve("Data/fresh.file"), "fresh".getBytes(), FakeSpotifyHome.NOW);

        assertThat(quarantine.undo(Optional.empty(), false, new RecordingFixContext())).isInstanceOf(FixOutcome.Done.class);

        Map<String, String> after = TreeSnapshot.of(root.resolve("Data"));
        assertThat(after).containsAllEntriesOf(before).containsKey("fresh.file");
    }

    @Test
    void quarantinesArePurgedAfterFourteenDaysAndOnRequest() throws Exception {
        CacheQuarantine quarantine = quarantine(new RealFileMoves());
        quarantine.clear(plan(), new RecordingFixContext());
        QuarantineRecord first = quarantine.list().get(0);

        clock.advance(Duration.ofDays(13));
        assertThat(quarantine.purgeExpired()).isEmpty();
        assertThat(first.location()).isDirectory();
        clock.advance(Duration.ofDays(2));
        assertThat(quarantine.purgeExpired()).extracting(QuarantineRecord::id).containsExactly(first.id());
        assertThat(first.location()).doesNotExist();
        assertThat(outside).hasContent("not Spotify's");

        FakeSpotifyHome.write(root.resolve("Data/again.file"), new byte[10], FakeSpotifyHome.NOW);
        quarantine.clear(plan(), new RecordingFixContext());
        QuarantineRecord second = quarantine.list().get(0);
        assertThat(quarantine.purge(second.id())).isInstanceOf(FixOutcome.Done.class);
        assertThat(second.location()).doesNotExist();
        assertThat(quarantine.list()).isEmpty();
    }

    @Test
    void theQuarantineSitsBesideTheCacheSoTheClearIsARename() throws Exception {
        CacheQuarantine quarantine = quarantine(new RealFileMoves());

        quarantine.clear(plan(), new RecordingFixContext());

        QuarantineRecord record = quarantine.list().get(0);
        assertThat(record.location().getParent()).isEqualTo(root.getParent().resolve(CacheQuarantine.FOLDER));
        assertThat(record.location().resolve(QuarantineIndex.BESIDE)).exists();
        assertThat(record.id()).isEqualTo("20261124-120000");
        assertThat(record.complete()).isTrue();
    }

    @Test
    void progressGoesFromZeroToOneNamingEachFolder() {
        RecordingFixContext context = new RecordingFixContext();

        quarantine(new RealFileMoves()).clear(plan(), context);

        assertThat(context.fractions()).isSorted().startsWith(0.0).endsWith(1.0);
        assertThat(context.messages()).anyMatch(m -> m.startsWith("Moving Data"));
    }

    @Test
    void nothingToUndoIsSaidPlainly() {
        FixOutcome outcome = quarantine(new RealFileMoves()).undo(Optional.of("nope"), false, new RecordingFixContext());

        assertThat(outcome).isInstanceOf(FixOutcome.Refused.class);
        assertThat(outcome.message()).contains("no cache clear with the id nope");
        assertThat(Files.exists(root.resolve("Data"), LinkOption.NOFOLLOW_LINKS)).isTrue();
    }
}

package io.github.doctor409.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.OperatingSystem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random cache trees — nested folders, unicode and spaces in names, empty files, sparse files, links
 * inside and outside the root — clearing then undoing gives back a byte-identical tree, and clearing never
 * changes a file outside the plan.
 */
class CacheQuarantineProperties {

    enum Kind { FILE, EMPTY, SPARSE, LINK_INSIDE, LINK_OUTSIDE }

    record Node(String top, List<String> segments, Kind kind, int size) {}

    @Property(tries = 40)
    void clearThenUndoGivesBackAByteIdenticalTree(@ForAll("trees") List<Node> tree, @ForAll boolean otherVolume)
            throws IOException {
        Path home = Files.createTempDirectory("doctor409-prop");
        try {
            FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX)
                    .typicalPrefs(SpotifyFlavour.LINUX_PACKAGE, "1.2.98.1.gabcdef12", 1024);
            SpotifyInstall install = spotify.paths(SpotifyFlavour.LINUX_PACKAGE);
            Path root = install.cacheRoot();
            Path outside = home.resolve("Music");
            Files.createDirectories(outside);
            Files.writeString(outside.resolve("mine.txt"), "keep me");
            spotify.offlineFile(SpotifyFlavour.LINUX_PACKAGE, "offline.file", 99);
            build(root, outside, tree);
            java.util.function.Predicate<String> notOurs = rel -> !rel.startsWith(".cache/" + CacheQuarantine.FOLDER) && !rel.startsWith("config");
            Map<String, String> before = TreeSnapshot.of(home, notOurs);
            Map<String, String> kept = TreeSnapshot.of(home, rel -> !rel.startsWith(".cache/"));
            Map<String, String> storage = TreeSnapshot.of(install.offlineStorage());
            FileMoves moves = otherVolume ? new FaultyFileMoves().otherVolume() : new RealFileMoves();
            CacheQuarantine quarantine = new CacheQuarantine(new QuarantineIndex(home.resolve("config")), moves,
                    new SpotifyProcesses(new FakeProcessList(), OperatingSystem.LINUX), new MutableClock(FakeSpotifyHome.NOW));

            FixOutcome cleared = quarantine.clear(CachePlan.of(install, SpotifyPrefs.read(install.prefsFile()), () -> false),
                    new RecordingFixContext());

            assertThat(cleared).isInstanceOf(FixOutcome.Done.class);
            assertThat(TreeSnapshot.of(home, rel -> !rel.startsWith(".cache/") && !rel.startsWith("config"))).isEqualTo(kept);
            assertThat(TreeSnapshot.of(install.offlineStorage())).isEqualTo(storage);

            FixOutcome undone = quarantine.undo(Optional.empty(), false, new RecordingFixContext());

            assertThat(undone).isInstanceOf(FixOutcome.Done.class);
            assertThat(TreeSnapshot.of(home, notOurs)).isEqualTo(before);
        } finally {
            TreeMove.deleteTree(home, new RealFileMoves());
        }
    }

    private static void build(Path root, Path outside, List<Node> tree) throws IOException {
        for (Node node : tree) {
            Path path = root.resolve(node.top());
            for (String segment : node.segments()) {
                path = path.resolve(segment);
            }
            try {
                Files.createDirectories(path.getParent());
                switch (node.kind()) {
                    case FILE -> Files.write(path, bytes(node.size()));
                    case EMPTY -> Files.write(path, new byte[0]);
                    case SPARSE -> {
                        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
                            file.setLength(4L * 1024 * 1024 + node.size());
                            file.write(bytes(16));
                        }
                    }
                    case LINK_INSIDE -> Files.createSymbolicLink(path, Path.of("..", node.top()));
                    case LINK_OUTSIDE -> Files.createSymbolicLink(path, outside.resolve("mine.txt"));
                }
            } catch (java.nio.file.FileSystemException e) {
                // the same name drawn twice, or a file where a folder should be: skip this node
            }
        }
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + size);
        }
        return bytes;
    }

    @Provide
    Arbitrary<List<Node>> trees() {
        Arbitrary<String> top = Arbitraries.of("Data", "Browser", "Default", "ünï cödé", "with space", "Storage-not", "mercury.db");
        Arbitrary<String> segment = Arbitraries.strings()
                .withChars("abcxyz019 _-éßж한")
                .ofMinLength(1).ofMaxLength(8)
                .filter(s -> !s.isBlank() && !s.startsWith(" ") && !s.endsWith(" "));
        Arbitrary<List<String>> segments = segment.list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<Kind> kind = Arbitraries.of(Kind.class);
        Arbitrary<Integer> size = Arbitraries.integers().between(0, 3000);
        return Combinators.combine(top, segments, kind, size).as(Node::new).list().ofMinSize(1).ofMaxSize(25);
    }
}

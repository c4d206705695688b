package io.github.doctor409.desktop;

import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.OperatingSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints figures, asserts nothing (not a timed test): {@code cache plan} against {@code du -s} on the same
 * 100,000-file tree, and {@code cache clear} (same volume) against {@code rm -rf} of an identical copy.
 * Medians of several runs. Run with:
 * {@code ./mvnw -B -q test -Dtest=CacheBenchmark -Ddoctor409.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "doctor409.benchmark", matches = "true")
class CacheBenchmark {

    static final int FILES = 100_000;
    static final int RUNS = 5;

    @Test
    void planAgainstDuAndClearAgainstRmRf() throws Exception {
        Path base = Files.createDirectories(Path.of("target/bench")).toAbsolutePath();
        Path home = Files.createTempDirectory(base, "home");
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX).typicalPrefs(SpotifyFlavour.LINUX_PACKAGE, "1.2.98.1.gabcdef12", 1024);
        SpotifyInstall install = spotify.paths(SpotifyFlavour.LINUX_PACKAGE);
        Path root = install.cacheRoot();
        long started = System.nanoTime();
        generate(root);
        System.out.printf(Locale.ROOT, "generated %d files in %.1f s%n", FILES, (System.nanoTime() - started) / 1e9);
        SpotifyPrefs prefs = SpotifyPrefs.read(install.prefsFile());

        List<Double> plan = new ArrayList<>();
        List<Double> du = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            CachePlan p = CachePlan.of(install, prefs, () -> false);
            plan.add(ms(t));
            if (p.totalFiles() != FILES) {
                throw new IllegalStateException("plan counted " + p.totalFiles());
            }
            t = System.nanoTime();
            run("du", "-s", root.toString());
            du.add(ms(t));
        }

        CacheQuarantine quarantine = new CacheQuarantine(new QuarantineIndex(home.resolve("config")), new RealFileMoves(),
                new SpotifyProcesses(new FakeProcessList(), OperatingSystem.LINUX), new MutableClock(FakeSpotifyHome.NOW));
        List<Double> clear = new ArrayList<>();
        List<Double> rm = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            CachePlan p = CachePlan.of(install, prefs, () -> false);
            long t = System.nanoTime();
            FixOutcome outcome = quarantine.clear(p, new RecordingFixContext());
            clear.add(ms(t));
            if (!(outcome instanceof FixOutcome.Done)) {
                throw new IllegalStateException(outcome.message());
            }
            FixOutcome undone = quarantine.undo(Optional.empty(), false, new RecordingFixContext());
            if (!(undone instanceof FixOutcome.Done)) {
                throw new IllegalStateException(undone.message());
            }
            Path copy = base.resolve("copy-" + i);
            run("cp", "-a", root.toString(), copy.toString());
            t = System.nanoTime();
            run("rm", "-rf", copy.toString());
            rm.add(ms(t));
        }
        System.out.println("plan runs (ms): " + plan + "; du runs (ms): " + du);
        System.out.println("clear runs (ms): " + clear + "; rm -rf runs (ms): " + rm);
        System.out.printf(Locale.ROOT, "cache plan  median %8.1f ms   du -s   median %8.1f ms   ratio %.2f (target <= 1.5)%n",
                median(plan), median(du), median(plan) / median(du));
        System.out.printf(Locale.ROOT, "cache clear median %8.1f ms   rm -rf  median %8.1f ms   ratio %.3f (target <= 0.1)%n",
                median(clear), median(rm), median(clear) / median(rm));
        run("rm", "-rf", home.toString());
    }

    private static void generate(Path root) throws IOException {
        byte[] content = new byte[512];
        int perDir = 100;
        for (int i = 0; i < FILES; i++) {
            String top = i % 10 == 0 ? "Browser" : "Data";
            Path dir = root.resolve(top).resolve(String.format(Locale.ROOT, "%02x", (i / perDir) % 256))
                    .resolve(Integer.toString(i / (perDir * 256)));
            if (i % perDir == 0 || !Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
            Files.write(dir.resolve(i + ".file"), i % 7 == 0 ? new byte[0] : content);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static double ms(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toNanos() / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

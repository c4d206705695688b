package io.github.doctor409.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FakeCheckContext;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code client.cache}'s findings that need more than the cache: an oversized mercury.db, a cache older than the app. */
class ClientCacheCheckAppTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(FakeSpotifyHome.NOW);

    private CheckResult run(FakeSpotifySystem system) {
        return new ClientCacheCheck(system.home.locator(), path -> 100L * 1024 * 1024 * 1024, clock, Optional.of(system.apps()))
                .run(new FakeCheckContext(clock, Duration.ofSeconds(2)));
    }

    @Test
    void anOversizedMercuryDbWarns() throws Exception {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.LINUX);
        system.home.typicalPrefs(SpotifyFlavour.LINUX_PACKAGE, "1.2.98.1.gabcdef12", 10_000);
        system.home.cacheFile(SpotifyFlavour.LINUX_PACKAGE, "Data/00/a.file", 10, FakeSpotifyHome.YESTERDAY);
        Path mercury = system.home.paths(SpotifyFlavour.LINUX_PACKAGE).cacheRoot().resolve("mercury.db");
        try (RandomAccessFile file = new RandomAccessFile(mercury.toFile(), "rw")) {
            file.setLength(ClientCacheCheck.MERCURY_DB_LIMIT + 1);
        }

        CheckResult result = run(system);

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).contains("mercury.db");
        assertThat(result.evidence()).containsEntry("mercuryDbBytes", ClientCacheCheck.MERCURY_DB_LIMIT + 1);
        assertThat(result.fixes()).containsExactly("fix.clear-cache");
    }

    @Test
    void aCacheOlderThanTheInstalledAppWasWrittenByAnOlderVersion() throws Exception {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.LINUX);
        system.home.typicalPrefs(SpotifyFlavour.FLATPAK, "1.2.98.1.gabcdef12", 10_000);
        system.home.cacheFile(SpotifyFlavour.FLATPAK, "Data/00/a.file", 10, FakeSpotifyHome.NOW.minus(Duration.ofDays(20)));
        Path app = system.install(SpotifyFlavour.FLATPAK, "per user");
        Files.setLastModifiedTime(app.resolve("spotify"), FileTime.from(FakeSpotifyHome.NOW.minus(Duration.ofDays(3))));

        CheckResult result = run(system);

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).contains("written by an older version");
        assertThat(result.evidence()).containsEntry("olderThanApp", true);
    }

    @Test
    void aCacheWrittenAfterTheUpdateIsFine() throws Exception {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.LINUX);
        system.home.typicalPrefs(SpotifyFlavour.FLATPAK, "1.2.98.1.gabcdef12", 10_000);
        system.home.cacheFile(SpotifyFlavour.FLATPAK, "Data/00/a.file", 10, FakeSpotifyHome.YESTERDAY);
        Path app = system.install(SpotifyFlavour.FLATPAK, "per user");
        Files.setLastModifiedTime(app.resolve("spotify"), FileTime.from(FakeSpotifyHome.NOW.minus(Duration.ofDays(3))));

        CheckResult result = run(system);

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.evidence()).containsEntry("olderThanApp", false);
    }
}

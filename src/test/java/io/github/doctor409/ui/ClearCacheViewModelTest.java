package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.ManualExecutor;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.desktop.CacheQuarantine;
import io.github.doctor409.desktop.ClearCacheFix;
import io.github.doctor409.desktop.QuarantineIndex;
import io.github.doctor409.desktop.RealFileMoves;
import io.github.doctor409.desktop.RunningProcess;
import io.github.doctor409.desktop.SpotifyInstallLocator;
import io.github.doctor409.desktop.SpotifyProcesses;
import io.github.doctor409.testing.SpotifyHome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClearCacheViewModelTest {

    @TempDir
    Path home;

    private final ManualExecutor executor = new ManualExecutor(MutableClock.atEpochDay());
    private boolean spotifyRunning;

    private ClearCacheViewModel viewModel() {
        return viewModel(java.util.Locale.ENGLISH);
    }

    private ClearCacheViewModel viewModel(java.util.Locale locale) {
        HostEnvironment host = new HostEnvironment(OperatingSystem.LINUX, home, Map.of());
        io.github.doctor409.desktop.ProcessList processes = new io.github.doctor409.desktop.ProcessList() {
            @Override
            public List<RunningProcess> snapshot() {
                return spotifyRunning ? List.of(new RunningProcess(7, "/opt/spotify/spotify")) : List.of();
            }

            @Override
            public boolean askToQuit(long pid) {
                return false;
            }

            @Override
            public boolean forceQuit(long pid) {
                return false;
            }

            @Override
            public boolean isAlive(long pid) {
                return spotifyRunning;
            }

            @Override
            public boolean awaitExit(long pid, java.time.Duration timeout) {
                return !spotifyRunning;
            }
        };
        CacheQuarantine quarantine = new CacheQuarantine(new QuarantineIndex(home.resolve("config")), new RealFileMoves(),
                new SpotifyProcesses(processes, OperatingSystem.LINUX), new MutableClock(Instant.parse("2026-11-24T12:00:00Z")));
        return new ClearCacheViewModel(new ClearCacheFix(new SpotifyInstallLocator(host), quarantine), executor, Runnable::run,
                new CheckTexts(new Messages(locale)));
    }

    @Test
    void thePlanListsWhatMovesAndWhatStays() {
        new SpotifyHome(home).linuxInstall("1.2.98.474.gabcdef12");
        ClearCacheViewModel viewModel = viewModel();

        viewModel.start();
        assertThat(viewModel.stepProperty().get()).isEqualTo(ClearCacheViewModel.Step.PLANNING);
        executor.runAll();

        assertThat(viewModel.stepProperty().get()).isEqualTo(ClearCacheViewModel.Step.CONFIRM);
        assertThat(viewModel.movesProperty().get()).extracting(ClearCacheViewModel.Row::name).containsExactly("Browser", "Data");
        assertThat(viewModel.keptProperty().get()).containsExactly(new ClearCacheViewModel.Row("Storage", 0, 0, 0, "offline downloads"));
        assertThat(viewModel.note(viewModel.keptProperty().get().get(0))).isEqualTo("offline downloads");
        assertThat(viewModel.amount(viewModel.movesProperty().get().get(1))).isEqualTo("1 file, 65.5 KB");
        assertThat(viewModel.totalsProperty().get()).startsWith("2 files (73.7 KB) will move");
    }

    @Test
    void whenSpotifyRunsTheClearIsRefusedAndThereIsNothingToUndo() {
        new SpotifyHome(home).linuxInstall("1.2.98.474.gabcdef12");
        ClearCacheViewModel viewModel = viewModel();
        viewModel.start();
        executor.runAll();
        spotifyRunning = true;

        viewModel.confirm();
        executor.runAll();

        assertThat(viewModel.stepProperty().get()).isEqualTo(ClearCacheViewModel.Step.STOPPED);
        assertThat(viewModel.messageProperty().get()).contains("Spotify is running");
        assertThat(viewModel.canUndo()).isFalse();
        assertThat(home.resolve(".cache/spotify/Data")).isDirectory();
    }

    @Test
    void withoutSpotifyThereIsNothingToClear() {
        ClearCacheViewModel viewModel = viewModel();

        viewModel.start();
        executor.runAll();

        assertThat(viewModel.stepProperty().get()).isEqualTo(ClearCacheViewModel.Step.NOTHING_TO_CLEAR);
        assertThat(viewModel.messageProperty().get()).contains("not found");
    }

    @Test
    void theFixsProgressIsSaidInTheWindowsLanguage() {
        new SpotifyHome(home).linuxInstall("1.2.98.474.gabcdef12");
        ClearCacheViewModel viewModel = viewModel(java.util.Locale.GERMAN);
        viewModel.start();
        executor.runAll();

        viewModel.confirm();
        executor.runAll();

        assertThat(home.resolve(".cache/spotify/Data")).doesNotExist();
        assertThat(viewModel.progressTextProperty().get()).isEqualTo("Fertig");
        viewModel.undo();
        executor.runAll();
        assertThat(home.resolve(".cache/spotify/Data")).isDirectory();
        assertThat(viewModel.progressTextProperty().get()).isEqualTo("Fertig");
    }
}

package io.github.doctor409.testing;

import io.github.doctor409.desktop.ProcessList;
import io.github.doctor409.desktop.RunningProcess;
import java.time.Duration;
import java.util.List;

/** A machine where nothing runs: the Spotify app is always closed. */
public final class NoProcesses implements ProcessList {

    @Override
    public List<RunningProcess> snapshot() {
        return List.of();
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
        return false;
    }

    @Override
    public boolean awaitExit(long pid, Duration timeout) {
        return true;
    }
}

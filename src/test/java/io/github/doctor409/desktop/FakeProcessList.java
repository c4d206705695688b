package io.github.doctor409.desktop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A process list a test controls: processes are added and removed by hand, or appear after a number of
 * snapshots ("Spotify starts in the middle"). Records the quit requests it receives.
 */
final class FakeProcessList implements ProcessList {

    private final List<RunningProcess> running = new CopyOnWriteArrayList<>();
    private final List<Long> askedToQuit = new CopyOnWriteArrayList<>();
    private final List<Long> forced = new CopyOnWriteArrayList<>();
    private RunningProcess startsLater;
    private int snapshotsUntilStart = -1;
    private boolean quitsWhenAsked = true;
    private int snapshots;

    FakeProcessList running(String command) {
        running.add(new RunningProcess(1000 + running.size(), command));
        return this;
    }

    /** {@code command} starts running after {@code snapshots} more snapshots were taken. */
    FakeProcessList startsAfter(int snapshots, String command) {
        this.startsLater = new RunningProcess(2000, command);
        this.snapshotsUntilStart = snapshots;
        return this;
    }

    /** The process ignores polite quit requests; only a forced quit ends it. */
    FakeProcessList ignoresQuitRequests() {
        quitsWhenAsked = false;
        return this;
    }

    @Override
    public synchronized List<RunningProcess> snapshot() {
        snapshots++;
        if (snapshotsUntilStart >= 0 && snapshots > snapshotsUntilStart && startsLater != null) {
            running.add(startsLater);
            startsLater = null;
        }
        return new ArrayList<>(running);
    }

    @Override
    public boolean askToQuit(long pid) {
        askedToQuit.add(pid);
        if (quitsWhenAsked) {
            running.removeIf(p -> p.pid() == pid);
        }
        return isPresent(pid) || quitsWhenAsked;
    }

    @Override
    public boolean forceQuit(long pid) {
        forced.add(pid);
        return running.removeIf(p -> p.pid() == pid);
    }

    @Override
    public boolean isAlive(long pid) {
        return isPresent(pid);
    }

    @Override
    public boolean awaitExit(long pid, java.time.Duration timeout) {
        return !isPresent(pid);
    }

    List<Long> askedToQuit() {
        return askedToQuit;
    }

    List<Long> forced() {
        return forced;
    }

    private boolean isPresent(long pid) {
        return running.stream().anyMatch(p -> p.pid() == pid);
    }
}

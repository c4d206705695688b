package io.github.doctor409.desktop;

import java.util.List;

/**
 * The processes running on this machine, behind an interface so tests fake them. The real one reads
 * {@link ProcessHandle#allProcesses()} ({@link RealProcessList}).
 */
public interface ProcessList {

    /** A snapshot of what runs now; processes whose details are hidden are left out. */
    List<RunningProcess> snapshot();

    /** Asks a process to quit the way closing its window does (SIGTERM; on Windows {@code taskkill} without /F); true when the request was delivered. */
    boolean askToQuit(long pid);

    /** Ends a process at once; only after the person confirmed. True when the request was delivered. */
    boolean forceQuit(long pid);

    /** True while the process still runs. */
    boolean isAlive(long pid);

    /** Waits up to {@code timeout} for the process to end; true when it has ended. */
    boolean awaitExit(long pid, java.time.Duration timeout) throws InterruptedException;
}

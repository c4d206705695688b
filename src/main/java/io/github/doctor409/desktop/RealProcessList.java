package io.github.doctor409.desktop;

import io.github.doctor409.core.OperatingSystem;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link ProcessList} over the JVM's {@link ProcessHandle}. A polite quit is SIGTERM on Linux and macOS
 * ({@link ProcessHandle#destroy()}); on Windows, where {@code destroy()} kills at once, it is
 * {@code taskkill /PID n} without {@code /F}, which asks the app's windows to close.
 */
public final class RealProcessList implements ProcessList {

    private final OperatingSystem os;

    public RealProcessList(OperatingSystem os) {
        this.os = os;
    }

    public RealProcessList() {
        this(OperatingSystem.fromOsName(System.getProperty("os.name")));
    }

    @Override
    public List<RunningProcess> snapshot() {
        try {
            return ProcessHandle.allProcesses()
                    .flatMap(handle -> handle.info().command()
                            .map(command -> new RunningProcess(handle.pid(), command)).stream())
                    .toList();
        } catch (SecurityException | UnsupportedOperationException e) {
            return List.of();
        }
    }

    @Override
    public boolean askToQuit(long pid) {
        if (os != OperatingSystem.WINDOWS) {
            return handle(pid).map(ProcessHandle::destroy).orElse(false);
        }
        try {
            Process taskkill = new ProcessBuilder("taskkill", "/PID", Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return taskkill.waitFor(5, TimeUnit.SECONDS) && taskkill.exitValue() == 0;
        } catch (IOException | SecurityException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public boolean forceQuit(long pid) {
        return handle(pid).map(ProcessHandle::destroyForcibly).orElse(false);
    }

    @Override
    public boolean isAlive(long pid) {
        return handle(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Override
    public boolean awaitExit(long pid, Duration timeout) throws InterruptedException {
        Optional<ProcessHandle> handle = handle(pid);
        if (handle.isEmpty()) {
            return true;
        }
        try {
            handle.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !handle.get().isAlive();
        }
    }

    private static Optional<ProcessHandle> handle(long pid) {
        try {
            return ProcessHandle.of(pid);
        } catch (SecurityException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}

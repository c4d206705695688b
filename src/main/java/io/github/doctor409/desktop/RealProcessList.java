package io.github.doctor409.desktop;

import java.util.List;
import java.util.Optional;

/** {@link ProcessList} over the JVM's {@link ProcessHandle}. */
public final class RealProcessList implements ProcessList {

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
        return handle(pid).map(ProcessHandle::destroy).orElse(false);
    }

    @Override
    public boolean forceQuit(long pid) {
        return handle(pid).map(ProcessHandle::destroyForcibly).orElse(false);
    }

    @Override
    public boolean isAlive(long pid) {
        return handle(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static Optional<ProcessHandle> handle(long pid) {
        try {
            return ProcessHandle.of(pid);
        } catch (SecurityException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}

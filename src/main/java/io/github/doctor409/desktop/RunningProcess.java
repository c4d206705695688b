package io.github.doctor409.desktop;

import java.util.Objects;

/**
 * One running process.
 *
 * @param pid     process id
 * @param command the executable's path or name as the OS reports it
 */
public record RunningProcess(long pid, String command) {

    public RunningProcess {
        Objects.requireNonNull(command, "command");
    }

    /** The executable's file name, without folders: {@code spotify}, {@code Spotify.exe}. */
    public String executableName() {
        String normal = command.replace('\\', '/');
        int slash = normal.lastIndexOf('/');
        return slash < 0 ? normal : normal.substring(slash + 1);
    }
}

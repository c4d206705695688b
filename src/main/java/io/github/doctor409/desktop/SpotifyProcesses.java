package io.github.doctor409.desktop;

import io.github.doctor409.core.OperatingSystem;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds the Spotify app among the running processes by executable name (SPOTIFY-FACTS §3):
 * {@code Spotify.exe} on Windows (any case), {@code Spotify} on macOS, {@code spotify} on Linux — the
 * deb/rpm, Snap, Flatpak and spotify-launcher builds all run an executable of that name.
 */
public final class SpotifyProcesses {

    private final ProcessList processes;
    private final OperatingSystem os;

    public SpotifyProcesses(ProcessList processes, OperatingSystem os) {
        this.processes = Objects.requireNonNull(processes, "processes");
        this.os = Objects.requireNonNull(os, "os");
    }

    /** The executable name looked for on this OS. */
    public String executableName() {
        return switch (os) {
            case WINDOWS -> "Spotify.exe";
            case MACOS -> "Spotify";
            case LINUX -> "spotify";
        };
    }

    public List<RunningProcess> running() {
        return processes.snapshot().stream().filter(this::isSpotify).toList();
    }

    public boolean isRunning() {
        return !running().isEmpty();
    }

    public ProcessList processes() {
        return processes;
    }

    private boolean isSpotify(RunningProcess process) {
        String name = process.executableName();
        return os == OperatingSystem.WINDOWS
                ? name.toLowerCase(Locale.ROOT).equals("spotify.exe")
                : name.equals(executableName());
    }
}

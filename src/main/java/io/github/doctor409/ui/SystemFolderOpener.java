package io.github.doctor409.ui;

import io.github.doctor409.core.OperatingSystem;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Opens a folder the way the system does: {@code explorer} on Windows, {@code open} on macOS,
 * {@code xdg-open} on Linux, and AWT's {@link Desktop} when that command is missing or fails.
 */
public final class SystemFolderOpener implements FolderOpener {

    private final OperatingSystem os;

    public SystemFolderOpener(OperatingSystem os) {
        this.os = os;
    }

    @Override
    public void open(Path folder) throws Exception {
        try {
            run(command(folder));
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw e;
            }
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw e;
            }
            Desktop.getDesktop().open(folder.toFile());
        }
    }

    List<String> command(Path folder) {
        String path = folder.toAbsolutePath().toString();
        return switch (os) {
            case WINDOWS -> List.of("explorer.exe", path);
            case MACOS -> List.of("open", path);
            case LINUX -> List.of("xdg-open", path);
        };
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            return; // some file managers keep the launcher running; the folder is on its way
        }
        // explorer.exe answers 1 even when it opened the folder
        if (process.exitValue() != 0 && os != OperatingSystem.WINDOWS) {
            throw new IOException(command.get(0) + " ended with " + process.exitValue());
        }
    }
}

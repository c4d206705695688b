package io.github.doctor409.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** {@link VersionCommand} that starts the program; it is ended when it outlives the timeout. Reads at most 4 KB. */
public final class RealVersionCommand implements VersionCommand {

    private static final int MAX_OUTPUT = 4096;

    @Override
    public Optional<String> run(Path executable, Duration timeout) {
        Process process;
        try {
            process = new ProcessBuilder(executable.toString(), "--version")
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(nullDevice())))
                    .start();
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            try (InputStream out = process.getInputStream()) {
                return Optional.of(new String(out.readNBytes(MAX_OUTPUT), StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows") ? "NUL" : "/dev/null";
    }
}

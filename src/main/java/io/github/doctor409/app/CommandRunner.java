package io.github.doctor409.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a small OS command and returns what it printed; tests hand in fakes. */
@FunctionalInterface
public interface CommandRunner {

    /**
     * The command's standard output when it exits with 0 within {@code timeout}; empty when it is
     * missing, fails, or takes longer (then it is killed).
     */
    Optional<String> run(List<String> command, Duration timeout);

    /** Starts real processes. */
    static CommandRunner system() {
        return (command, timeout) -> {
            Process process;
            try {
                process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
            try {
                process.getOutputStream().close();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    return Optional.empty();
                }
                if (process.exitValue() != 0) {
                    return Optional.empty();
                }
                try (InputStream out = process.getInputStream()) {
                    return Optional.of(new String(out.readNBytes(64 * 1024), StandardCharsets.UTF_8));
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        };
    }
}

package io.github.doctor409.desktop;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Runs {@code <executable> --version} and returns what it printed; behind an interface so tests never start programs. */
public interface VersionCommand {

    /** The program's output, or empty when it failed or did not finish within {@code timeout}. */
    Optional<String> run(Path executable, Duration timeout);

    /** Never runs anything. */
    static VersionCommand none() {
        return (executable, timeout) -> Optional.empty();
    }
}

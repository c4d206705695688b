package io.github.doctor409.core;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The machine as the app sees it: operating system, home directory and environment variables. Every
 * path the app reads or writes is resolved from here, so tests hand in a temporary home.
 */
public record HostEnvironment(OperatingSystem os, Path home, Map<String, String> variables) {

    public HostEnvironment {
        variables = Map.copyOf(variables);
    }

    public static HostEnvironment current() {
        return new HostEnvironment(OperatingSystem.fromOsName(System.getProperty("os.name")),
                Path.of(System.getProperty("user.home")), System.getenv());
    }

    /** A non-blank environment variable. */
    public Optional<String> variable(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** A directory from a variable such as XDG_CACHE_HOME, else {@code fallback} under the home. */
    public Path directory(String variable, String fallbackUnderHome) {
        return variable(variable).map(Path::of).filter(Path::isAbsolute).orElse(home.resolve(fallbackUnderHome));
    }
}

package io.github.doctor409.app;

import io.github.doctor409.core.HostEnvironment;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Settings in force: environment variables first, then {@code settings.properties} in the config dir,
 * then defaults (DESIGN §5). Problems with the settings file are kept in {@link #warnings()}.
 */
public record Config(
        URI accountsUrl,
        URI apiUrl,
        URI apresolveUrl,
        Optional<String> clientId,
        Path configDir,
        String tokenStore,
        Optional<URI> versionsUrl,
        List<String> warnings) {

    public static final String SETTINGS_FILE = "settings.properties";

    public Config {
        warnings = List.copyOf(warnings);
    }

    /** The same settings with one more warning (the log folder that cannot be written, for one). */
    public Config withWarning(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(warning);
        return new Config(accountsUrl, apiUrl, apresolveUrl, clientId, configDir, tokenStore, versionsUrl, more);
    }

    public static Config load(HostEnvironment host, Optional<String> builtInClientId) {
        Path configDir = host.variable("DOCTOR409_CONFIG_DIR").map(Path::of).orElseGet(() -> defaultConfigDir(host));
        List<String> warnings = new ArrayList<>();
        Properties settings = readSettings(configDir.resolve(SETTINGS_FILE), warnings);
        Settings lookup = new Settings(host, settings);
        return new Config(
                lookup.url("DOCTOR409_ACCOUNTS_URL", "accounts.url", "https://accounts.spotify.com", warnings),
                lookup.url("DOCTOR409_API_URL", "api.url", "https://api.spotify.com", warnings),
                lookup.url("DOCTOR409_APRESOLVE_URL", "apresolve.url", "https://apresolve.spotify.com", warnings),
                lookup.text("DOCTOR409_CLIENT_ID", "client.id").or(() -> builtInClientId.filter(s -> !s.isBlank())),
                configDir,
                lookup.text("DOCTOR409_TOKEN_STORE", "token.store").orElse("auto"),
                lookup.text("DOCTOR409_VERSIONS_URL", "versions.url").flatMap(v -> parseUrl(v, warnings)),
                warnings);
    }

    /** Linux {@code $XDG_CONFIG_HOME/doctor409}, macOS Application Support, Windows {@code %LOCALAPPDATA%}. */
    public static Path defaultConfigDir(HostEnvironment host) {
        return switch (host.os()) {
            case LINUX -> host.directory("XDG_CONFIG_HOME", ".config").resolve("doctor409");
            case MACOS -> host.home().resolve("Library/Application Support/doctor409");
            case WINDOWS -> host.directory("LOCALAPPDATA", "AppData/Local").resolve("doctor409");
        };
    }


    private static Properties readSettings(Path file, List<String> warnings) {
        Properties properties = new Properties();
        if (!Files.isRegularFile(file)) {
            return properties;
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            warnings.add("The settings file " + file.getFileName() + " could not be read (" + e.getClass().getSimpleName()
                    + "); defaults are used instead.");
            return new Properties();
        }
        return properties;
    }

    private static Optional<URI> parseUrl(String value, List<String> warnings) {
        try {
            URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                throw new IllegalArgumentException("not an http(s) address");
            }
            return Optional.of(uri);
        } catch (Exception e) {
            warnings.add("Ignored the address \"" + value + "\": it is not a valid http(s) URL.");
            return Optional.empty();
        }
    }

    private record Settings(HostEnvironment host, Properties file) {

        Optional<String> text(String variable, String key) {
            return host.variable(variable).or(() -> {
                String value = file.getProperty(key);
                return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
            });
        }

        URI url(String variable, String key, String fallback, List<String> warnings) {
            return text(variable, key).flatMap(v -> parseUrl(v, warnings)).orElse(URI.create(fallback));
        }
    }
}

package io.github.doctor409.app;

import io.github.doctor409.core.HostEnvironment;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settings in force: environment variables first, then {@code settings.properties} in the config dir,
 * then defaults (DESIGN §5). The keys, variables and defaults are {@link SettingKey}'s, the same ones the
 * settings screen writes. Problems are kept in {@link #warnings()}; a settings file that could not be
 * used is set aside (never deleted) and named in {@link #setAside()}.
 *
 * @param theme          system, light or dark
 * @param language       system, en, es, pt-BR or de
 * @param networkTimeout the deadline of each network check
 * @param settings       what the settings file holds (not the environment), for the settings screen
 */
public record Config(
        URI accountsUrl,
        URI apiUrl,
        URI apresolveUrl,
        Optional<String> clientId,
        Path configDir,
        String tokenStore,
        Optional<URI> versionsUrl,
        String theme,
        String language,
        Duration networkTimeout,
        Settings settings,
        Optional<SettingsFile.SetAside> setAside,
        List<String> warnings) {

    public static final String SETTINGS_FILE = SettingsFile.NAME;

    public Config {
        warnings = List.copyOf(warnings);
    }

    /** The same settings with one more warning (the log folder that cannot be written, for one). */
    public Config withWarning(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(warning);
        return new Config(accountsUrl, apiUrl, apresolveUrl, clientId, configDir, tokenStore, versionsUrl, theme, language,
                networkTimeout, settings, setAside, more);
    }

    public static Config load(HostEnvironment host, Optional<String> builtInClientId) {
        return load(host, builtInClientId, Clock.systemUTC());
    }

    /** @param clock stamps the name of a settings file set aside */
    public static Config load(HostEnvironment host, Optional<String> builtInClientId, Clock clock) {
        Path configDir = configDir(host);
        List<String> warnings = new ArrayList<>();
        SettingsFile.Loaded loaded = new SettingsFile(configDir, clock).load();
        loaded.setAside().ifPresent(s -> warnings.add(s.message()));
        Lookup lookup = new Lookup(host, loaded.settings(), warnings);
        return new Config(
                lookup.url(SettingKey.ACCOUNTS_URL).orElseThrow(),
                lookup.url(SettingKey.API_URL).orElseThrow(),
                lookup.url(SettingKey.APRESOLVE_URL).orElseThrow(),
                lookup.text(SettingKey.CLIENT_ID).or(() -> builtInClientId.filter(s -> !s.isBlank())),
                configDir,
                lookup.text(SettingKey.TOKEN_STORE).orElse(SettingKey.TOKEN_STORE.defaultValue()),
                lookup.url(SettingKey.VERSIONS_URL),
                lookup.checked(SettingKey.THEME),
                lookup.checked(SettingKey.LANGUAGE),
                Duration.ofSeconds(Integer.parseInt(lookup.checked(SettingKey.NETWORK_TIMEOUT))),
                loaded.settings(),
                loaded.setAside(),
                warnings);
    }

    /** {@code DOCTOR409_CONFIG_DIR}, else the per-OS default. */
    public static Path configDir(HostEnvironment host) {
        return host.variable("DOCTOR409_CONFIG_DIR").map(Path::of).orElseGet(() -> defaultConfigDir(host));
    }

    /** Linux {@code $XDG_CONFIG_HOME/doctor409}, macOS Application Support, Windows {@code %LOCALAPPDATA%}. */
    public static Path defaultConfigDir(HostEnvironment host) {
        return switch (host.os()) {
            case LINUX -> host.directory("XDG_CONFIG_HOME", ".config").resolve("doctor409");
            case MACOS -> host.home().resolve("Library/Application Support/doctor409");
            case WINDOWS -> host.directory("LOCALAPPDATA", "AppData/Local").resolve("doctor409");
        };
    }

    private static URI parseUrl(String value) {
        return URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    }

    private record Lookup(HostEnvironment host, Settings file, List<String> warnings) {

        Optional<String> text(SettingKey key) {
            return key.environmentValue(host).or(() -> file.get(key));
        }

        /** The environment's value if it keeps the key's rule (else a warning), then the file's, then the default. */
        String checked(SettingKey key) {
            Optional<String> fromEnvironment = key.environmentValue(host).filter(v -> {
                Optional<SettingProblem> problem = key.check(v);
                problem.ifPresent(p -> warnings.add("Ignored " + key.variable().orElseThrow() + "=\"" + v + "\": " + p.message()));
                return problem.isEmpty();
            });
            return fromEnvironment.or(() -> file.get(key)).orElse(key.defaultValue());
        }

        Optional<URI> url(SettingKey key) {
            String value = checked(key);
            return value.isBlank() ? Optional.empty() : Optional.of(parseUrl(value));
        }
    }
}

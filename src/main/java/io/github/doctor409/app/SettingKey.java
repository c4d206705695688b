package io.github.doctor409.app;

import io.github.doctor409.core.HostEnvironment;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every setting the app knows, in one place: its key in {@code settings.properties}, the environment
 * variable that overrides it (DESIGN §5), its default and its rule. {@link Config} reads these keys and
 * the settings screen writes them, so the two can never disagree.
 */
public enum SettingKey {
    CLIENT_ID("client.id", "DOCTOR409_CLIENT_ID", "", Rule.CLIENT_ID),
    TOKEN_STORE("token.store", "DOCTOR409_TOKEN_STORE", "auto", Rule.choice("auto", "keychain", "file", "memory")),
    THEME("ui.theme", null, "system", Rule.choice("system", "light", "dark")),
    LANGUAGE("ui.language", null, "system", Rule.choice("system", "en", "es", "pt-BR", "de")),
    NETWORK_TIMEOUT("checks.network-timeout-seconds", "DOCTOR409_NETWORK_TIMEOUT", "5", Rule.SECONDS),
    ACCOUNTS_URL("accounts.url", "DOCTOR409_ACCOUNTS_URL", "https://accounts.spotify.com", Rule.URL),
    API_URL("api.url", "DOCTOR409_API_URL", "https://api.spotify.com", Rule.URL),
    APRESOLVE_URL("apresolve.url", "DOCTOR409_APRESOLVE_URL", "https://apresolve.spotify.com", Rule.URL),
    VERSIONS_URL("versions.url", "DOCTOR409_VERSIONS_URL", "", Rule.URL);

    /** The network checks' deadline, in seconds: long enough for a slow link, short enough to not hang. */
    public static final int MIN_TIMEOUT_SECONDS = 2;
    public static final int MAX_TIMEOUT_SECONDS = 60;

    private static final Pattern CLIENT_ID_SHAPE = Pattern.compile("[0-9a-fA-F]{32}");

    private final String property;
    private final String variable;
    private final String defaultValue;
    private final Rule rule;

    SettingKey(String property, String variable, String defaultValue, Rule rule) {
        this.property = property;
        this.variable = variable;
        this.defaultValue = defaultValue;
        this.rule = rule;
    }

    /** The key in {@code settings.properties}. */
    public String property() {
        return property;
    }

    /** The environment variable that wins over the file, if this setting has one. */
    public Optional<String> variable() {
        return Optional.ofNullable(variable);
    }

    /** The value used when neither the environment nor the file sets one; empty means "none". */
    public String defaultValue() {
        return defaultValue;
    }

    /** The allowed values of a setting picked from a list, in display order; empty for free text. */
    public List<String> choices() {
        return rule.choices;
    }

    /** The value the environment forces, if any. */
    public Optional<String> environmentValue(HostEnvironment host) {
        return variable().flatMap(host::variable);
    }

    public static Optional<SettingKey> byProperty(String property) {
        for (SettingKey key : values()) {
            if (key.property.equals(property)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /**
     * What is wrong with {@code value} for this setting, if anything. A blank value is always fine: it
     * means "the default".
     */
    public Optional<SettingProblem> check(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        return switch (rule.kind) {
            case CLIENT_ID -> CLIENT_ID_SHAPE.matcher(v).matches() ? Optional.empty()
                    : Optional.of(new SettingProblem(this, SettingProblem.Kind.CLIENT_ID_SHAPE, List.of()));
            case CHOICE -> rule.choices.contains(v) ? Optional.empty()
                    : Optional.of(new SettingProblem(this, SettingProblem.Kind.NOT_A_CHOICE, List.of(String.join(", ", rule.choices))));
            case SECONDS -> checkSeconds(v);
            case URL -> checkUrl(v);
        };
    }

    private Optional<SettingProblem> checkSeconds(String v) {
        int seconds;
        try {
            seconds = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return Optional.of(new SettingProblem(this, SettingProblem.Kind.NOT_A_NUMBER,
                    List.of(MIN_TIMEOUT_SECONDS, MAX_TIMEOUT_SECONDS)));
        }
        if (seconds < MIN_TIMEOUT_SECONDS || seconds > MAX_TIMEOUT_SECONDS) {
            return Optional.of(new SettingProblem(this, SettingProblem.Kind.OUT_OF_RANGE,
                    List.of(MIN_TIMEOUT_SECONDS, MAX_TIMEOUT_SECONDS)));
        }
        return Optional.empty();
    }

    private Optional<SettingProblem> checkUrl(String v) {
        URI uri;
        try {
            uri = new URI(v);
        } catch (URISyntaxException e) {
            return Optional.of(new SettingProblem(this, SettingProblem.Kind.URL_SYNTAX, List.of()));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(new SettingProblem(this, SettingProblem.Kind.URL_SCHEME, List.of()));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of(new SettingProblem(this, SettingProblem.Kind.URL_HOST, List.of()));
        }
        return Optional.empty();
    }

    private record Rule(Kind kind, List<String> choices) {
        enum Kind { CLIENT_ID, CHOICE, SECONDS, URL }

        static final Rule CLIENT_ID = new Rule(Kind.CLIENT_ID, List.of());
        static final Rule SECONDS = new Rule(Kind.SECONDS, List.of());
        static final Rule URL = new Rule(Kind.URL, List.of());

        static Rule choice(String... choices) {
            return new Rule(Kind.CHOICE, List.of(choices));
        }
    }
}

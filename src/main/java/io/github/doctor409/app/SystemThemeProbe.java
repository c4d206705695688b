package io.github.doctor409.app;

import io.github.doctor409.core.HostEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the operating system is set to a dark appearance, for the "system" theme. Asks GNOME's
 * settings on Linux (then {@code GTK_THEME}), {@code defaults} on macOS and the registry on Windows,
 * each with a short timeout. Blocking: call it off the FX thread. Anything unreadable means light.
 */
public final class SystemThemeProbe {

    /** Long enough for a cold {@code gsettings}, short enough that the window never waits on it noticeably. */
    public static final Duration TIMEOUT = Duration.ofSeconds(2);

    static final List<String> GNOME_COLOR_SCHEME = List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
    static final List<String> GNOME_GTK_THEME = List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme");
    static final List<String> MAC_STYLE = List.of("defaults", "read", "-g", "AppleInterfaceStyle");
    static final List<String> WINDOWS_APPS_THEME = List.of("reg", "query",
            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme");

    private final HostEnvironment host;
    private final CommandRunner commands;
    private final Duration timeout;

    public SystemThemeProbe(HostEnvironment host, CommandRunner commands, Duration timeout) {
        this.host = host;
        this.commands = commands;
        this.timeout = timeout;
    }

    public boolean prefersDark() {
        return switch (host.os()) {
            case LINUX -> linux();
            case MACOS -> ask(MAC_STYLE).map(out -> out.trim().equalsIgnoreCase("dark")).orElse(false);
            case WINDOWS -> ask(WINDOWS_APPS_THEME).map(SystemThemeProbe::windowsDark).orElse(false);
        };
    }

    private boolean linux() {
        Optional<String> scheme = ask(GNOME_COLOR_SCHEME).map(SystemThemeProbe::unquote);
        if (scheme.filter("prefer-dark"::equals).isPresent()) {
            return true;
        }
        if (scheme.filter("prefer-light"::equals).isPresent()) {
            return false;
        }
        Optional<String> gtkTheme = host.variable("GTK_THEME").or(() -> ask(GNOME_GTK_THEME).map(SystemThemeProbe::unquote));
        return gtkTheme.map(name -> name.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
    }

    /** {@code AppsUseLightTheme    REG_DWORD    0x0} means dark. */
    private static boolean windowsDark(String output) {
        return output.lines()
                .filter(line -> line.contains("AppsUseLightTheme"))
                .map(line -> line.trim().split("\\s+"))
                .anyMatch(parts -> parts.length >= 3 && parts[parts.length - 1].equalsIgnoreCase("0x0"));
    }

    private Optional<String> ask(List<String> command) {
        try {
            return commands.run(command, timeout).filter(out -> !out.isBlank());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String unquote(String value) {
        String v = value.trim();
        return v.length() >= 2 && v.startsWith("'") && v.endsWith("'") ? v.substring(1, v.length() - 1) : v;
    }
}

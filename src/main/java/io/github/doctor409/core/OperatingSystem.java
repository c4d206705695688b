package io.github.doctor409.core;

import java.util.Locale;

public enum OperatingSystem {
    LINUX, MACOS, WINDOWS;

    /** Lower-case word used in reports: linux, macos, windows. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OperatingSystem fromOsName(String osName) {
        String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.contains("darwin")) {
            return MACOS;
        }
        return LINUX;
    }
}

package io.github.doctor409.desktop;

import java.util.Locale;

/** Byte counts in words people read: {@code 512 bytes}, {@code 3.4 MB}, {@code 1.2 GB} (binary units). */
public final class ByteCount {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private ByteCount() {}

    public static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.0f %s" : "%.1f %s", value, UNITS[unit]);
    }
}

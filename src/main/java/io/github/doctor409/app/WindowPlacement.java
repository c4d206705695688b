package io.github.doctor409.app;

import io.github.doctor409.core.AtomicText;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the main window was when it closed: {@code window.properties} in the config dir. A missing or
 * broken file simply means "no remembered place".
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    public static final String FILE = "window.properties";

    public static Optional<WindowPlacement> read(Path configDir) {
        Path file = configDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
            WindowPlacement placement = new WindowPlacement(number(p, "x"), number(p, "y"), number(p, "width"),
                    number(p, "height"), Boolean.parseBoolean(p.getProperty("maximized", "false").trim()));
            return placement.width() >= 1 && placement.height() >= 1 ? Optional.of(placement) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void write(Path configDir) throws IOException {
        Files.createDirectories(configDir);
        Path file = configDir.resolve(FILE);
        AtomicText.write(file, "# The 409 Doctor window's last place; delete this file to forget it.\n"
                + "x=" + x + "\ny=" + y + "\nwidth=" + width + "\nheight=" + height + "\nmaximized=" + maximized + "\n");
    }

    private static double number(Properties p, String key) {
        double value = Double.parseDouble(p.getProperty(key, "").trim());
        if (!Double.isFinite(value)) {
            throw new NumberFormatException(key);
        }
        return value;
    }
}

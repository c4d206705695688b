package io.github.doctor409.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Whether this is the first start: the welcome is due until a marker file in the config dir says it
 * was shown. The marker is written only after the welcome appeared, so a crash before it shows it again.
 */
public final class FirstRun {

    public static final String MARKER = "welcome-shown";

    private static final System.Logger LOG = System.getLogger(FirstRun.class.getName());

    private final Path marker;

    public FirstRun(Path configDir) {
        this.marker = configDir.resolve(MARKER);
    }

    public boolean welcomeDue() {
        return !Files.exists(marker);
    }

    /** Records that the welcome was shown; a config dir that cannot be written means it shows again next time. */
    public void welcomeShown(Instant when) {
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, when.toString() + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not remember that the welcome was shown: " + e.getClass().getSimpleName());
        }
    }

    Path marker() {
        return marker;
    }
}

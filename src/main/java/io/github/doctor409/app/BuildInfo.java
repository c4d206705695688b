package io.github.doctor409.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/** Facts fixed at build time: the version and the optional built-in Spotify client id. */
public final class BuildInfo {

    private static final Properties PROPERTIES = load();

    private BuildInfo() {}

    public static String version() {
        return PROPERTIES.getProperty("version", "dev");
    }

    public static Optional<String> clientId() {
        return AppContext.emptyToNone(PROPERTIES.getProperty("clientId"));
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // a jar without build facts still runs; the version then reads "dev"
        }
        return properties;
    }
}

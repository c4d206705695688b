package io.github.doctor409.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * Facts fixed at build time: the version, the commit and date of the build, where to report problems,
 * and the optional built-in Spotify client id.
 */
public final class BuildInfo {

    private static final Properties PROPERTIES = load();

    private BuildInfo() {}

    public static String version() {
        return PROPERTIES.getProperty("version", "dev");
    }

    /** The commit the build was made from (10 hex digits), when the build knew it. */
    public static Optional<String> commit() {
        return AppContext.emptyToNone(PROPERTIES.getProperty("commit")).filter(c -> !"unknown".equals(c));
    }

    /** The day of the build, {@code yyyy-MM-dd}, when the build recorded it. */
    public static Optional<String> buildDate() {
        return AppContext.emptyToNone(PROPERTIES.getProperty("buildDate"));
    }

    /** Where people report problems with 409 Doctor (a build property). */
    public static String issuesUrl() {
        return AppContext.emptyToNone(PROPERTIES.getProperty("issuesUrl"))
                .orElse("https://github.com/doctor409/doctor409/issues");
    }

    /** {@code 0.1.0 (commit 63bbb45797, built 2026-12-02)}, leaving out what the build did not record. */
    public static String describe() {
        StringBuilder text = new StringBuilder(version());
        Optional<String> commit = commit();
        Optional<String> date = buildDate();
        if (commit.isPresent() || date.isPresent()) {
            text.append(" (");
            commit.ifPresent(c -> text.append("commit ").append(c));
            date.ifPresent(d -> text.append(commit.isPresent() ? ", " : "").append("built ").append(d));
            text.append(')');
        }
        return text.toString();
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

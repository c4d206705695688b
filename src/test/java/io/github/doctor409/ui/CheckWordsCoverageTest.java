package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.app.AppContext;
import io.github.doctor409.app.Config;
import io.github.doctor409.core.BackgroundExecutor;
import io.github.doctor409.core.Check;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.Fix;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.testing.NoProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code checks} bundle against the code: every check and fix the app wires up has its title (and a
 * fix its description), every phrase key the sources say exists, and the bundle holds no key nobody says.
 */
class CheckWordsCoverageTest {

    /** {@code Phrase.of("key"} anywhere in the main sources, also across a line break. */
    private static final Pattern PHRASE_KEY = Pattern.compile("Phrase\\.of\\(\\s*\"([^\"]+)\"");

    @TempDir
    Path home;

    private final Set<String> checkIds = new TreeSet<>();
    private final Set<String> fixIds = new TreeSet<>();
    private final Set<String> runnableFixIds = new TreeSet<>();

    @BeforeEach
    void collectIdsFromTheCompositionRoot() {
        HostEnvironment host = new HostEnvironment(OperatingSystem.LINUX, home, Map.of(
                "DOCTOR409_CONFIG_DIR", home.resolve("config").toString(),
                "DOCTOR409_TOKEN_STORE", "memory",
                "DOCTOR409_ACCOUNTS_URL", "http://127.0.0.1:9",
                "DOCTOR409_API_URL", "http://127.0.0.1:9",
                "DOCTOR409_APRESOLVE_URL", "http://127.0.0.1:9"));
        try (AppContext app = new AppContext(host, Config.load(host, Optional.empty()), new BackgroundExecutor(),
                Clock.systemUTC(), DeadlinePolicy.defaults(), new NoProcesses())) {
            app.diagnosis().checks().stream().map(Check::id).forEach(checkIds::add);
            fixIds.addAll(app.fixes().knownIds());
            app.fixes().knownIds().forEach(id -> app.fixes().find(id).map(Fix::id).ifPresent(runnableFixIds::add));
        }
        assertThat(checkIds).as("the app wires up its checks").contains("network.services", "auth.token", "client.cache");
        assertThat(runnableFixIds).as("the app wires up its fixes").contains("fix.sign-in", "fix.clear-cache", "fix.retry");
    }

    @Test
    void everyCheckAndFixHasItsTitleAndEveryRunnableFixItsDescription() throws IOException {
        Set<String> bundle = bundleKeys();
        for (String id : checkIds) {
            assertThat(bundle).as("title of check %s", id).contains(id + ".title");
        }
        for (String id : fixIds) {
            assertThat(bundle).as("title of fix %s", id).contains(id + ".title");
        }
        for (String id : runnableFixIds) {
            assertThat(bundle).as("description of fix %s", id).contains(id + ".describe");
        }
    }

    @Test
    void everyPhraseTheSourcesSayIsInTheBundleAndNoKeyIsUnused() throws IOException {
        Set<String> said = phraseKeysInSources();
        assertThat(said).as("phrase keys found in the sources").hasSizeGreaterThan(100);
        Set<String> bundle = bundleKeys();
        assertThat(new TreeSet<>(said)).as("phrases missing from checks.properties").isSubsetOf(bundle);

        Set<String> expected = new TreeSet<>(said);
        checkIds.forEach(id -> expected.add(id + ".title"));
        fixIds.forEach(id -> expected.add(id + ".title"));
        runnableFixIds.forEach(id -> expected.add(id + ".describe"));
        Set<String> unused = new TreeSet<>(bundle);
        unused.removeAll(expected);
        assertThat(unused).as("keys in checks.properties that no check or fix says").isEmpty();
    }

    static Set<String> phraseKeysInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = PHRASE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> bundleKeys() throws IOException {
        return new TreeSet<>(BundleTest.read("checks", Locale.ENGLISH).stringPropertyNames());
    }
}

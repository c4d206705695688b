package io.github.doctor409.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.report.Redaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

    private static final Logger LOG = Logger.getLogger("io.github.doctor409.app.LogFilesTest");

    @TempDir
    Path dir;

    private LogFiles logs;

    @AfterEach
    void stop() {
        if (logs != null) {
            logs.close();
        }
    }

    private Redaction redaction() {
        return new Redaction(dir.resolve("home"), List.of());
    }

    @Test
    void filesRotateAtTheLimitAndKeepTheNewestLines() throws Exception {
        logs = new LogFiles(dir.resolve("logs"), 2_000, 3);
        assertThat(logs.start(Level.INFO, redaction())).isTrue();

        for (int i = 0; i < 300; i++) {
            LOG.info("line number " + i);
        }
        List<String> recent = logs.recentLines(40);
        logs.close();

        assertThat(Files.exists(logs.file(0))).isTrue();
        assertThat(Files.exists(logs.file(1))).isTrue();
        assertThat(Files.exists(logs.file(2))).isTrue();
        assertThat(Files.exists(logs.file(3))).as("only three files are kept").isFalse();
        for (int generation = 0; generation < 3; generation++) {
            assertThat(Files.size(logs.file(generation))).isLessThanOrEqualTo(2_000 + 200);
        }
        assertThat(Files.readString(logs.file(0), StandardCharsets.UTF_8)).contains("line number 299");
        assertThat(Files.readString(logs.file(2), StandardCharsets.UTF_8)).doesNotContain("line number 299");
        assertThat(recent).hasSize(40);
        assertThat(recent.get(39)).endsWith("line number 299");
        assertThat(recent.get(0)).endsWith("line number 260");
    }

    @Test
    void theConsoleStaysQuietWhileTheFileIsWrittenAndGetsItsHandlersBack() {
        Logger root = Logger.getLogger("");
        ConsoleHandler console = new ConsoleHandler();
        root.addHandler(console);
        try {
            logs = new LogFiles(dir.resolve("logs"));
            logs.start(Level.INFO, redaction());
            assertThat(Arrays.asList(root.getHandlers())).noneMatch(h -> h instanceof ConsoleHandler);

            logs.close();
            assertThat(Arrays.asList(root.getHandlers())).contains(console);
        } finally {
            root.removeHandler(console);
        }
    }

    @Test
    void aLogFolderThatCannotBeCreatedLeavesTheAppWorkingAndSaysWhy() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("config"), "a file where the config folder should be");
        logs = new LogFiles(notADirectory.resolve("logs"));

        boolean writing = logs.start(Level.INFO, redaction());
        LOG.info("still fine");

        assertThat(writing).isFalse();
        assertThat(logs.isWriting()).isFalse();
        assertThat(logs.problem()).hasValueSatisfying(p -> assertThat(p)
                .contains(notADirectory.resolve("logs").toString()).contains("works on without a log"));
        assertThat(logs.recentLines(10)).isEmpty();
    }

    @Test
    void startingTwiceWritesEachLineOnce() throws Exception {
        logs = new LogFiles(dir.resolve("logs"));
        logs.start(Level.INFO, redaction());
        logs.start(Level.INFO, redaction());

        LOG.info("only once");

        assertThat(logs.recentLines(10)).filteredOn(l -> l.contains("only once")).hasSize(1);
    }

    @Test
    void theLevelComesFromTheVariableAndFallsBackToInfo() {
        assertThat(LogFiles.level(Optional.of("fine"))).isEqualTo(Level.FINE);
        assertThat(LogFiles.level(Optional.of("ALL"))).isEqualTo(Level.ALL);
        assertThat(LogFiles.level(Optional.of("loud"))).isEqualTo(Level.INFO);
        assertThat(LogFiles.level(Optional.empty())).isEqualTo(Level.INFO);
    }

    @Test
    void theLogIsUnderTheConfigDir() {
        Config config = new Config(java.net.URI.create("https://a"), java.net.URI.create("https://b"),
                java.net.URI.create("https://c"), Optional.empty(), dir, "memory", Optional.empty(), "system", "system",
                java.time.Duration.ofSeconds(5), Settings.empty(), Optional.empty(), List.of());

        assertThat(LogFiles.of(config).directory()).isEqualTo(dir.resolve("logs").toAbsolutePath());
        assertThat(LogFiles.of(config).currentFile().getFileName().toString()).isEqualTo("doctor409.0.log");
    }
}

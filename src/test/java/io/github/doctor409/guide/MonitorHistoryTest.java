package io.github.doctor409.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorHistoryTest {

    @TempDir
    Path dir;

    private static MonitorSample sample(int second, Status status, long apiMs) {
        return new MonitorSample(Instant.parse("2026-11-24T12:00:00Z").plusSeconds(second),
                Map.of("network.services", status), Map.of("api", apiMs));
    }

    @Test
    void keepsTheNewestSamplesUpToItsBound() throws Exception {
        MonitorHistory history = new MonitorHistory(dir.resolve(MonitorHistory.FILE_NAME), 3);
        for (int i = 0; i < 5; i++) {
            history.append(sample(i, Status.PASS, 100 + i));
        }

        assertThat(history.load()).extracting(s -> s.latencyMs().get("api")).containsExactly(102L, 103L, 104L);
        assertThat(Files.readAllLines(dir.resolve(MonitorHistory.FILE_NAME))).hasSize(3);
        assertThat(history.load().get(0)).isEqualTo(sample(2, Status.PASS, 102));
    }

    @Test
    void aTruncatedLastLineLosesOnlyThatLine() throws Exception {
        Path file = dir.resolve(MonitorHistory.FILE_NAME);
        MonitorHistory history = new MonitorHistory(file, 10);
        history.append(sample(0, Status.FAIL, 90));
        history.append(sample(1, Status.PASS, 80));
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() - 15));

        assertThat(history.load()).containsExactly(sample(0, Status.FAIL, 90));
        history.append(sample(2, Status.PASS, 70));
        assertThat(history.load()).containsExactly(sample(0, Status.FAIL, 90), sample(2, Status.PASS, 70));
    }

    @Test
    void garbageBetweenGoodLinesIsSkipped() throws Exception {
        Path file = dir.resolve(MonitorHistory.FILE_NAME);
        byte[] noise = new byte[4096];
        new Random(409).nextBytes(noise);
        Files.write(file, noise);
        Files.writeString(file, "\n" + MonitorHistory.toJson(sample(0, Status.PASS, 50)) + "\n{\"at\":\"yesterday\"}\n"
                + "{\"at\":\"2026-11-24T12:00:00Z\",\"statuses\":{\"x\":\"sideways\"},\"latencyMs\":{}}\n[1,2]\nnull\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThat(new MonitorHistory(file, 10).load()).containsExactly(sample(0, Status.PASS, 50));
    }

    @Test
    void aHugeFileIsReadOnlyAtItsEnd() throws Exception {
        Path file = dir.resolve(MonitorHistory.FILE_NAME);
        Files.writeString(file, "x".repeat(MonitorHistory.MAX_READ_BYTES * 4) + "\n" + MonitorHistory.toJson(sample(9, Status.WARN, 9)) + "\n");

        assertThat(new MonitorHistory(file, 10).load()).containsExactly(sample(9, Status.WARN, 9));
    }

    @Test
    void aDirectoryOrMissingFileGivesAnEmptyHistory() throws Exception {
        Files.createDirectories(dir.resolve("taken"));

        assertThat(new MonitorHistory(dir.resolve("taken"), 10).load()).isEmpty();
        assertThat(new MonitorHistory(dir.resolve("missing/none.jsonl"), 10).load()).isEmpty();
    }

    @Test
    void writingLeavesNoTemporaryFilesBehind() throws Exception {
        MonitorHistory history = new MonitorHistory(dir.resolve("sub/" + MonitorHistory.FILE_NAME), 10);
        history.append(sample(0, Status.PASS, 1));

        try (var files = Files.list(dir.resolve("sub"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(MonitorHistory.FILE_NAME);
        }
    }
}

package io.github.doctor409.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.Status;
import io.github.doctor409.core.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExitCodeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "pass, 0",
        "pass skipped, 0",
        "pass warn, 1",
        "warn fail unknown, 2",
        "pass fail, 2",
        "pass unknown, 3",
        "warn error, 3",
        "skipped, 0"
    })
    void exitCodeFollowsTheWorstKindOfResult(String statuses, int expected) {
        List<CheckResult> results = Arrays.stream(statuses.split(" "))
                .map(s -> CheckResult.of("c." + s, s, Status.valueOf(s.toUpperCase()), s).build())
                .toList();
        DiagnosisReport report = new DiagnosisReport(Instant.EPOCH, Duration.ZERO, results, Verdict.of(results), false);
        assertThat(ExitCode.of(report)).isEqualTo(expected);
    }
}

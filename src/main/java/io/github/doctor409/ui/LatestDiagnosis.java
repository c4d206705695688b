package io.github.doctor409.ui;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The step cards' latest results as one diagnosis, for the report and the walkthrough. */
final class LatestDiagnosis {

    private LatestDiagnosis() {}

    static List<CheckResult> results(MainViewModel main) {
        List<CheckResult> results = new ArrayList<>();
        main.groups().forEach(group -> group.cards().forEach(card -> card.result().ifPresent(results::add)));
        return results;
    }

    static DiagnosisReport report(List<CheckResult> results, Clock clock) {
        Duration longest = results.stream().map(CheckResult::duration).max(Duration::compareTo).orElse(Duration.ZERO);
        return new DiagnosisReport(clock.instant().minus(longest), longest, results, Verdict.of(results), false);
    }
}

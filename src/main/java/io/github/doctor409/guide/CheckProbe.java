package io.github.doctor409.guide;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.DiagnosisListener;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Runs a few checks once and returns their results: what a retry and the monitor repeat. */
@FunctionalInterface
public interface CheckProbe {

    List<CheckResult> run() throws Exception;

    /** The checks of {@code diagnosis} whose ids pass {@code which}; none at all gives an empty probe. */
    static CheckProbe of(Diagnosis diagnosis, Predicate<String> which) {
        Set<String> ids = ids(diagnosis, which);
        return () -> ids.isEmpty() ? List.of()
                : diagnosis.start(ids, Map.of(), DiagnosisListener.NONE).report().get().results();
    }

    static Set<String> ids(Diagnosis diagnosis, Predicate<String> which) {
        return diagnosis.checks().stream().map(Check::id).filter(which).collect(Collectors.toUnmodifiableSet());
    }
}

package io.github.doctor409.cli;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.Status;
import java.util.List;

/** Process exit codes of DESIGN §5. */
public final class ExitCode {

    public static final int NOTHING_TO_FIX = 0;
    public static final int WARNINGS_ONLY = 1;
    public static final int FAILURE_FOUND = 2;
    public static final int INCOMPLETE = 3;
    public static final int USAGE = 64;
    public static final int INTERNAL = 70;

    private ExitCode() {}

    /** 2 if anything failed, else 3 if anything could not be verified, else 1 for warnings, else 0. */
    public static int of(DiagnosisReport report) {
        List<Status> statuses = report.results().stream().map(CheckResult::status).toList();
        if (statuses.contains(Status.FAIL)) {
            return FAILURE_FOUND;
        }
        if (statuses.stream().anyMatch(Status::isIncomplete) || report.cancelled()) {
            return INCOMPLETE;
        }
        if (statuses.contains(Status.WARN)) {
            return WARNINGS_ONLY;
        }
        return NOTHING_TO_FIX;
    }
}

package io.github.doctor409.report;

import java.util.Locale;

/** The two forms of a support report. */
public enum ReportFormat {
    MARKDOWN("md"),
    JSON("json");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** File extension without the dot. */
    public String extension() {
        return extension;
    }

    /** The word on the command line: {@code markdown} or {@code json}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

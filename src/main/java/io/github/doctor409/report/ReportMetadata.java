package io.github.doctor409.report;

import io.github.doctor409.core.OperatingSystem;
import java.time.Instant;

/** Facts about the tool and the machine that go at the top of every report. */
public record ReportMetadata(String toolVersion, OperatingSystem os, String arch, String javaVersion, Instant generatedAt) {

    public static ReportMetadata of(String toolVersion, OperatingSystem os, Instant generatedAt) {
        return new ReportMetadata(toolVersion, os, System.getProperty("os.arch", "unknown"),
                System.getProperty("java.version", "unknown"), generatedAt);
    }
}

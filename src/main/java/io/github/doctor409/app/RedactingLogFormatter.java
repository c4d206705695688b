package io.github.doctor409.app;

import io.github.doctor409.report.Redaction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per record — {@code 2026-11-24T12:00:00.123Z INFO    Diagnosis: message} — with the stack trace
 * below when there is one, cleaned by {@link Redaction} on the way out. The code never logs a secret on
 * purpose; this is the last line of defence for what slips through (a token in an exception message, an
 * address with {@code ?code=}, an e-mail in a server's answer).
 */
public final class RedactingLogFormatter extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT.withZone(ZoneOffset.UTC);

    private final Redaction redaction;

    public RedactingLogFormatter(Redaction redaction) {
        this.redaction = Objects.requireNonNull(redaction, "redaction");
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160);
        line.append(TIME.format(record.getInstant())).append(' ');
        String level = record.getLevel().getName();
        line.append(level).append(" ".repeat(Math.max(1, 8 - level.length())));
        line.append(shortName(record.getLoggerName())).append(": ");
        String message;
        try {
            message = formatMessage(record);
        } catch (RuntimeException e) {
            message = String.valueOf(record.getMessage());
        }
        line.append(message == null ? "" : message.replace('\r', ' ').replace("\n", "\n    "));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append('\n').append(trace.toString().stripTrailing().replace("\r", ""));
        }
        return redaction.text(line.toString()) + System.lineSeparator();
    }

    /** {@code io.github.doctor409.core.Diagnosis} → {@code Diagnosis}; other libraries keep their full name. */
    private static String shortName(String logger) {
        if (logger == null || logger.isEmpty()) {
            return "root";
        }
        return logger.startsWith("io.github.doctor409.") ? logger.substring(logger.lastIndexOf('.') + 1) : logger;
    }
}

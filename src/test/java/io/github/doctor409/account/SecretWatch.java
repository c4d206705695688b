package io.github.doctor409.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures everything logged through java.util.logging (where System.Logger goes) at every level,
 * and everything written to System.err, so a test can look for secrets in it.
 */
public final class SecretWatch {

    private final StringBuffer logged = new StringBuffer();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final Logger root = Logger.getLogger("");
    private final Level rootLevel = root.getLevel();
    private final PrintStream originalErr = System.err;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLoggerName() != null && record.getLoggerName().startsWith("javafx.")) {
                return; // JavaFX's own FINER layout tracing prints node texts; it is off unless someone turns it on
            }
            logged.append(record.getLevel()).append(' ').append(record.getMessage()).append('\n');
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    logged.append(parameter).append('\n');
                }
            }
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                logged.append(trace);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private SecretWatch() {}

    public static SecretWatch start() {
        SecretWatch watch = new SecretWatch();
        watch.handler.setLevel(Level.ALL);
        watch.root.addHandler(watch.handler);
        watch.root.setLevel(Level.ALL);
        System.setErr(new PrintStream(new Tee(watch.originalErr, watch.errBytes), true, StandardCharsets.UTF_8));
        return watch;
    }

    public String captured() {
        return logged + errBytes.toString(StandardCharsets.UTF_8);
    }

    /** Fails when any of {@code secrets} was logged or written to System.err. */
    public void assertNoneOf(String... secrets) {
        String text = captured();
        for (String secret : secrets) {
            assertThat(text).as("logs and stderr").doesNotContain(secret);
        }
    }

    public void stop() {
        root.removeHandler(handler);
        root.setLevel(rootLevel);
        System.setErr(originalErr);
    }

    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}

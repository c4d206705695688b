package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UncaughtErrorReporterTest {

    @Test
    void tellsThePersonOnceInPlainWordsHoweverManyErrorsArrive() {
        RecordingDialogs dialogs = new RecordingDialogs(false);
        UncaughtErrorReporter reporter = new UncaughtErrorReporter(Runnable::run, dialogs, new Messages(java.util.Locale.ENGLISH));

        reporter.uncaughtException(Thread.currentThread(), new IllegalStateException("first"));
        reporter.uncaughtException(Thread.currentThread(), new IllegalStateException("again"));

        assertThat(dialogs.errors).containsExactly("Something went wrong inside 409 Doctor. The results on screen still hold;"
                + " the technical details are in the log.");
    }
}

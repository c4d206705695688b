package io.github.doctor409.core;

/**
 * Progress of a diagnosis. Called on background threads; a UI must hand the calls to its own thread.
 */
public interface DiagnosisListener {

    DiagnosisListener NONE = new DiagnosisListener() {};

    default void onCheckStarted(Check check) {}

    /**
     * The check said what it is waiting for now ({@link CheckContext#waitingFor(String)}); called only
     * when the description changes, and not after the check has a result.
     */
    default void onCheckWaiting(Check check, String what) {}

    default void onCheckFinished(CheckResult result) {}

    default void onCompleted(DiagnosisReport report) {}
}

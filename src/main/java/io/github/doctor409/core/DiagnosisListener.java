package io.github.doctor409.core;

/**
 * Progress of a diagnosis. Called on background threads; a UI must hand the calls to its own thread.
 */
public interface DiagnosisListener {

    DiagnosisListener NONE = new DiagnosisListener() {};

    default void onCheckStarted(Check check) {}

    default void onCheckFinished(CheckResult result) {}

    default void onCompleted(DiagnosisReport report) {}
}

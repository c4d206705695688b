package io.github.doctor409.desktop;

import io.github.doctor409.core.FixContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** Records progress; reports cancelled when told to or once its condition holds. */
final class RecordingFixContext implements FixContext {

    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final List<Double> fractions = new CopyOnWriteArrayList<>();
    private final BooleanSupplier cancelWhen;

    RecordingFixContext() {
        this(() -> false);
    }

    RecordingFixContext(BooleanSupplier cancelWhen) {
        this.cancelWhen = cancelWhen;
    }

    @Override
    public void progress(double fraction, String message) {
        fractions.add(fraction);
        messages.add(message);
    }

    @Override
    public boolean isCancelled() {
        return cancelWhen.getAsBoolean();
    }

    List<String> messages() {
        return messages;
    }

    List<Double> fractions() {
        return fractions;
    }
}

package io.github.doctor409.ui;

import java.util.ArrayList;
import java.util.List;

/** {@link Dialogs} that answer a preset choice and remember what they were asked. */
final class RecordingDialogs implements Dialogs {

    private final boolean answer;
    final List<String> questions = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    RecordingDialogs(boolean answer) {
        this.answer = answer;
    }

    @Override
    public boolean confirm(String title, String question) {
        questions.add(title);
        return answer;
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }
}

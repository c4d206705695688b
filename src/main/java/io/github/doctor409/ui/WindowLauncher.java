package io.github.doctor409.ui;

import javafx.application.Application;

/** Starts the JavaFX window; called reflectively by Main so the CLI path never loads JavaFX. */
public final class WindowLauncher {

    private WindowLauncher() {}

    public static void launch(String[] args) {
        Application.launch(DoctorApplication.class, args);
    }
}

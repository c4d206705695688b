package io.github.doctor409.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder window until the step-card window lands. */
public final class DoctorApplication extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("409 Doctor"), 400, 200));
        stage.show();
    }
}

package io.github.doctor409.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.github.doctor409.core.TaskExecutor;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Light or dark, as the settings say: AtlantaFX Primer Light or Primer Dark as the user agent stylesheet,
 * so every window follows at once. "system" asks the operating system off the FX thread (the probe may
 * start a process) and applies the answer on it; until then the current look stays.
 */
public final class ThemeController {

    static final String LIGHT = new PrimerLight().getUserAgentStylesheet();
    static final String DARK = new PrimerDark().getUserAgentStylesheet();

    private final TaskExecutor executor;
    private final Executor uiThread;
    private final BooleanSupplier systemPrefersDark;
    private final Consumer<String> userAgentStylesheet;
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark", false);
    private int generation;

    /**
     * @param systemPrefersDark   blocking question to the OS (the app's {@code SystemThemeProbe})
     * @param userAgentStylesheet sets the stylesheet, normally {@code Application::setUserAgentStylesheet}
     */
    public ThemeController(TaskExecutor executor, Executor uiThread, BooleanSupplier systemPrefersDark,
                           Consumer<String> userAgentStylesheet) {
        this.executor = executor;
        this.uiThread = uiThread;
        this.systemPrefersDark = systemPrefersDark;
        this.userAgentStylesheet = userAgentStylesheet;
    }

    /** Whether the dark theme is the one shown. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** Applies "light", "dark" or "system" (anything else means light); call on the FX thread. */
    public void apply(String choice) {
        int mine = ++generation;
        switch (Objects.requireNonNullElse(choice, "system")) {
            case "dark" -> show(true);
            case "system" -> executor.submit(() -> {
                boolean prefersDark = systemPrefersDark.getAsBoolean();
                uiThread.execute(() -> {
                    if (mine == generation) {
                        show(prefersDark);
                    }
                });
            });
            default -> show(false);
        }
    }

    /** Applies a known answer right away, e.g. the system's, asked before the window existed. */
    public void show(boolean useDark) {
        generation++;
        dark.set(useDark);
        userAgentStylesheet.accept(useDark ? DARK : LIGHT);
    }
}

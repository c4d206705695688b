package io.github.doctor409.ui;

import io.github.doctor409.app.WindowPlacement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the main window's size and place in {@code window.properties} and puts it back at the next
 * start, but only where a current screen still shows its title bar; otherwise the window opens centred
 * at its default size. While maximized, the size it had before is what is remembered.
 */
public final class WindowGeometry {

    /** How much of the title bar must lie on a screen to count as reachable. */
    static final double GRAB_WIDTH = 120;
    static final double GRAB_HEIGHT = 24;

    private final Path configDir;
    private final Supplier<List<Rectangle2D>> screens;
    private double x = Double.NaN;
    private double y = Double.NaN;
    private double width = Double.NaN;
    private double height = Double.NaN;

    public WindowGeometry(Path configDir) {
        this(configDir, () -> Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
    }

    /** @param screens the visual bounds of the screens there are now (tests pass their own) */
    public WindowGeometry(Path configDir, Supplier<List<Rectangle2D>> screens) {
        this.configDir = configDir;
        this.screens = screens;
    }

    /**
     * Places {@code stage} where it last was, if that is still on a screen, and follows it from now on.
     * Call before {@code show()}; the scene's size is the default.
     *
     * @return whether a remembered place was used
     */
    public boolean restoreAndTrack(Stage stage) {
        Optional<WindowPlacement> placement = WindowPlacement.read(configDir).filter(this::reachable);
        placement.ifPresent(p -> {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(p.width());
            stage.setHeight(p.height());
            stage.setMaximized(p.maximized());
            remember(p.x(), p.y(), p.width(), p.height());
        });
        if (placement.isEmpty()) {
            stage.centerOnScreen();
        }
        Runnable follow = () -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                remember(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener((obs, old, now) -> follow.run());
        stage.yProperty().addListener((obs, old, now) -> follow.run());
        stage.widthProperty().addListener((obs, old, now) -> follow.run());
        stage.heightProperty().addListener((obs, old, now) -> follow.run());
        stage.setOnShown(e -> follow.run());
        return placement.isPresent();
    }

    /** Writes the window's last normal place and whether it is maximized; failures are ignored (it is a nicety). */
    public void save(Stage stage) {
        if (Double.isNaN(x) || Double.isNaN(width)) {
            return;
        }
        try {
            new WindowPlacement(x, y, width, height, stage.isMaximized()).write(configDir);
        } catch (IOException e) {
            // next start opens centred; nothing the user needs to act on
        }
    }

    boolean reachable(WindowPlacement p) {
        Rectangle2D titleBar = new Rectangle2D(p.x(), p.y(), p.width(), Math.min(p.height(), GRAB_HEIGHT * 2));
        for (Rectangle2D screen : screens.get()) {
            if (!screen.intersects(titleBar)) {
                continue;
            }
            double w = Math.min(titleBar.getMaxX(), screen.getMaxX()) - Math.max(titleBar.getMinX(), screen.getMinX());
            double h = Math.min(titleBar.getMaxY(), screen.getMaxY()) - Math.max(titleBar.getMinY(), screen.getMinY());
            if (w >= Math.min(GRAB_WIDTH, p.width()) && h >= Math.min(GRAB_HEIGHT, p.height())) {
                return true;
            }
        }
        return false;
    }

    private void remember(double x, double y, double width, double height) {
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
    }
}

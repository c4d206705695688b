package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.app.WindowPlacement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window comes back where it was, unless that place is on no screen any more. */
@ExtendWith(ApplicationExtension.class)
class WindowGeometryTest {

    private static final List<Rectangle2D> ONE_SCREEN = List.of(new Rectangle2D(0, 0, 1920, 1040));

    @TempDir
    Path dir;

    private Stage stage() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(), 400, 300));
            return stage;
        }).get(30, TimeUnit.SECONDS);
    }

    @Test
    void sizeAndPlaceSurviveARestart() throws Exception {
        Stage first = stage();
        WindowGeometry geometry = new WindowGeometry(dir, () -> ONE_SCREEN);
        WaitForAsyncUtils.asyncFx(() -> {
            geometry.restoreAndTrack(first);
            first.show();
            first.setX(200);
            first.setY(150);
            first.setWidth(800);
            first.setHeight(600);
            geometry.save(first);
            first.close();
        }).get(10, TimeUnit.SECONDS);
        assertThat(WindowPlacement.read(dir)).contains(new WindowPlacement(200, 150, 800, 600, false));

        Stage second = stage();
        boolean restored = WaitForAsyncUtils.asyncFx(() -> new WindowGeometry(dir, () -> ONE_SCREEN).restoreAndTrack(second))
                .get(10, TimeUnit.SECONDS);
        assertThat(restored).isTrue();
        assertThat(List.of(second.getX(), second.getY(), second.getWidth(), second.getHeight()))
                .containsExactly(200.0, 150.0, 800.0, 600.0);
    }

    @Test
    void aPlaceOnAScreenThatIsGoneIsNotUsed() throws Exception {
        new WindowPlacement(2500, 100, 800, 600, false).write(dir); // was on a second monitor, now unplugged
        Stage stage = stage();
        boolean restored = WaitForAsyncUtils.asyncFx(() -> new WindowGeometry(dir, () -> ONE_SCREEN).restoreAndTrack(stage))
                .get(10, TimeUnit.SECONDS);
        assertThat(restored).isFalse();
        assertThat(stage.getWidth()).isNotEqualTo(800.0);

        WindowGeometry geometry = new WindowGeometry(dir, () -> ONE_SCREEN);
        assertThat(geometry.reachable(new WindowPlacement(1850, 100, 800, 600, false))).as("only 70 px of title bar").isFalse();
        assertThat(geometry.reachable(new WindowPlacement(1700, 100, 800, 600, false))).isTrue();
        assertThat(geometry.reachable(new WindowPlacement(100, -45, 800, 600, false))).as("title bar above the top").isFalse();
        assertThat(geometry.reachable(new WindowPlacement(-300, 20, 800, 600, false))).isTrue();
    }

    @Test
    void aCorruptFileIsIgnored() throws Exception {
        Files.writeString(dir.resolve(WindowPlacement.FILE), "x=?\n");
        Stage stage = stage();
        boolean restored = WaitForAsyncUtils.asyncFx(() -> new WindowGeometry(dir, () -> ONE_SCREEN).restoreAndTrack(stage))
                .get(10, TimeUnit.SECONDS);
        assertThat(restored).isFalse();
    }
}

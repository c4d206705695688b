package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window at 960x720 in every language, switched live in one window: nothing cut off with "…",
 * no missing text, Alt-letters unique, and every text really changes with the language.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowLanguagesTest {

    private static final String MISSING = "\u2039";

    private MainWindowFixture window;

    @Start
    void start(Stage stage) {
        window = new MainWindowFixture(stage, new Messages(Locale.ENGLISH));
        window.viewModel.runAll();
        window.runQueued();
    }

    @Test
    void everyLanguageFitsAndALiveSwitchTranslatesEverything(FxRobot robot) throws Exception {
        // open the failing card's details so the details toggle shows its open state too
        robot.interact(() -> ((ToggleButton) window.view.lookup("#card-auth-token .details-toggle")).fire());
        Map<Locale, Map<String, String>> seen = new LinkedHashMap<>();
        for (Locale locale : Messages.SUPPORTED) {
            robot.interact(() -> window.messages.setLocale(locale));
            WaitForAsyncUtils.waitForFxEvents();
            String tag = locale.toLanguageTag();

            assertThat(onFx(() -> truncated(window.view))).as("cut-off texts in %s", tag).isEmpty();
            assertThat(onFx(() -> missing(window.view))).as("missing texts in %s", tag).isEmpty();
            assertThat(onFx(() -> mnemonicClashes(window.view))).as("Alt-letter clashes in %s", tag).isEmpty();
            seen.put(locale, onFx(this::sample));
            ScreenshotWriter.write(window.view, Path.of("target/screenshots/main-" + tag + ".png"));
        }

        Map<String, String> english = seen.get(Locale.ENGLISH);
        assertThat(english).containsEntry("run", "_Run checks again").containsEntry("fail", "Problem")
                .containsEntry("group", "Account").containsEntry("progress", "");
        for (Locale locale : Messages.SUPPORTED.subList(1, Messages.SUPPORTED.size())) {
            // "Problem" and "Details" are German words too, so those two parts may stay as they are
            for (String part : List.of("run", "badge", "group", "warn", "rerun", "unavailable", "accessible",
                    "latency")) {
                assertThat(seen.get(locale).get(part)).as("%s in %s", part, locale)
                        .isNotEqualTo(english.get(part)).isNotBlank();
            }
        }
        assertThat(seen.get(Locale.GERMAN).get("duration")).matches("\\d+,\\d s");
        assertThat(english.get("duration")).matches("\\d+\\.\\d s");
        assertThat(seen.get(Locale.GERMAN).get("accessible")).contains(": Warnung. ");
        assertThat(seen.get(Locale.forLanguageTag("es")).get("details")).isEqualTo("Detalles");

        // and back: English again, word for word
        robot.interact(() -> window.messages.setLocale(Locale.ENGLISH));
        assertThat(onFx(this::sample)).isEqualTo(english);
        ScreenshotWriter.write(window.view, Path.of("target/screenshots/main-en.png"));
    }

    @Test
    void theCheckerFindsACutOffLabelAndAMissingKey(FxRobot robot) throws Exception {
        javafx.scene.control.Label narrow = new javafx.scene.control.Label("A sentence much too long for its place");
        narrow.setMaxWidth(40);
        narrow.setId("narrow");
        javafx.scene.control.Label missingKey = new javafx.scene.control.Label(window.messages.get("main.no.such.key"));
        robot.interact(() -> ((javafx.scene.layout.VBox) window.view.lookup(".sections")).getChildren()
                .addAll(0, List.of(narrow, missingKey)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> truncated(window.view))).anyMatch(line -> line.contains("A sentence much too long"));
        assertThat(onFx(() -> missing(window.view))).anyMatch(line -> line.contains("main.no.such.key"));
    }

    /** A few texts of the window, by part, to compare languages. */
    private Map<String, String> sample() {
        Map<String, String> texts = new HashMap<>();
        StepCard token = (StepCard) window.view.lookup("#card-auth-token");
        StepCard warn = (StepCard) window.view.lookup("#card-network-accesspoints");
        StepCard services = (StepCard) window.view.lookup("#card-network-services");
        texts.put("run", ((Labeled) window.view.lookup("#run-again")).getText());
        texts.put("badge", ((Labeled) window.view.lookup("#verdict-badge")).getText());
        texts.put("progress", ((Labeled) window.view.lookup("#progress-text")).getText());
        texts.put("group", ((Labeled) window.view.lookup("#group-account .group-title")).getText());
        texts.put("fail", ((Labeled) token.lookup(".status-word")).getText());
        texts.put("warn", ((Labeled) warn.lookup(".status-word")).getText());
        texts.put("details", ((Labeled) token.lookup(".details-toggle")).getText());
        texts.put("rerun", ((Labeled) token.lookup(".rerun")).getText());
        texts.put("unavailable", window.viewModel.card("auth.token").orElseThrow().fixes().get(1).tooltip());
        texts.put("accessible", warn.getAccessibleText());
        texts.put("duration", ((Labeled) token.lookup(".duration")).getText());
        texts.put("latency", ((Labeled) services.lookup(".latency")).getText());
        return texts;
    }

    /** Every shown Labeled whose drawn text differs from its text: JavaFX replaced the overflow with "…". */
    static List<String> truncated(Parent root) {
        List<String> found = new ArrayList<>();
        for (Node node : shown(root)) {
            if (node instanceof Labeled labeled && !labeled.getText().isEmpty()) {
                Text drawn = drawnText(labeled);
                String expected = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "")
                        : labeled.getText();
                if (drawn != null && !drawn.getText().equals(expected)) {
                    found.add(describe(labeled) + " shows \"" + drawn.getText() + "\" for \"" + expected + "\"");
                }
            }
        }
        return found;
    }

    /** Texts, tooltips and screen-reader texts that show a missing key (‹key›). */
    static List<String> missing(Parent root) {
        List<String> found = new ArrayList<>();
        for (Node node : shown(root)) {
            List<String> texts = new ArrayList<>();
            if (node instanceof Labeled labeled) {
                texts.add(labeled.getText());
            }
            if (node instanceof javafx.scene.control.Control control && control.getTooltip() != null) {
                texts.add(control.getTooltip().getText());
            }
            if (node instanceof MenuButton menu) {
                menu.getItems().forEach(item -> texts.add(item.getText()));
            }
            texts.add(node.getAccessibleText());
            texts.add(node.getAccessibleHelp());
            texts.stream().filter(text -> text != null && text.contains(MISSING))
                    .forEach(text -> found.add(describe(node) + ": " + text));
        }
        return found;
    }

    /** Alt-letters used twice among the shown buttons that parse mnemonics. */
    static List<String> mnemonicClashes(Parent root) {
        Map<Character, String> owners = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Node node : shown(root)) {
            if (node instanceof Labeled labeled && labeled.isMnemonicParsing()) {
                int at = labeled.getText().indexOf('_');
                if (at >= 0 && at + 1 < labeled.getText().length()) {
                    char letter = Character.toLowerCase(labeled.getText().charAt(at + 1));
                    String previous = owners.put(letter, labeled.getText());
                    if (previous != null) {
                        clashes.add(letter + ": " + previous + " and " + labeled.getText());
                    }
                }
            }
        }
        return clashes;
    }

    private static Text drawnText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text;
            }
        }
        return null;
    }

    private static List<Node> shown(Parent root) {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        return nodes;
    }

    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible()) {
            return;
        }
        into.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                + node.getStyleClass();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}

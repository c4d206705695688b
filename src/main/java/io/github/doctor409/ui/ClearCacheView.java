package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The clear-cache screen: the plan with the offline-downloads reassurance and "Clear cache", then a
 * progress bar with "Stop", then before and after with "Undo". Binds to {@link ClearCacheViewModel};
 * {@code onClose} closes the window that holds it.
 */
public final class ClearCacheView extends VBox {

    static final String STYLESHEET = "clear-cache.css";

    private final ClearCacheViewModel viewModel;
    private final Runnable onClose;
    private final VBox body = new VBox();
    private final HBox buttons = new HBox();

    public ClearCacheView(ClearCacheViewModel viewModel, Runnable onClose) {
        this.viewModel = viewModel;
        this.onClose = onClose;
        getStyleClass().add("clear-cache");
        getStylesheets().add(Objects.requireNonNull(ClearCacheView.class.getResource(STYLESHEET)).toExternalForm());
        Label title = new Label("Clear Spotify's cache", new FontIcon(Feather.HARD_DRIVE));
        title.getStyleClass().addAll("title", Styles.TITLE_3);
        body.getStyleClass().add("body");
        VBox.setVgrow(body, Priority.ALWAYS);
        buttons.getStyleClass().add("buttons");
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(title, body, buttons);
        show(viewModel.stepProperty().get());
        viewModel.stepProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(ClearCacheViewModel.Step step) {
        body.getChildren().clear();
        buttons.getChildren().clear();
        switch (step) {
            case PLANNING -> body.getChildren().add(muted("Working out what would move…"));
            case CONFIRM -> {
                body.getChildren().addAll(reassurance(), muted(viewModel.totalsProperty().get()),
                        table("Will move", viewModel.movesProperty().get(), "move"),
                        table("Stays where it is", viewModel.keptProperty().get(), "keep"));
                Button clear = button("Clear cache", "clear", Feather.TRASH_2);
                clear.getStyleClass().add(Styles.ACCENT);
                clear.setDefaultButton(true);
                clear.setOnAction(e -> viewModel.confirm());
                buttons.getChildren().addAll(closeButton("Cancel"), clear);
            }
            case NOTHING_TO_CLEAR -> {
                body.getChildren().add(text(viewModel.messageProperty().get()));
                buttons.getChildren().add(closeButton("Close"));
            }
            case CLEARING, UNDOING -> {
                ProgressBar bar = new ProgressBar();
                bar.setId("clear-progress");
                bar.progressProperty().bind(viewModel.progressProperty());
                bar.setMaxWidth(Double.MAX_VALUE);
                Label text = muted("");
                text.textProperty().bind(viewModel.progressTextProperty());
                body.getChildren().addAll(muted(step == ClearCacheViewModel.Step.CLEARING
                        ? "Moving the cache into the quarantine…" : "Putting the cache back…"), bar, text);
                Button stop = button("Stop", "stop", Feather.SQUARE);
                stop.setOnAction(e -> viewModel.stop());
                buttons.getChildren().add(stop);
            }
            case DONE, STOPPED -> {
                Label outcome = text(viewModel.messageProperty().get());
                outcome.setId("outcome");
                body.getChildren().add(outcome);
                viewModel.comparisonProperty().get().ifPresent(c -> body.getChildren().add(beforeAfter(c)));
                if (viewModel.canUndo()) {
                    Button undo = button("Undo", "undo", Feather.ROTATE_CCW);
                    undo.setOnAction(e -> viewModel.undo());
                    buttons.getChildren().add(undo);
                }
                Button close = closeButton("Close");
                close.getStyleClass().add(Styles.ACCENT);
                close.setDefaultButton(true);
                buttons.getChildren().add(close);
            }
            case UNDONE -> {
                Label outcome = text(viewModel.messageProperty().get());
                outcome.setId("outcome");
                body.getChildren().add(outcome);
                buttons.getChildren().add(closeButton("Close"));
            }
        }
    }

    private Node reassurance() {
        Label label = new Label(viewModel.reassurance(), new FontIcon(Feather.SHIELD));
        label.setId("reassurance");
        label.getStyleClass().add("reassurance");
        label.setWrapText(true);
        return label;
    }

    private static Node table(String heading, List<ClearCacheViewModel.Row> rows, String kind) {
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("plan-table", kind);
        Label head = new Label(heading);
        head.getStyleClass().addAll("plan-heading", Styles.TEXT_BOLD);
        grid.add(head, 0, 0, 3, 1);
        int row = 1;
        for (ClearCacheViewModel.Row r : rows) {
            Label name = new Label(r.name(), new FontIcon(kind.equals("move") ? Feather.FOLDER_MINUS : Feather.FOLDER));
            name.getStyleClass().add("plan-name");
            grid.add(name, 0, row);
            grid.add(muted(r.amount()), 1, row);
            grid.add(muted(r.note()), 2, row);
            row++;
        }
        if (rows.isEmpty()) {
            grid.add(muted("nothing"), 0, row);
        }
        return grid;
    }

    private static Node beforeAfter(ClearCacheViewModel.Comparison comparison) {
        GridPane grid = new GridPane();
        grid.setId("before-after");
        grid.getStyleClass().add("before-after");
        grid.add(cell("Before", "caption"), 0, 0);
        grid.add(cell("After", "caption"), 1, 0);
        Label before = cell(comparison.before(), "value");
        before.setId("before");
        Label after = cell(comparison.after(), "value");
        after.setId("after");
        grid.add(before, 0, 1);
        grid.add(after, 1, 1);
        Label kept = muted(comparison.kept());
        grid.add(kept, 0, 2, 2, 1);
        return grid;
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        return label;
    }

    private static Label text(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label muted(String text) {
        Label label = text(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private Button closeButton(String text) {
        Button close = new Button(text);
        close.setId("close");
        close.setCancelButton(true);
        close.setOnAction(e -> onClose.run());
        return close;
    }

    private static Button button(String text, String id, Feather icon) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMnemonicParsing(false);
        return button;
    }
}

package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
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
 * {@code onClose} closes the window that holds it. Every text is bound to {@link Messages}, so it follows
 * a language switch; Enter presses the default button and Escape the cancel button, and each button
 * has an underlined letter for Alt.
 */
public final class ClearCacheView extends VBox {

    static final String STYLESHEET = "clear-cache.css";

    private final ClearCacheViewModel viewModel;
    private final Messages messages;
    private final Runnable onClose;
    private final VBox body = new VBox();
    private final HBox buttons = new HBox();

    public ClearCacheView(ClearCacheViewModel viewModel, Messages messages, Runnable onClose) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.onClose = onClose;
        getStyleClass().add("clear-cache");
        getStylesheets().add(Objects.requireNonNull(ClearCacheView.class.getResource(STYLESHEET)).toExternalForm());
        Label title = bind(new Label(null, new FontIcon(Feather.HARD_DRIVE)), () -> messages.get("windows.clear.title"));
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
            case PLANNING -> body.getChildren().add(muted(() -> messages.get("windows.clear.planning")));
            case CONFIRM -> {
                Label totals = muted(() -> "");
                totals.textProperty().bind(viewModel.totalsProperty());
                totals.setId("totals");
                body.getChildren().addAll(reassurance(), totals,
                        table("windows.clear.willMove", viewModel.movesProperty().get(), "move"),
                        table("windows.clear.stays", viewModel.keptProperty().get(), "keep"));
                Button clear = button("windows.clear.clear", "clear", Feather.TRASH_2);
                clear.getStyleClass().add(Styles.ACCENT);
                clear.setDefaultButton(true);
                clear.setOnAction(e -> viewModel.confirm());
                buttons.getChildren().addAll(closeButton("windows.clear.cancel"), clear);
            }
            case NOTHING_TO_CLEAR -> {
                Label message = text(() -> "");
                message.textProperty().bind(viewModel.messageProperty());
                message.setId("outcome");
                body.getChildren().add(message);
                Button close = closeButton("windows.clear.close");
                close.setDefaultButton(true);
                buttons.getChildren().add(close);
            }
            case CLEARING, UNDOING -> {
                ProgressBar bar = new ProgressBar();
                bar.setId("clear-progress");
                bar.progressProperty().bind(viewModel.progressProperty());
                bar.setMaxWidth(Double.MAX_VALUE);
                Label text = muted(() -> "");
                // the fix's own progress words, as it reports them
                text.textProperty().bind(viewModel.progressTextProperty());
                String doing = step == ClearCacheViewModel.Step.CLEARING ? "windows.clear.moving" : "windows.clear.puttingBack";
                body.getChildren().addAll(muted(() -> messages.get(doing)), bar, text);
                Button stop = button("windows.clear.stop", "stop", Feather.SQUARE);
                stop.setOnAction(e -> viewModel.stop());
                stop.setCancelButton(true);
                buttons.getChildren().add(stop);
                bar.accessibleTextProperty().bind(messages.text(doing));
            }
            case DONE, STOPPED -> {
                Label outcome = text(() -> "");
                outcome.textProperty().bind(viewModel.messageProperty());
                outcome.setId("outcome");
                body.getChildren().add(outcome);
                viewModel.comparisonProperty().get().ifPresent(c -> body.getChildren().add(beforeAfter(c)));
                if (viewModel.canUndo()) {
                    Button undo = button("windows.clear.undo", "undo", Feather.ROTATE_CCW);
                    undo.setOnAction(e -> viewModel.undo());
                    buttons.getChildren().add(undo);
                }
                Button close = closeButton("windows.clear.close");
                close.getStyleClass().add(Styles.ACCENT);
                close.setDefaultButton(true);
                buttons.getChildren().add(close);
            }
            case UNDONE -> {
                Label outcome = text(() -> "");
                outcome.textProperty().bind(viewModel.messageProperty());
                outcome.setId("outcome");
                body.getChildren().add(outcome);
                Button close = closeButton("windows.clear.close");
                close.setDefaultButton(true);
                buttons.getChildren().add(close);
            }
        }
    }

    private Node reassurance() {
        Label label = bind(new Label(null, new FontIcon(Feather.SHIELD)), viewModel::reassurance);
        label.setId("reassurance");
        label.getStyleClass().add("reassurance");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private Node table(String headingKey, List<ClearCacheViewModel.Row> rows, String kind) {
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("plan-table", kind);
        Label head = bind(new Label(), () -> messages.get(headingKey));
        head.getStyleClass().addAll("plan-heading", Styles.TEXT_BOLD);
        grid.add(head, 0, 0, 3, 1);
        int row = 1;
        for (ClearCacheViewModel.Row r : rows) {
            Label name = new Label(r.name(), new FontIcon(kind.equals("move") ? Feather.FOLDER_MINUS : Feather.FOLDER));
            name.getStyleClass().add("plan-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(name, 0, row);
            Label amount = muted(() -> viewModel.amount(r));
            amount.setMinWidth(Region.USE_PREF_SIZE);
            amount.getStyleClass().add("plan-amount");
            grid.add(amount, 1, row);
            grid.add(muted(() -> viewModel.note(r)), 2, row);
            row++;
        }
        if (rows.isEmpty()) {
            grid.add(muted(() -> messages.get("windows.clear.nothing")), 0, row);
        }
        return grid;
    }

    private Node beforeAfter(ClearCacheViewModel.Comparison comparison) {
        GridPane grid = new GridPane();
        grid.setId("before-after");
        grid.getStyleClass().add("before-after");
        grid.add(cell(() -> messages.get("windows.clear.before"), "caption"), 0, 0);
        grid.add(cell(() -> messages.get("windows.clear.after"), "caption"), 1, 0);
        Label before = cell(() -> viewModel.before(comparison), "value");
        before.setId("before");
        Label after = cell(() -> viewModel.after(comparison), "value");
        after.setId("after");
        grid.add(before, 0, 1);
        grid.add(after, 1, 1);
        Label kept = muted(() -> viewModel.kept(comparison));
        grid.add(kept, 0, 2, 2, 1);
        return grid;
    }

    private Label cell(Callable<String> text, String style) {
        Label label = bind(new Label(), text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        return label;
    }

    private Label text(Callable<String> text) {
        Label label = bind(new Label(), text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private Label muted(Callable<String> text) {
        Label label = text(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private <T extends Label> T bind(T label, Callable<String> text) {
        label.textProperty().bind(messages.text(text));
        return label;
    }

    private Button closeButton(String key) {
        Button close = button(key, "close", null);
        close.setCancelButton(true);
        close.setOnAction(e -> onClose.run());
        return close;
    }

    private Button button(String key, String id, Feather icon) {
        Button button = icon == null ? new Button() : new Button(null, new FontIcon(icon));
        button.textProperty().bind(messages.text(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}

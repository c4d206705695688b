package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import io.github.doctor409.guide.Instruction;
import io.github.doctor409.guide.PlannedStep;
import io.github.doctor409.guide.StepAction;
import io.github.doctor409.guide.Walkthrough;
import io.github.doctor409.guide.WalkthroughSummary;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The guided fix walkthrough: the steps on the left (needed first, the rest marked "not needed" and
 * still openable), the current step in the middle — what, why, what was found, the action, steps by
 * hand with copyable commands — and "Check again" and "Did this fix it?" at the bottom. Works by
 * keyboard alone: Tab and Space, or the letter keys F (do it), C (check again), Y, N and S (skip).
 */
public final class WalkthroughView extends BorderPane {

    private final WalkthroughViewModel model;
    private final ListView<PlannedStep> list = new ListView<>();
    private final ScrollPane page = new ScrollPane();
    private final VBox questionBar;
    private boolean syncingSelection;

    public WalkthroughView(WalkthroughViewModel model) {
        this.model = model;
        getStyleClass().add("walkthrough");
        getStylesheets().addAll(Objects.requireNonNull(MainView.class.getResource(MainView.STYLESHEET)).toExternalForm(),
                Objects.requireNonNull(MainView.class.getResource(ReportPreviewView.STYLESHEET)).toExternalForm());

        list.setId("step-list");
        list.getStyleClass().add("step-list");
        list.setItems(model.steps());
        list.setCellFactory(view -> new StepCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncingSelection && now != null) {
                model.open(now.step());
            }
        });
        setLeft(list);

        page.setFitToWidth(true);
        page.getStyleClass().add("edge-to-edge");
        setCenter(page);

        questionBar = questionBar();
        setBottom(questionBar);

        model.positionProperty().addListener((obs, old, now) -> show(now));
        show(model.positionProperty().get());
        addEventFilter(KeyEvent.KEY_PRESSED, this::letterKeys);
    }

    /** Puts the keyboard focus on the step list, from where every key works; call once the window shows. */
    public void focusSteps() {
        list.requestFocus();
    }

    private void letterKeys(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        boolean finished = model.positionProperty().get() instanceof Walkthrough.Position.Finished;
        KeyCode code = event.getCode();
        if (finished && code != KeyCode.R) {
            return;
        }
        switch (code) {
            case F -> model.act();
            case C -> model.checkAgain();
            case Y -> model.answerFixed();
            case N -> model.answerNotFixed();
            case S -> model.skip();
            case R -> {
                if (finished) {
                    model.startOver();
                }
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private VBox questionBar() {
        Button check = new Button("Check again", new FontIcon(Feather.REFRESH_CW));
        check.setId("check-again");
        check.setOnAction(e -> model.checkAgain());
        Label question = new Label("Did this fix it?");
        question.getStyleClass().add("question");
        Button yes = new Button("Yes, it works", new FontIcon(Feather.CHECK));
        yes.setId("answer-yes");
        yes.getStyleClass().add(Styles.SUCCESS);
        yes.setOnAction(e -> model.answerFixed());
        Button no = new Button("No, next step", new FontIcon(Feather.ARROW_RIGHT));
        no.setId("answer-no");
        no.setOnAction(e -> model.answerNotFixed());
        Button skip = new Button("Skip");
        skip.setId("skip");
        skip.getStyleClass().add(Styles.FLAT);
        skip.setOnAction(e -> model.skip());
        for (Button button : new Button[] {check, yes, no, skip}) {
            button.disableProperty().bind(model.busyProperty());
            button.setMnemonicParsing(false);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(check, gap, question, yes, no, skip);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setSpacing(10);

        Label message = new Label();
        message.setId("walkthrough-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label keys = new Label("Keys: F do it · C check again · Y yes · N no · S skip · Tab moves between buttons");
        keys.getStyleClass().add("key-hint");
        VBox bar = new VBox(row, message, keys);
        bar.getStyleClass().add("question-bar");
        bar.setSpacing(8);
        return bar;
    }

    private void show(Walkthrough.Position position) {
        syncingSelection = true;
        try {
            if (position instanceof Walkthrough.Position.AtStep at) {
                list.getSelectionModel().select(at.number() - 1);
                list.scrollTo(at.number() - 1);
                page.setContent(stepPage(at));
                questionBar.setVisible(true);
                questionBar.setManaged(true);
            } else if (position instanceof Walkthrough.Position.Finished finished) {
                list.getSelectionModel().clearSelection();
                page.setContent(summaryPage(finished.summary()));
                questionBar.setVisible(false);
                questionBar.setManaged(false);
            }
            list.refresh();
        } finally {
            syncingSelection = false;
        }
    }

    private Node stepPage(Walkthrough.Position.AtStep at) {
        PlannedStep step = at.step();
        Label counter = new Label("Step " + at.number() + " of " + at.total());
        counter.getStyleClass().add("step-counter");
        Label title = new Label(step.step().title());
        title.setId("step-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label badge = new Label(step.needed() ? "A check found a problem here" : "Not needed: no check found a problem here");
        badge.setId("step-badge");
        badge.getStyleClass().add(step.needed() ? "needed" : "not-needed");

        VBox box = new VBox(counter, title, badge, section("What"), wrapped(step.step().what()), section("Why"),
                wrapped(step.step().why()));
        if (!step.evidence().isEmpty()) {
            box.getChildren().add(section("What 409 Doctor found"));
            step.evidence().forEach(line -> {
                Label evidence = wrapped("• " + line);
                evidence.getStyleClass().add("evidence-line");
                box.getChildren().add(evidence);
            });
        }
        box.getChildren().add(section("What to do"));
        Button action = actionButton(step.action());
        box.getChildren().add(action);
        if (step.action() instanceof StepAction.RunFix run) {
            box.getChildren().add(muted(run.description()));
        }
        if (!step.action().instructions().isEmpty()) {
            box.getChildren().add(muted(step.action() instanceof StepAction.FollowInstructions ? "Do these steps:"
                    : "Or by hand:"));
            int n = 1;
            for (Instruction instruction : step.action().instructions()) {
                box.getChildren().add(instruction(n++, instruction));
            }
        }
        box.getStyleClass().add("step-page");
        return box;
    }

    private Button actionButton(StepAction action) {
        Button button;
        if (action instanceof StepAction.RunFix run) {
            button = new Button(run.label(), new FontIcon(Feather.TOOL));
        } else if (action instanceof StepAction.SendReport) {
            button = new Button("Open the report to send", new FontIcon(Feather.FILE_TEXT));
        } else if (action instanceof StepAction.StartMonitor) {
            button = new Button("Open the monitor", new FontIcon(Feather.ACTIVITY));
        } else {
            button = new Button("I did these steps", new FontIcon(Feather.CHECK_SQUARE));
        }
        button.setId("step-action");
        button.setMnemonicParsing(false);
        button.getStyleClass().add(Styles.ACCENT);
        button.disableProperty().bind(model.busyProperty());
        button.setOnAction(e -> model.act());
        return button;
    }

    private Node instruction(int number, Instruction instruction) {
        VBox box = new VBox(wrapped(number + ". " + instruction.text()));
        box.getStyleClass().add("instruction");
        instruction.command().ifPresent(command -> {
            TextField field = new TextField(command);
            field.setEditable(false);
            field.getStyleClass().add("command");
            HBox.setHgrow(field, Priority.ALWAYS);
            Button copy = new Button("Copy", new FontIcon(Feather.COPY));
            copy.getStyleClass().add("copy-command");
            copy.setOnAction(e -> model.copy(command));
            HBox row = new HBox(field, copy);
            row.setSpacing(6);
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
        });
        return box;
    }

    private Node summaryPage(WalkthroughSummary summary) {
        Label headline = new Label(summary.headline());
        headline.setId("summary-headline");
        headline.getStyleClass().add(Styles.TITLE_3);
        headline.setWrapText(true);
        VBox box = new VBox(headline);
        if (!summary.lines().isEmpty()) {
            box.getChildren().add(section("What was done"));
            summary.lines().forEach(line -> {
                Label label = wrapped(line);
                label.getStyleClass().add("summary-line");
                box.getChildren().add(label);
            });
        }
        Button again = new Button("Check again and start over", new FontIcon(Feather.ROTATE_CCW));
        again.setId("start-over");
        again.setOnAction(e -> model.startOver());
        Button copy = new Button("Copy summary", new FontIcon(Feather.COPY));
        copy.setOnAction(e -> model.copy(summary.headline() + "\n" + String.join("\n", summary.lines())));
        HBox buttons = new HBox(again, copy);
        buttons.setSpacing(10);
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        box.getChildren().addAll(buttons, muted("You can still open any step from the list."), message);
        box.getStyleClass().add("step-page");
        return box;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label muted(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    /** A step in the list: its title, and whether it is needed, tried or skipped. */
    private final class StepCell extends ListCell<PlannedStep> {
        @Override
        protected void updateItem(PlannedStep item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(item.step().title());
            title.getStyleClass().add("step-cell-title");
            title.setWrapText(true);
            title.setMaxWidth(250);
            String note = model.answerFor(item.step()).map(answer -> switch (answer) {
                case FIXED -> "fixed it";
                case NOT_FIXED -> "tried";
                case SKIPPED -> "skipped";
            }).orElse(item.needed() ? "needed" : "not needed");
            Label noteLabel = new Label(note);
            noteLabel.getStyleClass().add("step-cell-note");
            if ("needed".equals(note)) {
                noteLabel.getStyleClass().add("step-cell-needed");
            }
            setText(null);
            setGraphic(new VBox(2, title, noteLabel));
            setAccessibleText(item.step().title() + ", " + note);
        }
    }
}

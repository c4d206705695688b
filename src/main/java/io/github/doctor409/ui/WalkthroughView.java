package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import io.github.doctor409.guide.Finding;
import io.github.doctor409.guide.Instruction;
import io.github.doctor409.guide.Sentence;
import io.github.doctor409.guide.PlannedStep;
import io.github.doctor409.guide.StepAction;
import io.github.doctor409.guide.Walkthrough;
import io.github.doctor409.guide.WalkthroughSummary;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
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
 * keyboard alone: Tab and Space, Enter for the step's action, Alt and the underlined letter, or the
 * letters alone (in English F do it, C check again, Y, N and S skip; each language has its own, taken
 * from the underlined letters of its buttons and shown in the key hint). Every text follows a language
 * switch of {@link Messages} while the window stays open.
 */
public final class WalkthroughView extends BorderPane {

    private final WalkthroughViewModel model;
    private final GuideTexts texts;
    private final Messages messages;
    private final ListView<PlannedStep> list = new ListView<>();
    private final ScrollPane page = new ScrollPane();
    private final VBox questionBar;
    private Button checkAgain;
    private Button yes;
    private Button no;
    private Button skip;
    private Button startOver;
    private boolean syncingSelection;

    public WalkthroughView(WalkthroughViewModel model) {
        this.model = model;
        this.texts = model.texts();
        this.messages = texts.messages();
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
        list.accessibleTextProperty().bind(messages.text("windows.walk.steps"));
        messages.localeProperty().addListener((obs, old, now) -> list.refresh());
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
        if (event.getTarget() instanceof TextInputControl || event.isShortcutDown()) {
            return;
        }
        KeyCode code = event.getCode();
        boolean finished = model.positionProperty().get() instanceof Walkthrough.Position.Finished;
        if (event.isAltDown()) {
            // Alt and a button's underlined letter is the button's own mnemonic; the action has none
            if (!finished && code == actKey()) {
                model.act();
                event.consume();
            }
            return;
        }
        if (finished) {
            if (code == mnemonic(startOver)) {
                model.startOver();
                event.consume();
            }
            return;
        }
        if (code == actKey()) {
            model.act();
        } else if (code == mnemonic(checkAgain)) {
            model.checkAgain();
        } else if (code == mnemonic(yes)) {
            model.answerFixed();
        } else if (code == mnemonic(no)) {
            model.answerNotFixed();
        } else if (code == mnemonic(skip)) {
            model.skip();
        } else {
            return;
        }
        event.consume();
    }

    private KeyCode actKey() {
        return KeyCode.getKeyCode(messages.get("windows.walk.actKey").toUpperCase(messages.locale()));
    }

    /** The key of a button's underlined letter in the current language, or null. */
    static KeyCode mnemonic(Labeled button) {
        return mnemonicLetter(button.getText()).map(KeyCode::getKeyCode).orElse(null);
    }

    /** The underlined letter of a text with a mnemonic, in upper case: "_Yes" gives "Y". */
    static Optional<String> mnemonicLetter(String text) {
        int at = text == null ? -1 : text.indexOf('_');
        return at < 0 || at + 1 >= text.length() ? Optional.empty()
                : Optional.of(String.valueOf(Character.toUpperCase(text.charAt(at + 1))));
    }

    private String letter(Labeled button) {
        return mnemonicLetter(button.getText()).orElse("");
    }

    private VBox questionBar() {
        checkAgain = button("windows.walk.checkAgain", Feather.REFRESH_CW, "check-again");
        checkAgain.setOnAction(e -> model.checkAgain());
        Label question = bound(new Label(), "windows.walk.question");
        question.getStyleClass().add("question");
        yes = button("windows.walk.yes", Feather.CHECK, "answer-yes");
        yes.getStyleClass().add(Styles.SUCCESS);
        yes.setOnAction(e -> model.answerFixed());
        no = button("windows.walk.no", Feather.ARROW_RIGHT, "answer-no");
        no.setOnAction(e -> model.answerNotFixed());
        skip = button("windows.walk.skip", Feather.SKIP_FORWARD, "skip");
        skip.getStyleClass().add(Styles.FLAT);
        skip.setOnAction(e -> model.skip());
        for (Button button : new Button[] {checkAgain, yes, no, skip}) {
            button.disableProperty().bind(model.busyProperty());
        }
        startOver = button("windows.walk.startOver", Feather.ROTATE_CCW, "start-over");
        startOver.setOnAction(e -> model.startOver());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(checkAgain, gap, question, yes, no, skip);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setSpacing(10);

        Label message = new Label();
        message.setId("walkthrough-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label keys = new Label();
        keys.setId("key-hint");
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        keys.textProperty().bind(messages.text(() -> messages.get("windows.walk.keys", messages.get("windows.walk.actKey"),
                        letter(checkAgain), letter(yes), letter(no), letter(skip)),
                checkAgain.textProperty(), yes.textProperty(), no.textProperty(), skip.textProperty()));
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
        Label counter = bound(new Label(), () -> messages.get("windows.walk.counter", at.number(), at.total()));
        counter.getStyleClass().add("step-counter");
        Label title = bound(new Label(), () -> texts.title(step.step()));
        title.setId("step-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label badge = bound(new Label(null, new FontIcon(step.needed() ? Feather.ALERT_CIRCLE : Feather.MINUS_CIRCLE)),
                step.needed() ? "windows.walk.badge.needed" : "windows.walk.badge.notNeeded");
        badge.setId("step-badge");
        badge.getStyleClass().add(step.needed() ? "needed" : "not-needed");
        badge.setWrapText(true);
        badge.setMinHeight(Region.USE_PREF_SIZE);

        VBox box = new VBox(counter, title, badge, section("windows.walk.what"), wrapped(() -> texts.what(step.step())),
                section("windows.walk.why"), wrapped(() -> texts.why(step.step())));
        if (!step.findings().isEmpty()) {
            box.getChildren().add(section("windows.walk.found"));
            for (Finding finding : step.findings()) {
                Label evidence = wrapped(() -> "• " + texts.finding(finding));
                evidence.getStyleClass().add("evidence-line");
                box.getChildren().add(evidence);
            }
        }
        box.getChildren().add(section("windows.walk.toDo"));
        Button action = actionButton(step.action());
        box.getChildren().add(action);
        if (step.action() instanceof StepAction.RunFix run) {
            box.getChildren().add(muted(() -> texts.checks().fixDescription(run.fixId(), run.description())));
        }
        if (!step.action().instructions().isEmpty()) {
            box.getChildren().add(muted(() -> messages.get(step.action() instanceof StepAction.FollowInstructions
                    ? "windows.walk.doThese" : "windows.walk.byHand")));
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
            button = new Button(null, new FontIcon(Feather.TOOL));
            button.textProperty().bind(messages.text(() -> texts.checks().fixTitle(run.fixId(), run.label())));
        } else {
            String key = action instanceof StepAction.SendReport ? "windows.walk.action.report"
                    : action instanceof StepAction.StartMonitor ? "windows.walk.action.monitor" : "windows.walk.action.manual";
            Feather icon = action instanceof StepAction.SendReport ? Feather.FILE_TEXT
                    : action instanceof StepAction.StartMonitor ? Feather.ACTIVITY : Feather.CHECK_SQUARE;
            button = new Button(null, new FontIcon(icon));
            button.textProperty().bind(messages.text(key));
        }
        button.setId("step-action");
        button.setMnemonicParsing(false);
        button.getStyleClass().add(Styles.ACCENT);
        // Enter does the step's action wherever the focus is, unless a focused button takes it
        button.setDefaultButton(true);
        button.disableProperty().bind(model.busyProperty());
        button.setOnAction(e -> model.act());
        return button;
    }

    private Node instruction(int number, Instruction instruction) {
        VBox box = new VBox(wrapped(() -> number + ". " + texts.text(instruction.phrase())));
        box.getStyleClass().add("instruction");
        instruction.command().ifPresent(command -> {
            TextField field = new TextField(command);
            field.setEditable(false);
            field.getStyleClass().add("command");
            HBox.setHgrow(field, Priority.ALWAYS);
            Button copy = new Button(null, new FontIcon(Feather.COPY));
            copy.textProperty().bind(messages.text("windows.walk.copy"));
            copy.accessibleTextProperty().bind(messages.text(() -> messages.get("windows.walk.copyCommand", command)));
            copy.setMnemonicParsing(false);
            copy.setMinWidth(Region.USE_PREF_SIZE);
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
        Label headline = wrapped(() -> texts.text(summary.headlinePhrase()));
        headline.setId("summary-headline");
        headline.getStyleClass().add(Styles.TITLE_3);
        VBox box = new VBox(headline);
        if (!summary.linePhrases().isEmpty()) {
            box.getChildren().add(section("windows.walk.whatWasDone"));
            for (Sentence line : summary.linePhrases()) {
                Label label = wrapped(() -> texts.text(line));
                label.getStyleClass().add("summary-line");
                box.getChildren().add(label);
            }
        }
        Button copy = button("windows.walk.copySummary", Feather.COPY, "copy-summary");
        // the copied summary stays English, like the support report it is pasted beside
        copy.setOnAction(e -> model.copy(summary.headline() + "\n" + String.join("\n", summary.lines())));
        startOver.setDefaultButton(true);
        HBox buttons = new HBox(startOver, copy);
        buttons.setSpacing(10);
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        box.getChildren().addAll(buttons, muted(() -> messages.get("windows.walk.openAny")), message);
        box.getStyleClass().add("step-page");
        return box;
    }

    private Button button(String key, Feather icon, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.textProperty().bind(messages.text(key));
        button.setMnemonicParsing(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setId(id);
        return button;
    }

    private <T extends Labeled> T bound(T labeled, String key) {
        labeled.textProperty().bind(messages.text(key));
        return labeled;
    }

    private <T extends Labeled> T bound(T labeled, Callable<String> text) {
        labeled.textProperty().bind(messages.text(text));
        return labeled;
    }

    private Label section(String key) {
        Label label = bound(new Label(), key);
        label.getStyleClass().add("section-title");
        return label;
    }

    private Label wrapped(Callable<String> text) {
        Label label = bound(new Label(), text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private Label muted(Callable<String> text) {
        Label label = wrapped(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    /** A step in the list: its title, and whether it is needed, tried or skipped, in words and an icon. */
    private final class StepCell extends ListCell<PlannedStep> {
        @Override
        protected void updateItem(PlannedStep item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            Label title = new Label(texts.title(item.step()));
            title.getStyleClass().add("step-cell-title");
            title.setWrapText(true);
            title.setMaxWidth(250);
            title.setMinHeight(Region.USE_PREF_SIZE);
            Optional<Walkthrough.Answer> answer = model.answerFor(item.step());
            String key = answer.map(a -> switch (a) {
                case FIXED -> "windows.walk.note.fixed";
                case NOT_FIXED -> "windows.walk.note.tried";
                case SKIPPED -> "windows.walk.note.skipped";
            }).orElse(item.needed() ? "windows.walk.note.needed" : "windows.walk.note.notNeeded");
            Feather icon = answer.map(a -> switch (a) {
                case FIXED -> Feather.CHECK;
                case NOT_FIXED -> Feather.X;
                case SKIPPED -> Feather.SKIP_FORWARD;
            }).orElse(item.needed() ? Feather.ALERT_CIRCLE : Feather.MINUS);
            String note = messages.get(key);
            Label noteLabel = new Label(note, new FontIcon(icon));
            noteLabel.getStyleClass().add("step-cell-note");
            if (answer.isEmpty() && item.needed()) {
                noteLabel.getStyleClass().add("step-cell-needed");
            }
            setText(null);
            setGraphic(new VBox(2, title, noteLabel));
            setAccessibleText(title.getText() + ", " + note);
        }
    }
}

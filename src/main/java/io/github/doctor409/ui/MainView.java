package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: a header with the verdict and "Run checks again", then the step cards by
 * group. Binds to {@link MainViewModel} and forwards commands. Every text follows the view model's
 * {@link Messages} live.
 *
 * <p>Keyboard: Tab goes Run (or Stop), the toolbar, the app menu, Sign out, then the cards in group order
 * and within a card its Details, fixes and Re-run; Alt plus the underlined letter presses Run, Stop and Sign
 * out. F5 and Ctrl+R run the checks again, Ctrl+Shift+C copies the report, Ctrl+N goes to the next step of
 * the guided fix (the last two once their actions are set).
 */
public final class MainView extends BorderPane {

    static final String STYLESHEET = "doctor409.css";
    private static final double ROW_GAP = 12;
    private static final double FOCUS_MARGIN = 8;
    private static final KeyCombination RUN_AGAIN = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY_REPORT =
            new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination NEXT_STEP = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel viewModel;
    private final Messages messages;
    private final Button runButton = new Button();
    private final HBox toolbar = new HBox();
    private final MenuButton appMenu = new MenuButton();
    private final ScrollPane scroll;

    private final AccountHeader account;
    private Runnable copyReportAction;
    private Runnable nextStepAction;

    public MainView(MainViewModel viewModel) {
        this(viewModel, null);
    }

    /** @param account the signed-in account corner of the header; null leaves it out */
    public MainView(MainViewModel viewModel, AccountHeaderViewModel account) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        this.account = account == null ? null : new AccountHeader(account, messages);
        getStyleClass().add("main-view");
        getStylesheets().add(Objects.requireNonNull(MainView.class.getResource(STYLESHEET)).toExternalForm());
        setTop(header());
        scroll = cards();
        setCenter(scroll);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F5 || RUN_AGAIN.match(event)) {
                viewModel.runAll();
                event.consume();
            } else if (COPY_REPORT.match(event) && copyReportAction != null) {
                copyReportAction.run();
                event.consume();
            } else if (NEXT_STEP.match(event) && nextStepAction != null) {
                nextStepAction.run();
                event.consume();
            }
        });
        // a card or button reached with Tab scrolls into view
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, now) -> scrollToShow(now));
            }
        });
    }

    /** What Ctrl+Shift+C does: copy the report of the latest results. */
    public void setCopyReportAction(Runnable action) {
        copyReportAction = action;
    }

    /** What Ctrl+N does: go to the next step of the guided fix (opening it first). */
    public void setNextStepAction(Runnable action) {
        nextStepAction = action;
    }

    /** Adds buttons at the right end of the header's button row (the walkthrough, report and monitor). */
    public void addToolbarButtons(List<? extends Node> buttons) {
        buttons.forEach(button -> {
            if (button instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        toolbar.getChildren().addAll(buttons);
    }

    /**
     * Adds entries to the app menu at the right end of the header (settings, logs, about). The menu shows
     * once it has an entry.
     */
    public void addMenuItems(List<MenuItem> items) {
        appMenu.getItems().addAll(items);
    }

    /** Puts the keyboard focus on "Run checks again"; call once the window shows. */
    public void focusRunButton() {
        runButton.requestFocus();
    }

    private GridPane header() {
        Label headline = new Label();
        headline.setId("headline");
        headline.getStyleClass().addAll("headline", Styles.TITLE_3);
        headline.setWrapText(true);
        headline.textProperty().bind(viewModel.headlineProperty());
        HBox.setHgrow(headline, Priority.ALWAYS);
        HBox verdictRow = new HBox(badge(), headline);
        verdictRow.getStyleClass().add("verdict-row");
        verdictRow.setAlignment(Pos.CENTER_LEFT);

        Label notice = new Label();
        notice.setId("notice");
        notice.getStyleClass().addAll("notice", Styles.TEXT_MUTED);
        notice.setWrapText(true);
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        HBox runRow = runRow();
        // rows by position; children in keyboard order, so Tab starts at Run and reaches Sign out after the menu
        GridPane header = new GridPane();
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        header.getColumnConstraints().add(column);
        header.add(verdictRow, 0, 1);
        header.add(notice, 0, 2);
        header.add(runRow, 0, 3);
        GridPane.setMargin(notice, new Insets(ROW_GAP, 0, 0, 0));
        GridPane.setMargin(runRow, new Insets(ROW_GAP, 0, 0, 0));
        if (account != null) {
            // the account sits in its own row at the top right, so the buttons below keep their full labels
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            account.setMinWidth(Region.USE_PREF_SIZE);
            HBox accountRow = new HBox(spacer, account);
            accountRow.setAlignment(Pos.CENTER_RIGHT);
            accountRow.managedProperty().bind(account.visibleProperty());
            GridPane.setMargin(accountRow, new Insets(0, 0, ROW_GAP, 0));
            header.add(accountRow, 0, 0);
        }
        header.getStyleClass().add("header");
        return header;
    }

    private Label badge() {
        StatusIcon icon = new StatusIcon();
        Label badge = new Label("", icon);
        badge.setId("verdict-badge");
        badge.getStyleClass().add("verdict-badge");
        badge.textProperty().bind(viewModel.verdictWordProperty());
        badge.setAccessibleRole(AccessibleRole.TEXT);
        badge.accessibleTextProperty().bind(messages.text(
                () -> messages.get("main.verdict.accessible", viewModel.verdictWordProperty().get(),
                        viewModel.headlineProperty().get()),
                viewModel.verdictWordProperty(), viewModel.headlineProperty()));
        badge.setMinWidth(Label.USE_PREF_SIZE);
        showBadgeStatus(badge, icon, null, viewModel.verdictStatusProperty().get());
        viewModel.verdictStatusProperty().addListener((obs, old, now) -> showBadgeStatus(badge, icon, old, now));
        return badge;
    }

    private static void showBadgeStatus(Label badge, StatusIcon icon, CardStatus old, CardStatus now) {
        if (old != null) {
            badge.pseudoClassStateChanged(PseudoClass.getPseudoClass(old.pseudoClassName()), false);
        }
        badge.pseudoClassStateChanged(PseudoClass.getPseudoClass(now.pseudoClassName()), true);
        icon.show(now);
    }

    private HBox runRow() {
        runButton.setId("run-again");
        runButton.setGraphic(new FontIcon(Feather.REFRESH_CW));
        runButton.textProperty().bind(messages.text("main.run"));
        runButton.setMnemonicParsing(true);
        runButton.setTooltip(new Tooltip());
        runButton.getTooltip().textProperty().bind(messages.text("main.run.tooltip"));
        runButton.accessibleHelpProperty().bind(messages.text("main.run.tooltip"));
        runButton.getStyleClass().add(Styles.ACCENT);
        runButton.disableProperty().bind(viewModel.runningProperty());
        runButton.setOnAction(e -> viewModel.runAll());

        Button stop = new Button();
        stop.setGraphic(new FontIcon(Feather.SQUARE));
        stop.textProperty().bind(messages.text("main.stop"));
        stop.setMnemonicParsing(true);
        stop.setId("stop");
        stop.visibleProperty().bind(viewModel.runningProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> viewModel.cancel());

        ProgressBar bar = new ProgressBar();
        bar.setId("progress");
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.visibleProperty().bind(viewModel.runningProperty());
        Label progressText = new Label();
        progressText.setId("progress-text");
        progressText.getStyleClass().add(Styles.TEXT_MUTED);
        progressText.textProperty().bind(viewModel.progressTextProperty());
        progressText.visibleProperty().bind(viewModel.runningProperty());
        bar.accessibleTextProperty().bind(viewModel.progressTextProperty());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        toolbar.getStyleClass().add("toolbar-buttons");
        toolbar.setSpacing(8);
        appMenu.setId("app-menu");
        appMenu.setGraphic(new FontIcon(Feather.MENU));
        appMenu.setTooltip(new Tooltip());
        appMenu.getTooltip().textProperty().bind(messages.text("main.menu"));
        appMenu.accessibleTextProperty().bind(messages.text("main.menu"));
        appMenu.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(appMenu.getItems()));
        appMenu.managedProperty().bind(appMenu.visibleProperty());
        appMenu.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(runButton, stop, bar, progressText, gap, toolbar, appMenu);
        runButton.setMinWidth(Region.USE_PREF_SIZE);
        toolbar.setMinWidth(Region.USE_PREF_SIZE);
        row.getStyleClass().add("run-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Scrolls the cards so that {@code node}, when it is among them, shows whole. */
    private void scrollToShow(Node node) {
        Node content = scroll.getContent();
        if (node == null || content == null || !isInside(node, content)) {
            return;
        }
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewportHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewportHeight) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewportHeight);
        double newTop = top;
        if (inContent.getMinY() < top) {
            newTop = inContent.getMinY() - FOCUS_MARGIN;
        } else if (inContent.getMaxY() > top + viewportHeight) {
            newTop = Math.min(inContent.getMinY() - FOCUS_MARGIN, inContent.getMaxY() + FOCUS_MARGIN - viewportHeight);
        }
        if (newTop != top) {
            scroll.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewportHeight))));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private ScrollPane cards() {
        VBox sections = new VBox();
        sections.getStyleClass().add("sections");
        viewModel.groups().forEach(group -> sections.getChildren().add(new GroupSection(group, viewModel)));
        if (viewModel.groups().isEmpty()) {
            Label none = new Label();
            none.textProperty().bind(messages.text("main.noChecks"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            sections.getChildren().add(none);
        }
        ScrollPane scroll = new ScrollPane(sections);
        scroll.getStyleClass().add("cards-scroll");
        scroll.setFitToWidth(true);
        return scroll;
    }
}

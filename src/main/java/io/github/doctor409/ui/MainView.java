package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: a header with the verdict and "Run checks again", then the step cards by
 * group. Binds to {@link MainViewModel} and forwards commands; F5 and Ctrl+R run the checks again.
 */
public final class MainView extends BorderPane {

    static final String STYLESHEET = "doctor409.css";
    private static final KeyCombination RUN_AGAIN = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel viewModel;
    private final Button runButton = new Button("Run checks again", new FontIcon(Feather.REFRESH_CW));
    private final HBox toolbar = new HBox();
    private final MenuButton appMenu = new MenuButton("", new FontIcon(Feather.MENU));

    private final AccountHeader account;

    public MainView(MainViewModel viewModel) {
        this(viewModel, null);
    }

    /** @param account the signed-in account corner of the header; null leaves it out */
    public MainView(MainViewModel viewModel, AccountHeaderViewModel account) {
        this.viewModel = viewModel;
        this.account = account == null ? null : new AccountHeader(account);
        getStyleClass().add("main-view");
        getStylesheets().add(Objects.requireNonNull(MainView.class.getResource(STYLESHEET)).toExternalForm());
        setTop(header());
        setCenter(cards());
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F5 || RUN_AGAIN.match(event)) {
                viewModel.runAll();
                event.consume();
            }
        });
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

    private VBox header() {
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

        VBox header = new VBox(verdictRow, notice, runRow());
        if (account != null) {
            // the account sits in its own row at the top right, so the buttons below keep their full labels
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            account.setMinWidth(Region.USE_PREF_SIZE);
            HBox accountRow = new HBox(spacer, account);
            accountRow.setAlignment(Pos.CENTER_RIGHT);
            header.getChildren().add(0, accountRow);
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
        runButton.getStyleClass().add(Styles.ACCENT);
        runButton.disableProperty().bind(viewModel.runningProperty());
        runButton.setOnAction(e -> viewModel.runAll());
        runButton.setMnemonicParsing(false);

        Button stop = new Button("Stop", new FontIcon(Feather.SQUARE));
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

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        toolbar.getStyleClass().add("toolbar-buttons");
        toolbar.setSpacing(8);
        appMenu.setId("app-menu");
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

    private ScrollPane cards() {
        VBox sections = new VBox();
        sections.getStyleClass().add("sections");
        viewModel.groups().forEach(group -> sections.getChildren().add(new GroupSection(group, viewModel)));
        if (viewModel.groups().isEmpty()) {
            Label none = new Label("This build has no checks to run yet.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            sections.getChildren().add(none);
        }
        ScrollPane scroll = new ScrollPane(sections);
        scroll.getStyleClass().add("cards-scroll");
        scroll.setFitToWidth(true);
        return scroll;
    }
}

package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import io.github.doctor409.app.AppContext;
import io.github.doctor409.app.BuildInfo;
import io.github.doctor409.guide.Monitor;
import io.github.doctor409.guide.MonitorHistory;
import io.github.doctor409.guide.Walkthrough;
import io.github.doctor409.guide.WalkthroughPlan;
import io.github.doctor409.report.ReportMetadata;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The three windows beside the step cards — guided fix, report preview, monitor — and the header
 * buttons that open them. Each opens once and comes to the front when asked again; the monitor keeps
 * running while its window is hidden until it is stopped or the app quits. Escape closes each of them.
 * Titles and buttons follow the language of {@link Messages}.
 */
final class GuideWindows {

    private final Stage owner;
    private final AppContext context;
    private final MainViewModel main;
    private final Dialogs dialogs;
    private final ClipboardAccess clipboard = new FxClipboard();
    private final Browser browser;
    private final Messages messages;
    private final CheckTexts checkTexts;
    private Stage walkthrough;
    private Stage report;
    private Stage monitor;
    private MonitorViewModel monitorModel;
    private WalkthroughViewModel walkthroughModel;
    private ReportPreviewModel reportModel;

    GuideWindows(Stage owner, AppContext context, MainViewModel main, Dialogs dialogs, HostServices host, Messages messages) {
        this.owner = owner;
        this.messages = messages;
        this.context = context;
        this.main = main;
        this.dialogs = dialogs;
        this.browser = new FxBrowser(host);
        this.checkTexts = new CheckTexts(messages);
    }

    List<Button> buttons() {
        Button guide = button("windows.open.guide", Feather.COMPASS, "open-walkthrough", this::openWalkthrough);
        guide.getStyleClass().add(Styles.SUCCESS);
        return List.of(guide,
                button("windows.open.report", Feather.FILE_TEXT, "open-report", this::openReport),
                button("windows.open.monitor", Feather.ACTIVITY, "open-monitor", this::openMonitor));
    }

    void openWalkthrough() {
        Walkthrough model = new Walkthrough(new WalkthroughPlan(context.fixes(), context.host().os()),
                LatestDiagnosis.results(main));
        WalkthroughViewModel viewModel = new WalkthroughViewModel(model, context.diagnosis(), context.fixes(),
                context.executor(), Platform::runLater, dialogs, clipboard, this::openReport, this::openMonitor, checkTexts);
        walkthroughModel = viewModel;
        WalkthroughView view = new WalkthroughView(viewModel);
        walkthrough = show(walkthrough, "windows.walk.title", () -> view, true);
        view.focusSteps();
    }

    /** Ctrl+N in the main window: opens the guided fix, or moves it on to its next step when it shows. */
    void nextStep() {
        if (walkthrough == null || !walkthrough.isShowing() || walkthroughModel == null) {
            openWalkthrough();
        } else {
            walkthroughModel.skip();
            walkthrough.toFront();
        }
    }

    /** Ctrl+Shift+C in the main window: shows the report of the latest results and copies it. */
    void copyReport() {
        openReport();
        reportModel.copy();
    }

    void openReport() {
        ReportPreviewModel model = new ReportPreviewModel(
                () -> LatestDiagnosis.report(LatestDiagnosis.results(main), context.clock()),
                () -> ReportMetadata.of(BuildInfo.version(), context.host().os(), context.clock().instant()),
                context.supportReport(), clipboard, new FxSaveFileDialog(owner, messages), browser, messages,
                ZoneId.systemDefault());
        reportModel = model;
        model.offerRecentLog(() -> context.logs().recentLines(RecentLogOption.LINES));
        report = show(report, "windows.report.windowTitle", () -> {
            ReportPreviewView view = new ReportPreviewView(model, messages);
            view.addOption(new RecentLogOption(model, messages));
            return view;
        }, true);
    }

    void openMonitor() {
        if (monitorModel == null) {
            monitorModel = new MonitorViewModel(Monitor.networkAndSignIn(context.diagnosis()), context.executor(),
                    context.clock(), new MonitorHistory(context.config().configDir().resolve(MonitorHistory.FILE_NAME),
                    Monitor.KEPT_SAMPLES), Platform::runLater, TrayNotifier.create(), messages, ZoneId.systemDefault());
        }
        MonitorViewModel model = monitorModel;
        monitor = show(monitor, "windows.monitor.title", () -> new MonitorView(model), false);
    }

    /** Stops the monitor; called when the app quits. */
    void stop() {
        if (monitorModel != null) {
            monitorModel.stop();
        }
    }

    private Stage show(Stage existing, String titleKey, Supplier<Parent> content, boolean fresh) {
        Stage stage = existing;
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.titleProperty().bind(messages.text(() -> messages.get("windows.windowTitle", messages.get(titleKey))));
            stage.getIcons().setAll(owner.getIcons());
            stage.setScene(new Scene(content.get(), 920, 680));
            Stage closing = stage;
            stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                    closing.hide();
                    e.consume();
                }
            });
        } else if (fresh) {
            stage.getScene().setRoot(content.get());
        }
        stage.show();
        stage.toFront();
        return stage;
    }

    private Button button(String key, Feather icon, String id, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.textProperty().bind(messages.text(key));
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}

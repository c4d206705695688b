package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.DiagnosisListener;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.DiagnosisRun;
import io.github.doctor409.core.FixCatalog;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.ManualExecutor;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import io.github.doctor409.core.Verdict;
import io.github.doctor409.desktop.CacheQuarantine;
import io.github.doctor409.desktop.ClearCacheFix;
import io.github.doctor409.desktop.QuarantineIndex;
import io.github.doctor409.desktop.RealFileMoves;
import io.github.doctor409.desktop.SpotifyInstallLocator;
import io.github.doctor409.desktop.SpotifyProcesses;
import io.github.doctor409.guide.LadderStep;
import io.github.doctor409.guide.MonitorHistory;
import io.github.doctor409.guide.MonitorSample;
import io.github.doctor409.guide.Walkthrough;
import io.github.doctor409.guide.WalkthroughPlan;
import io.github.doctor409.report.Redaction;
import io.github.doctor409.report.ReportMetadata;
import io.github.doctor409.report.SupportReport;
import io.github.doctor409.testing.NoProcesses;
import io.github.doctor409.testing.SpotifyHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every secondary window in every language, at the sizes the app opens them: no text cut short with
 * "…", no missing key (‹key›), no Alt letter used twice, no button pushed out of the window — and a
 * picture of each in {@code target/screenshots/}. Then a language switch in an open window.
 */
@ExtendWith(ApplicationExtension.class)
class WindowsLanguagesTest {

    @TempDir
    static Path temp;

    private final ManualExecutor executor = new ManualExecutor(new MutableClock(Instant.parse("2026-11-24T12:00:00Z")));
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void everyWindowFitsItsWordsInEveryLanguage(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Locale locale : Messages.SUPPORTED) {
            String lang = locale.toLanguageTag();
            Messages messages = new Messages(locale);

            WalkthroughViewModel walk = walkthroughModel(messages);
            WalkthroughView walkView = new WalkthroughView(walk);
            show(robot, walkView, 920, 680);
            problems.addAll(inspect("walkthrough " + lang, walkView, messages.get("windows.walk.actKey")));
            ScreenshotWriter.write(walkView, Path.of("target/screenshots/walkthrough-" + lang + ".png"));
            robot.interact(() -> walk.open(LadderStep.CLOCK));
            problems.addAll(inspect("walkthrough clock " + lang, walkView, messages.get("windows.walk.actKey")));
            robot.interact(() -> walk.open(LadderStep.CLEAR_CACHE));
            robot.interact(walk::act);
            problems.addAll(inspect("walkthrough cache " + lang, walkView, messages.get("windows.walk.actKey")));
            ScreenshotWriter.write(walkView, Path.of("target/screenshots/walkthrough-fix-" + lang + ".png"));
            robot.interact(walk::answerNotFixed);
            robot.interact(walk::skip);
            robot.interact(walk::answerNotFixed);
            robot.interact(walk::answerFixed);
            assertThat(walk.positionProperty().get()).isInstanceOf(Walkthrough.Position.Finished.class);
            problems.addAll(inspect("walkthrough summary " + lang, walkView, null));
            ScreenshotWriter.write(walkView, Path.of("target/screenshots/walkthrough-summary-" + lang + ".png"));

            ClearCacheViewModel clear = clearCacheModel(messages);
            ClearCacheView clearView = new ClearCacheView(clear, messages, () -> { });
            show(robot, clearView, -1, -1);
            robot.interact(clear::start);
            robot.interact(executor::runAll);
            robot.interact(stage::sizeToScene);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(clear.stepProperty().get()).isEqualTo(ClearCacheViewModel.Step.CONFIRM);
            problems.addAll(inspect("clear-cache plan " + lang, clearView, null));
            ScreenshotWriter.write(clearView, Path.of("target/screenshots/clear-cache-" + lang + ".png"));
            robot.interact(clear::confirm);
            robot.interact(executor::runAll);
            robot.interact(stage::sizeToScene);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(clear.stepProperty().get()).isEqualTo(ClearCacheViewModel.Step.DONE);
            problems.addAll(inspect("clear-cache done " + lang, clearView, null));
            ScreenshotWriter.write(clearView, Path.of("target/screenshots/clear-cache-done-" + lang + ".png"));

            MonitorView monitorView = new MonitorView(monitorModel(messages));
            show(robot, monitorView, 920, 680);
            problems.addAll(inspect("monitor " + lang, monitorView, null));
            ScreenshotWriter.write(monitorView, Path.of("target/screenshots/monitor-" + lang + ".png"));

            ReportPreviewView reportView = new ReportPreviewView(reportModel(messages), messages);
            show(robot, reportView, 920, 680);
            problems.addAll(inspect("report " + lang, reportView, null));
            ScreenshotWriter.write(reportView, Path.of("target/screenshots/report-preview-" + lang + ".png"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anOpenWindowSwitchesLanguageLive(FxRobot robot) throws Exception {
        Messages messages = new Messages(Locale.ENGLISH);
        WalkthroughViewModel walk = walkthroughModel(messages);
        WalkthroughView view = new WalkthroughView(walk);
        show(robot, view, 920, 680);
        robot.interact(walk::act);
        assertThat(robot.lookup("#step-title").queryLabeled().getText()).isEqualTo("Check your network connection");
        assertThat(robot.lookup("#check-again").queryButton().getText()).isEqualTo("_Check again");
        assertThat(robot.lookup("#walkthrough-message").queryLabeled().getText()).startsWith("Noted.");

        robot.interact(() -> messages.setLocale(Locale.GERMAN));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#step-title").queryLabeled().getText()).isEqualTo("Netzwerkverbindung prüfen");
        assertThat(robot.lookup("#check-again").queryButton().getText()).isEqualTo("_Erneut prüfen");
        assertThat(robot.lookup("#step-badge").queryLabeled().getText()).isEqualTo("Eine Prüfung hat hier ein Problem gefunden");
        assertThat(robot.lookup("#walkthrough-message").queryLabeled().getText()).startsWith("Notiert.");
        assertThat(robot.lookup("#key-hint").queryLabeled().getText()).startsWith("Tasten: A ausführen · E erneut prüfen · J ja");
        assertThat(robot.lookup(".step-cell-title").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Netzwerkverbindung prüfen");
        assertThat(inspect("walkthrough switched", view, "A")).isEmpty();

        // the German letters work as keys now: E checks again, the English C does nothing
        robot.type(javafx.scene.input.KeyCode.C);
        assertThat(executor.queued()).isZero();
        robot.type(javafx.scene.input.KeyCode.E);
        assertThat(executor.queued()).isPositive();
        robot.interact(executor::runAll);
        assertThat(robot.lookup("#walkthrough-message").queryLabeled().getText())
                .isEqualTo("Die Prüfungen zeigen hier noch ein Problem.");

        ClearCacheViewModel clear = clearCacheModel(messages);
        ClearCacheView clearView = new ClearCacheView(clear, messages, () -> { });
        show(robot, clearView, -1, -1);
        robot.interact(clear::start);
        robot.interact(executor::runAll);
        assertThat(robot.lookup("#totals").queryLabeled().getText()).startsWith("2 Dateien (73,7 KB) werden aus");
        robot.interact(() -> messages.setLocale(Locale.forLanguageTag("pt-BR")));
        assertThat(robot.lookup("#totals").queryLabeled().getText()).startsWith("2 arquivos (73,7 KB) vão sair de");
        assertThat(robot.lookup("#clear").queryButton().getText()).isEqualTo("_Limpar cache");
        robot.interact(() -> messages.setLocale(Locale.ENGLISH));
        assertThat(robot.lookup("#totals").queryLabeled().getText()).startsWith("2 files (73.7 KB) will move out of");
    }

    @Test
    void theInspectionSeesACutShortLabelAMissingKeyAndADoubledLetter(FxRobot robot) {
        javafx.scene.control.Label narrow = new javafx.scene.control.Label("A label far too long for its width");
        narrow.setMaxWidth(60);
        javafx.scene.control.Label missing = new javafx.scene.control.Label(new Messages(Locale.ENGLISH).get("windows.no.such"));
        Button one = new Button("_One");
        one.setMnemonicParsing(true);
        Button other = new Button("_Other");
        other.setMnemonicParsing(true);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(narrow, missing, one, other);
        show(robot, box, 300, 200);

        assertThat(String.join("\n", inspect("control", box, null)))
                .contains("control: cut short").contains("missing key").contains("Alt letter O");
    }

    // ---- the checks on what a window shows ----

    /**
     * What is wrong with the visible texts of {@code root}: a label whose drawn text differs from its
     * text (JavaFX cut it short with "…"), a missing key, an Alt letter used twice (also with the
     * walkthrough's letter key {@code extraKey}), a button reaching past the window's right edge.
     */
    static List<String> inspect(String where, Parent root, String extraKey) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        Map<String, String> letters = new LinkedHashMap<>();
        if (extraKey != null) {
            letters.put(extraKey.toUpperCase(Locale.ROOT), "letter key");
        }
        double width = root.getScene().getWidth();
        for (Node node : all(root)) {
            if (!visible(node)) {
                continue;
            }
            if (node instanceof Labeled labeled && !(node instanceof ListCell<?> cell && cell.getText() == null)) {
                String text = labeled.getText();
                if (text == null || text.isEmpty()) {
                    continue;
                }
                if (text.contains("‹")) {
                    problems.add(where + ": missing key " + text);
                }
                String expected = labeled.isMnemonicParsing() ? text.replaceFirst("_", "") : text;
                Node drawn = labeled.lookup(".text");
                if (drawn instanceof Text shown && !shown.getText().equals(expected)) {
                    problems.add(where + ": cut short [" + shown.getText() + "] instead of [" + expected + "]");
                }
                if (labeled.isMnemonicParsing()) {
                    Optional<String> letter = WalkthroughView.mnemonicLetter(text);
                    letter.ifPresent(l -> {
                        String before = letters.put(l, text);
                        if (before != null) {
                            problems.add(where + ": Alt letter " + l + " in both [" + before + "] and [" + text + "]");
                        }
                    });
                }
                if (node instanceof Button) {
                    Bounds bounds = node.localToScene(node.getBoundsInLocal());
                    if (bounds.getMaxX() > width + 1) {
                        problems.add(where + ": button [" + text + "] reaches past the window (" + bounds.getMaxX() + " > "
                                + width + ")");
                    }
                }
            } else if (node instanceof Text text && text.getText() != null && text.getText().contains("‹")) {
                problems.add(where + ": missing key " + text.getText());
            }
        }
        return problems;
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<Node> all(Parent root) {
        List<Node> nodes = new ArrayList<>();
        Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Node> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Node node = todo.remove(todo.size() - 1);
            if (!seen.add(node)) {
                continue;
            }
            nodes.add(node);
            if (node instanceof Parent parent) {
                todo.addAll(parent.getChildrenUnmodifiable());
            }
            if (node instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null) {
                todo.add(pane.getContent());
            }
        }
        return nodes;
    }

    private void show(FxRobot robot, Parent root, double width, double height) {
        robot.interact(() -> {
            stage.setScene(width < 0 ? new Scene(root) : new Scene(root, width, height));
            stage.sizeToScene();
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- the windows' models over local stand-ins ----

    private WalkthroughViewModel walkthroughModel(Messages messages) throws Exception {
        Diagnosis diagnosis = new Diagnosis(List.of(
                scripted("network.services", "Spotify services", CheckGroup.CONNECTION, Status.FAIL,
                        "The connection to api.spotify.com was refused.", "fix.retry"),
                scripted("auth.token", "Sign-in", CheckGroup.ACCOUNT, Status.FAIL,
                        "Spotify no longer accepts your sign-in; please sign in again.", "fix.sign-in"),
                new ScriptedCheck("client.cache", CheckGroup.SPOTIFY_APP, Set.of(), (check, context) ->
                        CheckResult.of("client.cache", "Local cache", Status.WARN, "The cache was written by an older app version.")
                                .evidence("flavour", "linux-package").fix("fix.clear-cache").build())),
                executor, executor.clock(), DeadlinePolicy.defaults());
        DiagnosisRun first = diagnosis.start(DiagnosisListener.NONE);
        executor.runAll();
        FixCatalog catalog = new FixCatalog(List.of());
        Walkthrough walkthrough = new Walkthrough(new WalkthroughPlan(catalog, OperatingSystem.LINUX),
                first.report().get().results());
        return new WalkthroughViewModel(walkthrough, diagnosis, catalog, executor, Runnable::run, new RecordingDialogs(true),
                text -> { }, () -> { }, () -> { }, new CheckTexts(messages));
    }

    private static ScriptedCheck scripted(String id, String title, CheckGroup group, Status status, String summary, String fix) {
        return new ScriptedCheck(id, group, Set.of(), (check, context) -> CheckResult.of(id, title, status, summary).fix(fix).build());
    }

    private ClearCacheViewModel clearCacheModel(Messages messages) {
        SpotifyHome spotify = new SpotifyHome(temp.resolve("h" + System.nanoTime())).linuxInstall("1.2.98.474.gabcdef12");
        HostEnvironment host = new HostEnvironment(OperatingSystem.LINUX, spotify.home(), Map.of());
        CacheQuarantine quarantine = new CacheQuarantine(new QuarantineIndex(spotify.home().resolve("config")),
                new RealFileMoves(), new SpotifyProcesses(new NoProcesses(), OperatingSystem.LINUX),
                new MutableClock(Instant.parse("2026-11-24T12:00:00Z")));
        return new ClearCacheViewModel(new ClearCacheFix(new SpotifyInstallLocator(host), quarantine), executor, Runnable::run,
                new CheckTexts(messages));
    }

    private MonitorViewModel monitorModel(Messages messages) throws Exception {
        Path dir = Files.createTempDirectory(temp, "monitor");
        MonitorHistory history = new MonitorHistory(dir.resolve(MonitorHistory.FILE_NAME), 240);
        Instant start = Instant.parse("2026-11-24T12:00:00Z");
        for (int i = 0; i < 16; i++) {
            Map<String, Status> statuses = new LinkedHashMap<>();
            statuses.put("network.services", i < 5 ? Status.FAIL : i < 12 ? Status.WARN : Status.PASS);
            statuses.put("auth.token", i < 8 ? Status.UNKNOWN : Status.WARN);
            Map<String, Long> latency = new LinkedHashMap<>();
            if (i >= 5) {
                latency.put("accounts", 420L - i * 18 + (i % 3) * 25);
                latency.put("api", 380L - i * 15 + (i % 2) * 40);
                latency.put("apresolve", 150L + (i % 4) * 20);
            }
            history.append(new MonitorSample(start.plusSeconds(i * 30L), statuses, latency));
        }
        return new MonitorViewModel(List::of, executor, executor.clock(), history, Runnable::run, DesktopNotifier.NONE,
                messages, ZoneOffset.UTC);
    }

    private static ReportPreviewModel reportModel(Messages messages) {
        CheckResult services = CheckResult.of("network.services", "Spotify services", Status.PASS,
                "Spotify's services answer from this computer.").build().withDuration(Duration.ofMillis(97));
        CheckResult token = CheckResult.of("auth.token", "Sign-in", Status.FAIL,
                "Spotify no longer accepts your sign-in; please sign in again.").fix("fix.sign-in").build()
                .withDuration(Duration.ofMillis(140));
        List<CheckResult> results = List.of(services, token);
        DiagnosisReport report = new DiagnosisReport(Instant.parse("2026-11-24T12:00:00Z"), Duration.ofMillis(150), results,
                Verdict.of(results), false);
        Supplier<ReportMetadata> metadata = () -> new ReportMetadata("1.0.0", OperatingSystem.LINUX, "amd64", "17.0.12",
                Instant.parse("2026-11-24T12:00:05Z"));
        return new ReportPreviewModel(() -> report, metadata, new SupportReport(new Redaction(Path.of("/home/harriet"), List.of())),
                text -> { }, (title, name, extension) -> Optional.empty(), page -> { }, messages, ZoneOffset.UTC);
    }
}

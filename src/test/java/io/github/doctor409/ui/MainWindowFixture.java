package io.github.doctor409.ui;

import atlantafx.base.theme.PrimerLight;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixCatalog;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.ManualExecutor;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

/**
 * The main window over a scripted diagnosis with passing, warning, failing and unverified cards, one fix
 * this build can run ({@code fix.sign-in}) and some it cannot. Checks and fixes run only when the test
 * says so ({@link #runQueued()} on the FX thread).
 */
final class MainWindowFixture {

    final ManualExecutor executor = new ManualExecutor(MutableClock.atEpochDay());
    final Messages messages;
    final AtomicInteger fixRuns = new AtomicInteger();
    final MainViewModel viewModel;
    final MainView view;

    MainWindowFixture(Stage stage, Messages messages) {
        this.messages = messages;
        Diagnosis diagnosis = new Diagnosis(List.of(
                check("network.services", "Spotify services", CheckGroup.CONNECTION, Status.PASS,
                        "Spotify's servers answer normally.", "accounts.spotify.com: TLS 1.3, HTTP 200 in 84 ms", true),
                check("network.accesspoints", "Desktop app connection", CheckGroup.CONNECTION, Status.WARN,
                        "Port 4070 is blocked; the app falls back to port 443, which works.",
                        "ap-gew4.spotify.com:4070 connect timed out after 2.0 s", false, "fix.firewall-help"),
                check("auth.token", "Sign-in", CheckGroup.ACCOUNT, Status.FAIL,
                        "Your sign-in has expired and could not be renewed. Sign in again.",
                        "POST /api/token -> 400 invalid_grant", false, "fix.sign-in", "fix.refresh"),
                check("client.version", "Spotify app version", CheckGroup.SPOTIFY_APP, Status.UNKNOWN,
                        "Could not read the app's version file.", "prefs: app.last-launched-version missing", false),
                check("client.cache", "Local cache", CheckGroup.SPOTIFY_APP, Status.SKIPPED,
                        "Skipped: the Spotify app is not installed here.", null, false)),
                executor, executor.clock(), DeadlinePolicy.defaults());
        viewModel = new MainViewModel(diagnosis, new FixCatalog(List.of(new SignInFix())), executor, Runnable::run,
                new RecordingDialogs(true), messages);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new MainView(viewModel);
        Button guide = new Button("Guided fix");
        guide.setId("open-walkthrough");
        Button report = new Button("Report");
        report.setId("open-report");
        view.addToolbarButtons(List.of(guide, report));
        MenuItem settings = new MenuItem("Settings");
        view.addMenuItems(List.of(settings));
        stage.setScene(new Scene(view, 960, 720));
        stage.show();
        view.focusRunButton();
    }

    /** Runs what the checks and fixes queued; call on the FX thread (the view model hands results to it directly). */
    void runQueued() {
        executor.runAll();
    }

    private ScriptedCheck check(String id, String title, CheckGroup group, Status status, String summary,
                                       String detail, boolean latency, String... fixes) {
        return new ScriptedCheck(id, group, Set.of(), (check, context) -> {
            executor.clock().advance(Duration.ofMillis(380));
            CheckResult.Builder builder = CheckResult.of(id, title, status, summary);
            if (detail != null) {
                builder.detail(detail);
            }
            if (latency) {
                builder.evidence("accounts", Map.of("latencyMs", Map.of("median", 42L)));
                builder.evidence("api", Map.of("latencyMs", Map.of("median", 40L)));
            }
            for (String fix : fixes) {
                builder.fix(fix);
            }
            return builder.build();
        });
    }

    /** Stands in for {@code fix.sign-in}: changes nothing on disk, so it runs without a question. */
    private final class SignInFix implements Fix {
        @Override
        public String id() {
            return "fix.sign-in";
        }

        @Override
        public String title() {
            return "Sign in again";
        }

        @Override
        public String describe() {
            return "Opens Spotify's sign-in page in your browser.";
        }

        @Override
        public boolean changesDisk() {
            return false;
        }

        @Override
        public Set<String> rechecks() {
            return Set.of("auth.token");
        }

        @Override
        public FixOutcome apply(FixContext context) {
            fixRuns.incrementAndGet();
            return new FixOutcome.Done("Signed in again.");
        }
    }
}

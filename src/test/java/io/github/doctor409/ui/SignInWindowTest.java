package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.github.doctor409.account.FollowingBrowser;
import io.github.doctor409.account.SecretWatch;
import io.github.doctor409.app.AppContext;
import io.github.doctor409.app.Config;
import io.github.doctor409.core.BackgroundExecutor;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.testing.FakeSpotify;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Signs in through the window against the local fake: the Sign-in card's button, then green cards. */
@ExtendWith(ApplicationExtension.class)
class SignInWindowTest {

    private static final long WAIT_SECONDS = 20;
    private static final List<String> ACCOUNT_CARDS = List.of("auth.token", "auth.scopes", "account.plan", "account.devices");

    private FakeSpotify spotify;
    private AppContext context;
    private MainView view;
    private MainViewModel viewModel;
    private RecordingDialogs dialogs;
    private final FollowingBrowser browser = new FollowingBrowser();
    private SecretWatch watch;
    private Path home;

    @Start
    void start(Stage stage) throws IOException {
        watch = SecretWatch.start();
        home = Files.createTempDirectory("doctor409-window");
        spotify = new FakeSpotify();
        spotify.device("Kitchen speaker", "speaker", true);
        HostEnvironment host = new HostEnvironment(OperatingSystem.LINUX, home, Map.of(
                "DOCTOR409_CONFIG_DIR", home.resolve("config").toString(),
                "DOCTOR409_TOKEN_STORE", "file",
                "DOCTOR409_CLIENT_ID", "client-409",
                "DOCTOR409_ACCOUNTS_URL", spotify.baseUrl(),
                "DOCTOR409_API_URL", spotify.baseUrl(),
                "DOCTOR409_APRESOLVE_URL", spotify.baseUrl()));
        context = new AppContext(host, Config.load(host, Optional.empty()), new BackgroundExecutor(), Clock.systemUTC(),
                DeadlinePolicy.defaults(), browser);
        dialogs = new RecordingDialogs(true);
        viewModel = new MainViewModel(context.diagnosis(), context.fixes(), context.executor(), Platform::runLater, dialogs,
                new Messages(Locale.ENGLISH));
        AccountHeaderViewModel account = new AccountHeaderViewModel(context.signedInAccount(), context.executor(),
                Platform::runLater, viewModel);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new MainView(viewModel, account);
        stage.setScene(new Scene(view, 1000, 900));
        stage.show();
    }

    @AfterEach
    void stop() throws IOException {
        watch.stop();
        context.close();
        spotify.close();
    }

    @Test
    void signingInFromTheSignInCardTurnsTheAccountCardsGreenAndShowsTheAccount(FxRobot robot) throws Exception {
        robot.interact(viewModel::runAll);
        waitUntil(() -> !viewModel.isRunning() && card("auth.token").hasPseudoClass(CardStatus.WARN));
        assertThat(onFx(() -> robot.lookup("#account-header").query().isVisible())).isFalse();
        ScreenshotWriter.write(view, Path.of("target/screenshots/sign-in-before.png"));

        // by keyboard: with all the network cards above it, the Sign-in card sits below the fold
        Button signIn = signInButton();
        robot.interact(signIn::requestFocus);
        robot.type(KeyCode.SPACE);

        waitUntil(() -> !viewModel.isRunning()
                && ACCOUNT_CARDS.stream().allMatch(id -> card(id).hasPseudoClass(CardStatus.PASS)));
        waitUntil(() -> robot.lookup("#account-header").query().isVisible());
        assertThat(onFx(() -> robot.lookup("#account-name").queryLabeled().getText())).isEqualTo("Test Listener");
        assertThat(onFx(() -> robot.lookup("#account-plan").queryLabeled().getText())).isEqualTo("Premium");
        assertThat(browser.lastPage()).contains("return to 409 Doctor");
        assertThat(Files.getPosixFilePermissions(home.resolve("config/session.json")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        ScreenshotWriter.write(view, Path.of("target/screenshots/sign-in-after.png"));

        robot.clickOn(robot.lookup("#sign-out").queryButton());

        waitUntil(() -> !viewModel.isRunning() && card("auth.token").hasPseudoClass(CardStatus.WARN)
                && !robot.lookup("#account-header").query().isVisible());
        assertThat(dialogs.questions).containsExactly("Sign out");
        assertThat(Files.exists(home.resolve("config/session.json"))).isFalse();
        assertThat(watch.captured()).doesNotContain("Test Listener");
        for (String token : spotify.issuedAccessTokens()) {
            watch.assertNoneOf(token);
        }
    }

    private Button signInButton() {
        return (Button) card("auth.token").lookupAll(".fix").stream()
                .filter(node -> node instanceof Button button && "Sign in again".equals(button.getText()))
                .map(Node.class::cast).findFirst().orElseThrow();
    }

    private StepCard card(String checkId) {
        return (StepCard) view.lookup("#card-" + checkId.replace('.', '-'));
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
}

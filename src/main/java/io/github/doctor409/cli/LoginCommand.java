package io.github.doctor409.cli;

import io.github.doctor409.account.Browser;
import io.github.doctor409.account.ClientIdHelp;
import io.github.doctor409.account.SignInOutcome;
import io.github.doctor409.app.AppContext;
import io.github.doctor409.core.DeadlinePolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code doctor409 login [--no-browser] [--timeout SECONDS]} (DESIGN §5): signs in with PKCE. With
 * {@code --no-browser} the authorize URL is printed on a line of its own on stdout and the command
 * waits for the browser's redirect. Exit 0 once the session is stored, 1 when it is not.
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = "Signs in to Spotify in the browser, so the account checks can run.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:signed in, the session is stored", "1:not signed in (cancelled, timed out, refused)",
                "64:usage error", "70:internal error"})
final class LoginCommand implements Callable<Integer> {

    static final int NOT_SIGNED_IN = 1;
    private static final long DEFAULT_TIMEOUT_SECONDS = 300;
    private static final double MAX_TIMEOUT_SECONDS = 3600;

    private final CliEnvironment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--no-browser", description = "Print the sign-in address instead of opening a browser.")
    boolean noBrowser;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "How long to wait for the browser to come back (default: 300).")
    Double timeoutSeconds;

    LoginCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Duration timeout = timeout();
        try (AppContext app = env.appFactory().apply(DeadlinePolicy.defaults())) {
            app.config().warnings().forEach(w -> env.err().println("warning: " + w));
            app.tokenStore().notice().ifPresent(n -> env.err().println("note: " + n));
            if (!app.signIn().isConfigured()) {
                env.err().println(ClientIdHelp.SUMMARY);
                ClientIdHelp.STEPS.forEach(env.err()::println);
                return NOT_SIGNED_IN;
            }
            Browser browser = noBrowser ? this::print : page -> open(app.browser(), page);
            env.err().println("Waiting up to " + timeout.toSeconds() + " s for the sign-in in the browser…");
            env.err().flush();
            SignInOutcome outcome = app.signIn().signIn(browser, timeout);
            if (outcome instanceof SignInOutcome.SignedIn signedIn) {
                env.err().println(outcome.message() + " Granted: " + String.join(" ", signedIn.sortedScopes()) + ".");
                return ExitCode.NOTHING_TO_FIX;
            }
            env.err().println(outcome.message());
            if (outcome instanceof SignInOutcome.Failed failed) {
                env.err().println("  " + failed.technical());
            }
            return NOT_SIGNED_IN;
        }
    }

    private void print(java.net.URI page) {
        env.err().println("Open this address in a browser on this computer:");
        env.err().flush();
        env.out().println(page.toASCIIString());
        env.out().flush();
    }

    private void open(Browser system, java.net.URI page) {
        try {
            system.open(page);
            env.err().println("Opened the sign-in page in your browser.");
        } catch (IOException | RuntimeException e) {
            env.err().println("Could not open a browser (" + e.getClass().getSimpleName() + ").");
            print(page);
        }
    }

    private Duration timeout() {
        if (timeoutSeconds == null) {
            return Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
        }
        if (!(timeoutSeconds > 0) || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--timeout must be a number of seconds above 0 and at most 3600, not " + timeoutSeconds);
        }
        return Duration.ofMillis(Math.round(timeoutSeconds * 1000));
    }
}

package io.github.doctor409.cli;

import io.github.doctor409.account.SignOutFix;
import io.github.doctor409.app.AppContext;
import io.github.doctor409.core.DeadlinePolicy;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code doctor409 logout}: forgets the stored sign-in and says where to remove the app's access. */
@Command(name = "logout", mixinStandardHelpOptions = true,
        description = "Forgets the sign-in stored on this computer.")
final class LogoutCommand implements Callable<Integer> {

    private final CliEnvironment env;

    LogoutCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (AppContext app = env.appFactory().apply(DeadlinePolicy.defaults())) {
            try {
                app.tokenStore().store().clear();
            } catch (IOException e) {
                env.err().println("The stored sign-in could not be removed (" + e.getClass().getSimpleName() + ").");
                return ExitCode.INTERNAL;
            }
            env.out().println("Signed out. To also remove 409 Doctor's access to your Spotify account, open "
                    + SignOutFix.REMOVE_ACCESS_PAGE);
            return ExitCode.NOTHING_TO_FIX;
        }
    }
}

package io.github.doctor409.cli;

import io.github.doctor409.app.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line mode: picocli commands with the exit codes of DESIGN §5. */
public final class CommandLine409 {

    private CommandLine409() {}

    public static int run(String[] args) {
        return run(args, CliEnvironment.system());
    }

    public static int run(String[] args, CliEnvironment env) {
        CommandLine cli = new CommandLine(new Root())
                .addSubcommand("check", new CheckCommand(env))
                .addSubcommand("login", new LoginCommand(env))
                .addSubcommand("logout", new LogoutCommand(env))
                .addSubcommand("report", new ReportCommand(env))
                .addSubcommand("guide", new GuideCommand(env))
                .addSubcommand("cache", new CacheCommand(env))
                .setOut(env.out())
                .setErr(env.err())
                .setParameterExceptionHandler((ex, arguments) -> {
                    env.err().println("doctor409: " + ex.getMessage());
                    ex.getCommandLine().usage(env.err());
                    return ExitCode.USAGE;
                })
                .setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
                    env.err().println("doctor409: internal error: " + ex.getClass().getSimpleName()
                            + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
                    return ExitCode.INTERNAL;
                });
        int code = cli.execute(args);
        env.out().flush();
        env.err().flush();
        return code;
    }

    @Command(name = "doctor409",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = {"Finds out why Spotify shows \"Error 409\" and fixes it.",
                    "Without arguments, 409 Doctor opens its window."},
            exitCodeListHeading = "%nExit codes of check:%n",
            exitCodeList = {"0:nothing to fix", "1:warnings only", "2:at least one check failed",
                    "3:results incomplete (unknown or error, no failure)", "64:usage error", "70:internal error"})
    static final class Root implements Runnable {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command, e.g. 'check'.");
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"409 Doctor " + BuildInfo.version()};
        }
    }
}

package io.github.doctor409;

import io.github.doctor409.cli.CommandLine409;

/**
 * The one entry point. No arguments opens the window; any argument runs the command line. This class
 * does not extend Application and names no JavaFX type, so the CLI path never loads the toolkit.
 */
public final class Main {

    private static final String WINDOW_CLASS = "io.github.doctor409.ui.WindowLauncher";

    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            Class.forName(WINDOW_CLASS).getMethod("launch", String[].class).invoke(null, (Object) args);
            return;
        }
        System.exit(CommandLine409.run(args));
    }
}

package io.github.doctor409.cli;

/** Placeholder until the picocli commands land. */
public final class CommandLine409 {

    private CommandLine409() {}

    public static int run(String[] args) {
        System.err.println("not yet");
        return 70;
    }
}

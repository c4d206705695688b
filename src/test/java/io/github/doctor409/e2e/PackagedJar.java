package io.github.doctor409.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code java -jar target/doctor409.jar ...} as a user would, with a temporary home and config dir. */
final class PackagedJar {

    record Run(int exitCode, String stdout, String stderr, Duration elapsed) {}

    private PackagedJar() {}

    static Run run(Path home, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return runWithInput(home, environment, "", args);
    }

    /** As {@link #run}, with {@code input} piped to standard input. */
    static Run runWithInput(Path home, Map<String, String> environment, String input, String... args)
            throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("doctor409.jar", "target/doctor409.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the jar first (./mvnw package): " + jar.toAbsolutePath());
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("DOCTOR409_") || k.startsWith("XDG_") || k.endsWith("_PROXY")
                || k.endsWith("_proxy"));
        env.put("HOME", home.toString());
        env.put("DOCTOR409_CONFIG_DIR", home.resolve("doctor409-config").toString());
        env.put("DOCTOR409_TOKEN_STORE", "file");
        env.putAll(environment);
        // the streams live beside the home, never in it: tests compare the home before and after
        Path streams = Files.createTempDirectory("doctor409-streams");
        Path out = streams.resolve("stdout.txt");
        Path err = streams.resolve("stderr.txt");
        Path in = streams.resolve("stdin.txt");
        Files.writeString(in, input, StandardCharsets.UTF_8);
        builder.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("doctor409 did not end within 60 s");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), elapsed);
        for (Path file : new Path[] {out, err, in, streams}) {
            Files.deleteIfExists(file);
        }
        return run;
    }
}

package io.github.doctor409;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @Test
    void commandLinePathNeverLoadsJavaFx(@TempDir Path home) throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(javaBin.toString(), "-verbose:class",
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--version"))
                .redirectErrorStream(true);
        builder.environment().put("DOCTOR409_CONFIG_DIR", home.resolve("config").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        assertThat(output).contains("409 Doctor ").contains("io.github.doctor409.cli.CommandLine409");
        assertThat(output).doesNotContain("javafx.");
        assertThat(Files.exists(home.resolve("config"))).as("--version writes nothing").isFalse();
    }

}

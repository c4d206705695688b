package io.github.doctor409.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPlacementTest {

    @TempDir
    Path dir;

    @Test
    void roundTrip() throws Exception {
        WindowPlacement placement = new WindowPlacement(120.5, -30, 1024, 700, true);
        placement.write(dir.resolve("new-dir"));

        assertThat(WindowPlacement.read(dir.resolve("new-dir"))).contains(placement);
    }

    @Test
    void missingOrBrokenFilesMeanNoPlace() throws Exception {
        assertThat(WindowPlacement.read(dir)).isEmpty();
        Files.writeString(dir.resolve(WindowPlacement.FILE), "x=1\ny=2\nwidth=wide\nheight=3\n");
        assertThat(WindowPlacement.read(dir)).isEmpty();
        Files.writeString(dir.resolve(WindowPlacement.FILE), "x=1\ny=2\nwidth=0\nheight=3\n");
        assertThat(WindowPlacement.read(dir)).isEmpty();
        Files.writeString(dir.resolve(WindowPlacement.FILE), "x=NaN\ny=2\nwidth=10\nheight=3\n");
        assertThat(WindowPlacement.read(dir)).isEmpty();
        Files.write(dir.resolve(WindowPlacement.FILE), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertThat(WindowPlacement.read(dir)).isEmpty();
    }
}

package io.github.doctor409.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.doctor409.app.AppContext;
import io.github.doctor409.app.Config;
import io.github.doctor409.core.BackgroundExecutor;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.desktop.ProcessList;
import io.github.doctor409.desktop.RunningProcess;
import io.github.doctor409.testing.SpotifyHome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheCommandTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<RunningProcess> running = new ArrayList<>();
    private SpotifyHome spotify;

    @BeforeEach
    void installSpotify() throws IOException {
        spotify = new SpotifyHome(home).linuxInstall("1.2.98.1.gabcdef12");
        Files.write(spotify.cacheRoot().resolve("offline.bnk"), new byte[] {1, 2, 3});
        Files.createDirectories(spotify.cacheRoot().resolve("Users/someone-user"));
        Files.writeString(spotify.cacheRoot().resolve("Users/someone-user/state"), "per account");
    }

    private int run(String input, String... args) {
        HostEnvironment host = new HostEnvironment(OperatingSystem.LINUX, home,
                Map.of("DOCTOR409_CONFIG_DIR", home.resolve("config").toString()));
        ProcessList processes = new ProcessList() {
            @Override
            public List<RunningProcess> snapshot() {
                return List.copyOf(running);
            }

            @Override
            public boolean askToQuit(long pid) {
                return false;
            }

            @Override
            public boolean forceQuit(long pid) {
                return false;
            }

            @Override
            public boolean isAlive(long pid) {
                return false;
            }

            @Override
            public boolean awaitExit(long pid, java.time.Duration timeout) {
                return true;
            }
        };
        CliEnvironment env = new CliEnvironment(host, new PrintWriter(out, true), new PrintWriter(err, true),
                policy -> new AppContext(host, Config.load(host, Optional.empty()), new BackgroundExecutor(),
                        Clock.systemUTC(), policy, processes),
                new BufferedReader(new StringReader(input)));
        return CommandLine409.run(args, env);
    }

    private Map<String, Long> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(p -> dir.relativize(p).toString(), p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }

    @Test
    void planJsonListsDataAndBrowserAndKeepsStorageWithEveryFileCounted() {
        int code = run("", "cache", "plan", "--json");

        assertThat(code).isZero();
        JsonObject plan = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertThat(plan.get("root").getAsString()).isEqualTo(spotify.cacheRoot().toString());
        JsonArray entries = plan.getAsJsonArray("entries");
        assertThat(names(entries, "path")).containsExactly("Browser", "Data");
        assertThat(plan.get("totalFiles").getAsLong()).isEqualTo(2);
        assertThat(plan.get("totalBytes").getAsLong()).isEqualTo(64 * 1024 + 8 * 1024);
        assertThat(names(plan.getAsJsonArray("kept"), "path")).containsExactly("Storage", "Users", "offline.bnk");
        assertThat(plan.getAsJsonArray("kept").get(0).getAsJsonObject().get("reason").getAsString()).isEqualTo("offline downloads");
    }

    private static List<String> names(JsonArray array, String key) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonElement::getAsJsonObject)
                .map(o -> Path.of(o.get(key).getAsString()).getFileName().toString()).toList();
    }

    @Test
    void clearWithoutYesShowsThePlanAndChangesNothingWhenTheAnswerIsNo() {
        int code = run("n\n", "cache", "clear");

        assertThat(code).isEqualTo(CacheCommand.REFUSED);
        assertThat(out.toString()).contains("move  Data").contains("keep  Storage  — offline downloads").contains("[y/N]");
        assertThat(spotify.cacheRoot().resolve("Data")).isDirectory();
    }

    @Test
    void clearYesRefusesWhileSpotifyRunsAndChangesNothing() throws IOException {
        running.add(new RunningProcess(42, "/usr/share/spotify/spotify"));
        Map<String, Long> before = filesUnder(home);

        int code = run("", "cache", "clear", "--yes");

        assertThat(code).isEqualTo(CacheCommand.REFUSED);
        assertThat(err.toString()).contains("Spotify is running");
        assertThat(filesUnder(home)).isEqualTo(before);
    }

    @Test
    void clearThenUndoKeepsOfflineDownloadsAndPrefsAndRestoresTheCache() throws IOException {
        Map<String, Long> before = filesUnder(spotify.cacheRoot());
        String prefs = Files.readString(spotify.prefsFile());

        int cleared = run("y\n", "cache", "clear");

        assertThat(cleared).isZero();
        assertThat(out.toString()).contains("Cleared 2 files");
        assertThat(spotify.cacheRoot().resolve("Data")).doesNotExist();
        assertThat(spotify.cacheRoot().resolve("Storage/offline-track.file")).hasSize(32 * 1024);
        assertThat(spotify.cacheRoot().resolve("offline.bnk")).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(spotify.prefsFile()).hasContent(prefs);

        int undone = run("", "cache", "undo");

        assertThat(undone).isZero();
        assertThat(filesUnder(spotify.cacheRoot())).isEqualTo(before);
    }

    @Test
    void undoWithAnUnknownIdSaysSoAndExitsOne() {
        assertThat(run("", "cache", "undo", "20200101-000000")).isEqualTo(CacheCommand.REFUSED);
        assertThat(err.toString()).contains("no cache clear with the id 20200101-000000");
    }

    @Test
    void listShowsTheClearsThatCanBeUndone() {
        run("", "cache", "clear", "--yes");
        out.getBuffer().setLength(0);

        assertThat(run("", "cache", "list")).isZero();
        assertThat(out.toString()).containsPattern("\\d{8}-\\d{6}  .*2 files");
    }

    @Test
    void planWithoutSpotifySaysItWasNotFound() throws IOException {
        try (Stream<Path> all = Files.walk(home)) {
            all.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(home)).forEach(p -> p.toFile().delete());
        }

        assertThat(run("", "cache", "plan")).isEqualTo(CacheCommand.REFUSED);
        assertThat(err.toString()).contains("not found");
    }
}

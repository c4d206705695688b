package io.github.doctor409.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.doctor409.testing.SpotifyHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when" of the desktop issue, driven only through the packaged jar's command line: temporary
 * homes built like real Flatpak and deb/spotify-launcher installs; the real process list.
 */
class DesktopEndToEndIT {

    private static final Map<String, String> OFFLINE = Map.of(
            "DOCTOR409_ACCOUNTS_URL", "http://127.0.0.1:9",
            "DOCTOR409_API_URL", "http://127.0.0.1:9",
            "DOCTOR409_APRESOLVE_URL", "http://127.0.0.1:9");

    @TempDir
    Path home;

    private static JsonObject check(JsonObject report, String id) {
        return StreamSupport.stream(report.getAsJsonArray("checks").spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .filter(c -> c.get("id").getAsString().equals(id))
                .findFirst().orElseThrow();
    }

    private JsonObject checkJson(String only) throws Exception {
        PackagedJar.Run run = PackagedJar.run(home, OFFLINE, "check", "--json", "--only", only);
        return JsonParser.parseString(run.stdout()).getAsJsonObject();
    }

    @Test
    void aFlatpakInstallIsFoundAndAModifiedOneIsFlagged() throws Exception {
        SpotifyHome spotify = new SpotifyHome(home).flatpakInstall("1.2.98.474.gabcdef12");

        JsonObject report = checkJson("client.install,client.integrity");

        JsonObject install = check(report, "client.install");
        assertThat(install.get("status").getAsString()).isEqualTo("pass");
        assertThat(install.getAsJsonObject("evidence").getAsJsonArray("flavours").get(0).getAsString()).isEqualTo("flatpak");
        assertThat(install.getAsJsonObject("evidence").get("running").getAsBoolean()).isFalse();
        assertThat(check(report, "client.integrity").get("status").getAsString()).isEqualTo("pass");

        SpotifyHome.modify(spotify.flatpakProgram());
        JsonObject modified = check(checkJson("client.integrity"), "client.integrity");

        assertThat(modified.get("status").getAsString()).isEqualTo("fail");
        assertThat(modified.get("summary").getAsString()).contains("restricted to Premium users");
    }

    @Test
    void aDebStyleInstallIsFoundAsALinuxPackage() throws Exception {
        new SpotifyHome(home).linuxInstall("1.2.98.474.gabcdef12");

        JsonObject install = check(checkJson("client.install"), "client.install");

        assertThat(install.get("status").getAsString()).isEqualTo("pass");
        assertThat(install.getAsJsonObject("evidence").getAsJsonArray("flavours").get(0).getAsString()).isEqualTo("linux-package");
    }

    @Test
    void planListsDataAndBrowserAndKeepsStorageWithEveryFileCounted() throws Exception {
        SpotifyHome spotify = new SpotifyHome(home).flatpakInstall("1.2.98.474.gabcdef12");

        PackagedJar.Run run = PackagedJar.run(home, OFFLINE, "cache", "plan", "--json");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonObject plan = JsonParser.parseString(run.stdout()).getAsJsonObject();
        assertThat(plan.get("root").getAsString()).isEqualTo(spotify.flatpakCacheRoot().toString());
        assertThat(names(plan, "entries")).containsExactly("Browser", "Data");
        assertThat(names(plan, "kept")).containsExactly("Storage", "Users", "offline.bnk");
        assertThat(plan.get("totalFiles").getAsLong()).isEqualTo(3);
        assertThat(plan.get("totalBytes").getAsLong()).isEqualTo(48 * 1024 + 6 + 4 * 1024);
    }

    private static List<String> names(JsonObject plan, String key) {
        return StreamSupport.stream(plan.getAsJsonArray(key).spliterator(), false)
                .map(e -> Path.of(e.getAsJsonObject().get("path").getAsString()).getFileName().toString()).toList();
    }

    @Test
    void clearRefusesWhileAProcessNamedSpotifyRunsAndChangesNothing() throws Exception {
        new SpotifyHome(home).flatpakInstall("1.2.98.474.gabcdef12");
        Map<String, String> before = tree(home);
        Path fakeApp = Files.createDirectories(home.resolve("bin")).resolve("spotify");
        Files.copy(Path.of("/bin/sleep"), fakeApp, StandardCopyOption.COPY_ATTRIBUTES);
        Process running = new ProcessBuilder(fakeApp.toString(), "60").start();
        try {
            PackagedJar.Run run = PackagedJar.run(home, OFFLINE, "cache", "clear", "--yes");

            assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(1);
            assertThat(run.stderr()).contains("Spotify is running");
        } finally {
            running.destroyForcibly().waitFor();
        }
        Map<String, String> after = tree(home);
        // the app's own config dir (its log) is the one place it writes; everything else stays as it was
        after.keySet().removeIf(k -> k.startsWith("stdout") || k.startsWith("stderr") || k.startsWith("bin")
                || k.startsWith("doctor409-config"));
        before.keySet().removeIf(k -> k.startsWith("stdout") || k.startsWith("stderr") || k.startsWith("bin")
                || k.startsWith("doctor409-config"));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void clearEmptiesTheCacheKeepsEverythingElseFollowsNoLinkAndUndoRestoresByteForByte() throws Exception {
        SpotifyHome spotify = new SpotifyHome(home).flatpakInstall("1.2.98.474.gabcdef12");
        Path root = spotify.flatpakCacheRoot();
        Path outside = Files.writeString(home.resolve("my-notes.txt"), "mine");
        Files.createSymbolicLink(root.resolve("Data/link-out"), outside);
        Files.createSymbolicLink(root.resolve("Browser/dir-out"), home.resolve(".var/app/com.spotify.Client/config"));
        Map<String, String> cacheBefore = tree(root);
        Map<String, String> configBefore = tree(home.resolve(".var/app/com.spotify.Client/config"));

        PackagedJar.Run cleared = PackagedJar.run(home, OFFLINE, "cache", "clear", "--yes");

        assertThat(cleared.exitCode()).as(cleared.stderr()).isZero();
        assertThat(root.resolve("Data")).doesNotExist();
        assertThat(root.resolve("Browser")).doesNotExist();
        Map<String, String> kept = tree(root);
        assertThat(kept).isEqualTo(cacheBefore.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("Data") && !e.getKey().startsWith("Browser"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new)));
        assertThat(outside).hasContent("mine");
        assertThat(tree(home.resolve(".var/app/com.spotify.Client/config"))).isEqualTo(configBefore);

        PackagedJar.Run undone = PackagedJar.run(home, OFFLINE, "cache", "undo");

        assertThat(undone.exitCode()).as(undone.stderr()).isZero();
        assertThat(tree(root)).isEqualTo(cacheBefore);
    }

    /** Every path under {@code dir} with its size and SHA-256, links as their targets; links are not followed. */
    private static Map<String, String> tree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> !p.equals(dir)).collect(Collectors.toMap(p -> dir.relativize(p).toString(), p -> {
                try {
                    if (Files.isSymbolicLink(p)) {
                        return "link " + Files.readSymbolicLink(p);
                    }
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        return "dir";
                    }
                    return Files.size(p) + " " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)))
                            + " " + Files.getLastModifiedTime(p).toMillis();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }, (a, b) -> a, TreeMap::new));
        }
    }
}

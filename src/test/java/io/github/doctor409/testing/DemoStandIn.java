package io.github.doctor409.testing;

import io.github.doctor409.account.FileTokenStore;
import io.github.doctor409.account.StoredSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

/**
 * For screenshots and trying the app by hand without touching Spotify: starts the {@link FakeSpotify}
 * stand-in, lays out a demo home with a Spotify install and a signed-in session, prints the environment
 * to use, and serves until stdin closes.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     io.github.doctor409.testing.DemoStandIn /tmp/demo-home</pre>
 */
public final class DemoStandIn {

    private DemoStandIn() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        String version = args.length > 1 ? args[1] : "1.2.94.576.g8c0e69ee";
        new SpotifyHome(home).linuxInstall(version);
        Path configDir = home.resolve("doctor409-config");
        try (FakeSpotify spotify = new FakeSpotify()) {
            spotify.acceptAccessToken("demo-access-token").acceptRefreshToken("demo-refresh-token");
            new FileTokenStore(configDir, Clock.systemUTC()).save(new StoredSession("demo-access-token",
                    Optional.of("demo-refresh-token"), Instant.now().plus(1, ChronoUnit.HOURS),
                    Set.of("user-read-private", "user-read-email", "user-read-playback-state")));
            System.out.println("export HOME=" + home);
            System.out.println("export XDG_CONFIG_HOME=" + home.resolve(".config"));
            System.out.println("export XDG_CACHE_HOME=" + home.resolve(".cache"));
            System.out.println("export DOCTOR409_CONFIG_DIR=" + configDir);
            System.out.println("export DOCTOR409_ACCOUNTS_URL=" + spotify.baseUrl());
            System.out.println("export DOCTOR409_API_URL=" + spotify.baseUrl());
            System.out.println("export DOCTOR409_APRESOLVE_URL=" + spotify.baseUrl());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until stdin closes
            }
        }
    }
}

package io.github.doctor409.account;

import java.util.List;

/** What to tell the person when no Spotify client id is set up (issue 3, item 2). */
public final class ClientIdHelp {

    public static final String SUMMARY =
            "Signing in needs a Spotify app id, and none is set up yet; the details say how to get one.";

    /** The steps, one line each. */
    public static final List<String> STEPS = List.of(
            "1. Open https://developer.spotify.com/dashboard and log in with your Spotify account.",
            "2. Create an app; under \"Redirect URIs\" add exactly http://127.0.0.1/callback (no port) and tick \"Web API\".",
            "3. Copy the app's Client ID (not the secret: 409 Doctor never needs it).",
            "4. Set it as the environment variable DOCTOR409_CLIENT_ID, or as client.id=<id> in settings.properties "
                    + "in 409 Doctor's config folder, then start 409 Doctor again.");

    private ClientIdHelp() {}
}

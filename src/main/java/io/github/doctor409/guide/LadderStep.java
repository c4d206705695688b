package io.github.doctor409.guide;

import java.util.List;
import java.util.Locale;

/**
 * The rungs of the fix ladder (DESIGN §4), from the most upstream cause to the last resort. Each names
 * the checks whose problems make it needed and the fixes that may carry it out.
 */
public enum LadderStep {
    NETWORK("Check your network connection",
            "Make sure this computer can reach Spotify: no blocked ports, no proxy or VPN in the way, no Wi-Fi sign-in page.",
            "Every other step needs a working connection to Spotify's servers; a blocked connection can look like a sign-in error.",
            List.of("network.proxy", "network.dns", "network.services", "network.accesspoints"),
            List.of("fix.network-help")),
    CLOCK("Set the clock right",
            "Let the computer set its date and time automatically from the internet.",
            "Sign-ins carry time stamps; a clock that is minutes off makes Spotify reject them.",
            List.of("system.clock"),
            List.of("fix.clock-help")),
    SIGN_IN("Sign in again",
            "Sign in to Spotify again in your browser, so 409 Doctor gets a fresh session.",
            "An expired or revoked sign-in makes Spotify refuse requests until you sign in again.",
            List.of("auth.token", "auth.scopes"),
            List.of("fix.sign-in", "fix.refresh")),
    APP_LOGIN("Log the Spotify app out and back in",
            "Log out of the Spotify app, close it, open it and log in again.",
            "The app remembers an old login; logging in again makes it fetch your current plan and permissions."
                    + " This is the usual cure for \"restricted to Premium users only\".",
            List.of("account.plan", "account.devices"),
            List.of("fix.reset-app-login")),
    RETRY_LATER("Try again a little later",
            "Wait a moment and let 409 Doctor ask Spotify again, slowing down as Spotify asks.",
            "Spotify sometimes asks clients to slow down or has a short outage; that passes on its own.",
            List.of(),
            List.of("fix.retry")),
    UPDATE("Update the Spotify app",
            "Install the latest version of the Spotify app.",
            "Spotify turns away app versions that are too old, with the same message as Error 409.",
            List.of("client.version", "client.install"),
            List.of("fix.update-help")),
    REINSTALL("Remove modifications or reinstall",
            "Undo any modification of the Spotify app (Spicetify, SpotX, BlockTheSpot) or reinstall it cleanly.",
            "A modified app is a known trigger of \"This app is restricted to Premium users only\" (Error 409).",
            List.of("client.integrity"),
            List.of("fix.reinstall-help")),
    CLEAR_CACHE("Clear the Spotify cache",
            "Move the app's streaming cache out of the way. Offline downloads and settings are kept.",
            "A cache written by an older version or a full disk can keep the app from syncing.",
            List.of("client.cache"),
            List.of("fix.clear-cache")),
    CONTACT_SUPPORT("Send the report to support",
            "Copy the report (personal data removed) and send it to Spotify support.",
            "When nothing above helped, the cause is likely on Spotify's side or in your account; the report saves"
                    + " support a lot of questions.",
            List.of(),
            List.of()),
    WAIT_AND_MONITOR("Wait and monitor",
            "Let 409 Doctor re-check the connection and sign-in every half minute and tell you when all is green again.",
            "Outages and rate limits end on their own; watching saves you from trying again by hand.",
            List.of(),
            List.of());

    private final String title;
    private final String what;
    private final String why;
    private final List<String> checkIds;
    private final List<String> fixIds;

    LadderStep(String title, String what, String why, List<String> checkIds, List<String> fixIds) {
        this.title = title;
        this.what = what;
        this.why = why;
        this.checkIds = checkIds;
        this.fixIds = fixIds;
    }

    /** Stable word, e.g. {@code retry-later}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The title in English, as {@code doctor409 guide} prints it. */
    public String title() {
        return title;
    }

    /**
     * The key of one of this step's texts for a window that translates: {@code part} is {@code title},
     * {@code what} or {@code why}, e.g. {@code guide.step.retry-later.why}.
     */
    public String key(String part) {
        return "guide.step." + id() + "." + part;
    }

    public String what() {
        return what;
    }

    public String why() {
        return why;
    }

    /** Checks whose warn or fail make this step needed, and which "Check again" re-runs. */
    public List<String> checkIds() {
        return checkIds;
    }

    /** Fixes that carry out this step, most direct first; used when the build has them. */
    public List<String> fixIds() {
        return fixIds;
    }
}

package io.github.doctor409.core;

/** The window groups its step cards by these, in this order. */
public enum CheckGroup {
    CONNECTION("Connection"),
    ACCOUNT("Account"),
    SPOTIFY_APP("Spotify app");

    private final String title;

    CheckGroup(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

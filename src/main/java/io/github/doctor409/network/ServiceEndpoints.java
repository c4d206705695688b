package io.github.doctor409.network;

import java.net.URI;
import java.util.Objects;

/**
 * Base URLs of the Spotify services that {@link ServicesCheck} probes, taken from the configuration so
 * tests can point them at a local server.
 */
public record ServiceEndpoints(URI accounts, URI api, URI apresolve) {

    public ServiceEndpoints {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(apresolve, "apresolve");
    }

    /** The real services. */
    public static ServiceEndpoints spotify() {
        return new ServiceEndpoints(URI.create("https://accounts.spotify.com"), URI.create("https://api.spotify.com"),
                URI.create("https://apresolve.spotify.com"));
    }
}

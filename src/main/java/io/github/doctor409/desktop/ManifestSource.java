package io.github.doctor409.desktop;

import java.time.Duration;

/** Where the known versions come from: the bundled manifest, or a fresher one fetched within a time budget. */
@FunctionalInterface
public interface ManifestSource {

    /** The manifest to judge with; never waits longer than {@code budget}, never throws. */
    VersionManifest current(Duration budget);

    static ManifestSource fixed(VersionManifest manifest) {
        return budget -> manifest;
    }
}

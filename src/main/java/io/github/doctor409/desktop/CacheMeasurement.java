package io.github.doctor409.desktop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a walk over the cache found.
 *
 * @param bytes            total size of the regular files counted
 * @param files            regular files counted
 * @param symlinksSkipped  links found and not followed (their targets are not counted)
 * @param unreadable       files or folders that could not be read
 * @param oldest           earliest modification time among the files
 * @param newest           latest modification time among the files
 * @param leftovers        temp and lock files left behind ({@link CacheWalk#isLeftover})
 * @param leftoverExamples a few of them, relative to the cache root
 * @param complete         false when the walk stopped early (deadline or cancellation): then the counts
 *                         are lower bounds
 */
public record CacheMeasurement(
        long bytes,
        long files,
        long symlinksSkipped,
        long unreadable,
        Optional<Instant> oldest,
        Optional<Instant> newest,
        long leftovers,
        List<String> leftoverExamples,
        boolean complete) {

    public CacheMeasurement {
        leftoverExamples = List.copyOf(leftoverExamples);
    }
}

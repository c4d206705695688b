package io.github.doctor409.desktop;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One cache clear that can be undone: where the cache was, where its entries went, and which entries
 * moved so far.
 *
 * @param id        short id the person types for {@code cache undo}, e.g. {@code 20261124-120000}
 * @param createdAt when the clear started
 * @param flavour   the install flavour's id
 * @param cacheRoot the cache root the entries came from
 * @param location  the quarantine folder holding them
 * @param moved     the entries moved into {@code location}, by name under the cache root
 * @param complete  false when the clear stopped part-way (cancelled, failed); undo still works
 */
public record QuarantineRecord(String id, Instant createdAt, String flavour, Path cacheRoot, Path location,
                               List<Moved> moved, boolean complete) {

    /** An entry moved from the cache root into the quarantine. */
    public record Moved(String name, long files, long bytes) {}

    public QuarantineRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(flavour, "flavour");
        Objects.requireNonNull(cacheRoot, "cacheRoot");
        Objects.requireNonNull(location, "location");
        moved = List.copyOf(moved);
    }

    public long bytes() {
        return moved.stream().mapToLong(Moved::bytes).sum();
    }

    public long files() {
        return moved.stream().mapToLong(Moved::files).sum();
    }

    QuarantineRecord withMoved(Moved entry) {
        List<Moved> all = new java.util.ArrayList<>(moved);
        all.add(entry);
        return new QuarantineRecord(id, createdAt, flavour, cacheRoot, location, all, complete);
    }

    QuarantineRecord completed() {
        return new QuarantineRecord(id, createdAt, flavour, cacheRoot, location, moved, true);
    }
}

package io.github.doctor409.desktop;

import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code fix.undo-clear-cache}: puts the newest cleared cache back, byte for byte. Files that changed in
 * the cache since the clear are never replaced by this fix: it refuses and says which (the command line's
 * {@code cache undo --replace-changed} replaces them after asking).
 */
public final class UndoClearCacheFix implements Fix {

    public static final String ID = "fix.undo-clear-cache";

    private final CacheQuarantine quarantine;

    public UndoClearCacheFix(CacheQuarantine quarantine) {
        this.quarantine = Objects.requireNonNull(quarantine, "quarantine");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Undo cache clear";
    }

    @Override
    public String describe() {
        return "Puts the most recently cleared Spotify cache back where it was, byte for byte. Files Spotify wrote "
                + "since then are kept; if one would be replaced, nothing is changed and you are told. Spotify must be closed.";
    }

    @Override
    public boolean changesDisk() {
        return true;
    }

    @Override
    public Set<String> rechecks() {
        return Set.of(ClientCacheCheck.ID);
    }

    @Override
    public FixOutcome apply(FixContext context) {
        return quarantine.undo(Optional.empty(), false, context);
    }
}

package io.github.doctor409.desktop;

import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.Phrase;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * {@code fix.clear-cache}: moves the Spotify app's streaming cache into a quarantine that undo empties
 * back (DESIGN §3). The plan ({@link #plan}) is what the person sees first; {@link #apply(CachePlan, FixContext)}
 * carries out exactly that plan.
 */
public final class ClearCacheFix implements Fix {

    public static final String ID = "fix.clear-cache";

    private final SpotifyInstallLocator locator;
    private final CacheQuarantine quarantine;

    public ClearCacheFix(SpotifyInstallLocator locator, CacheQuarantine quarantine) {
        this.locator = Objects.requireNonNull(locator, "locator");
        this.quarantine = Objects.requireNonNull(quarantine, "quarantine");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Clear cache safely";
    }

    @Override
    public String describe() {
        return "Moves Spotify's streaming cache (Data, Browser and like folders) into a quarantine folder, so Spotify "
                + "downloads it fresh. Your offline downloads (Storage), settings (prefs), accounts (Users) and "
                + "offline.bnk stay where they are. Spotify must be closed. You can undo it for "
                + CacheQuarantine.KEEP_FOR.toDays() + " days.";
    }

    @Override
    public Phrase describePhrase() {
        return Phrase.of("fix.clear-cache.describe", CacheQuarantine.KEEP_FOR.toDays());
    }

    @Override
    public boolean changesDisk() {
        return true;
    }

    @Override
    public Set<String> rechecks() {
        return Set.of(ClientCacheCheck.ID);
    }

    /** What a clear would move now, read-only; empty when no Spotify app is found. */
    public Optional<CachePlan> plan(BooleanSupplier stop) {
        return locator.locate().mostRecentlyUsed()
                .map(install -> CachePlan.of(install, SpotifyPrefs.read(install.prefsFile()), stop));
    }

    @Override
    public FixOutcome apply(FixContext context) {
        context.progress(-1, "Working out what to move…", Phrase.of("fix.clear-cache.progress.planning"));
        Optional<CachePlan> plan = plan(context::isCancelled);
        if (plan.isEmpty()) {
            return new FixOutcome.Refused("The Spotify app was not found on this computer, so there is no cache to clear.",
                    Phrase.of("fix.clear-cache.outcome.notFound"));
        }
        if (context.isCancelled()) {
            return new FixOutcome.Cancelled("Stopped before anything was moved.",
                    Phrase.of("fix.clear-cache.outcome.stoppedEarly"));
        }
        return apply(plan.get(), context);
    }

    /** Carries out a plan the person has seen. */
    public FixOutcome apply(CachePlan plan, FixContext context) {
        return quarantine.clear(plan, context);
    }

    public CacheQuarantine quarantine() {
        return quarantine;
    }
}

package io.github.doctor409.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every fix id a check may offer, with its label, and the fixes this build can actually run.
 * An offered fix that is not available is shown disabled, saying so.
 */
public final class FixCatalog {

    private static final Map<String, String> LABELS = labels();

    private final Map<String, Fix> available = new LinkedHashMap<>();

    public FixCatalog(List<Fix> fixes) {
        fixes.forEach(fix -> available.put(fix.id(), new LoggedFix(fix)));
    }

    public Optional<Fix> find(String fixId) {
        return Optional.ofNullable(available.get(fixId));
    }

    /** Every fix id this catalog knows: the runnable fixes, then the ones only named (guides), in order. */
    public List<String> knownIds() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(available.keySet());
        ids.addAll(LABELS.keySet());
        return List.copyOf(ids);
    }

    public boolean isAvailable(String fixId) {
        return available.containsKey(fixId);
    }

    public String label(String fixId) {
        Fix fix = available.get(fixId);
        if (fix != null) {
            return fix.title();
        }
        return LABELS.getOrDefault(fixId, fixId);
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("fix.sign-in", "Sign in again");
        labels.put("fix.refresh", "Refresh sign-in");
        labels.put("fix.sign-out", "Sign out");
        labels.put("fix.clear-cache", "Clear cache safely");
        labels.put("fix.undo-clear-cache", "Undo cache clear");
        labels.put("fix.reset-app-login", "Log the app out");
        labels.put("fix.close-app", "Close Spotify");
        labels.put("fix.retry", "Retry");
        labels.put("fix.update-help", "How to update");
        labels.put("fix.network-help", "Network help");
        labels.put("fix.proxy-help", "Proxy help");
        labels.put("fix.hosts-help", "Hosts file help");
        labels.put("fix.firewall-help", "Firewall help");
        labels.put("fix.clock-help", "Clock help");
        return Map.copyOf(labels);
    }
}

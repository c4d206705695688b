package io.github.doctor409.network;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckContext;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

/**
 * {@code network.dns}: do Spotify's names resolve here? Looks each host up for IPv4 and for IPv6
 * separately, side by side, timing each lookup; names the hosts-file lines that pin or block Spotify's
 * names (a common leftover of ad blockers) and answers of 0.0.0.0 or loopback (a blocking resolver).
 */
public final class DnsCheck implements Check {

    public static final String ID = "network.dns";

    /** Names the desktop app needs besides the configured accounts, API and apresolve hosts (SPOTIFY-FACTS §2). */
    static final List<String> APP_HOSTS = List.of("ap.spotify.com", "dealer.spotify.com", "spclient.wg.spotify.com",
            "login5.spotify.com", "clienttoken.spotify.com");

    private final List<String> hosts;
    private final NameResolver resolver;
    private final Path hostsFile;
    private final ExecutorService executor;

    /**
     * @param hosts     the names to look up
     * @param hostsFile the hosts file to read ({@link HostsFile#location})
     * @param executor  the app's executor; the lookups run on it side by side
     */
    public DnsCheck(List<String> hosts, NameResolver resolver, Path hostsFile, ExecutorService executor) {
        this.hosts = List.copyOf(hosts);
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.hostsFile = Objects.requireNonNull(hostsFile, "hostsFile");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** True when apresolve is Spotify's own (not a stand-in configured for tests or a demo). */
    public static boolean isSpotify(ServiceEndpoints endpoints) {
        String host = endpoints.apresolve().getHost();
        return host != null && HostsFile.isSpotify(host.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The configured services' names (IP literals left out), followed by the app's own names when the
     * services are Spotify's: a stand-in's run never looks up real names.
     */
    public static List<String> spotifyHosts(ServiceEndpoints endpoints) {
        Set<String> names = new LinkedHashSet<>();
        for (java.net.URI uri : List.of(endpoints.accounts(), endpoints.api(), endpoints.apresolve())) {
            String host = uri.getHost();
            if (host != null && !host.matches("[0-9.]+") && !host.contains(":") && !host.startsWith("[")) {
                names.add(host);
            }
        }
        if (isSpotify(endpoints)) {
            names.addAll(APP_HOSTS);
        }
        return List.copyOf(names);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Name lookup";
    }

    @Override
    public CheckGroup group() {
        return CheckGroup.CONNECTION;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.NETWORK;
    }

    /** One lookup: a host, a family, its addresses or its failure, and how long it took. */
    record Lookup(String host, AddressFamily family, List<String> addresses, String failure, long millis) {

        boolean answered() {
            return failure == null;
        }

        boolean blockedAnswer() {
            return addresses.stream().anyMatch(a -> new HostsFile.Entry(a, host, 0).blocks());
        }
    }

    @Override
    public CheckResult run(CheckContext context) throws InterruptedException {
        if (hosts.isEmpty()) {
            return CheckResult.of(this, Status.SKIPPED, "Spotify's services are set to addresses, not names, so there"
                    + " is nothing to look up.").says(Phrase.of("network.dns.summary.noNames")).detail("All configured service URLs use IP addresses.").build();
        }
        context.waitingFor("the hosts file");
        List<HostsFile.Entry> pins;
        String hostsProblem = null;
        try {
            pins = HostsFile.spotifyEntries(hostsFile);
        } catch (IOException e) {
            pins = List.of();
            hostsProblem = "the hosts file " + hostsFile + " could not be read (" + e.getClass().getSimpleName() + ")";
        }
        Duration remaining = context.remaining();
        if (context.isCancelled() || remaining.isZero()) {
            return CheckResult.of(this, Status.UNKNOWN, "No time was left to look up Spotify's names.")
                    .says(Phrase.of("network.dns.summary.noTime")).fix("fix.retry").build();
        }
        Duration margin = ServicesCheck.margin(remaining);
        context.waitingFor("name lookups (DNS) of " + String.join(", ", hosts));
        List<Callable<Lookup>> tasks = new ArrayList<>();
        List<Object[]> targets = new ArrayList<>();
        for (String host : hosts) {
            for (AddressFamily family : AddressFamily.values()) {
                targets.add(new Object[] {host, family});
                tasks.add(() -> lookup(host, family));
            }
        }
        List<BoundedTasks.Outcome<Lookup>> outcomes = BoundedTasks.runAll(executor, tasks, remaining.minus(margin));
        List<Lookup> lookups = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            BoundedTasks.Outcome<Lookup> outcome = outcomes.get(i);
            lookups.add(outcome.succeeded() ? outcome.value()
                    : new Lookup((String) targets.get(i)[0], (AddressFamily) targets.get(i)[1], List.of(),
                            "the resolver did not answer in time", remaining.minus(margin).toMillis()));
        }
        return judge(lookups, pins, hostsProblem);
    }

    private Lookup lookup(String host, AddressFamily family) {
        long start = System.nanoTime();
        try {
            List<String> addresses = resolver.lookup(host, family).stream().map(InetAddress::getHostAddress).limit(16).toList();
            return new Lookup(host, family, addresses, null, elapsed(start));
        } catch (UnknownHostException e) {
            return new Lookup(host, family, List.of(), "name not found", elapsed(start));
        } catch (RuntimeException e) {
            return new Lookup(host, family, List.of(), "lookup failed (" + e.getClass().getSimpleName() + ")", elapsed(start));
        }
    }

    private CheckResult judge(List<Lookup> lookups, List<HostsFile.Entry> pins, String hostsProblem) {
        List<String> blockedByFile = pins.stream().filter(HostsFile.Entry::blocks).map(HostsFile.Entry::name).distinct().toList();
        List<String> pinnedByFile = pins.stream().filter(e -> !e.blocks()).map(HostsFile.Entry::name).distinct().toList();
        List<String> blockedByResolver = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        List<String> timedOut = new ArrayList<>();
        List<String> ipv6Only = new ArrayList<>();
        for (String host : hosts) {
            Lookup v4 = find(lookups, host, AddressFamily.IPV4);
            Lookup v6 = find(lookups, host, AddressFamily.IPV6);
            boolean any = !v4.addresses().isEmpty() || !v6.addresses().isEmpty();
            if ((v4.blockedAnswer() || v6.blockedAnswer()) && !blockedByFile.contains(host)) {
                blockedByResolver.add(host);
            } else if (!any && (v4.failure() != null && v4.failure().contains("in time"))) {
                timedOut.add(host);
            } else if (!any) {
                unresolved.add(host);
            } else if (v4.addresses().isEmpty()) {
                ipv6Only.add(host);
            }
        }
        Status status;
        String summary;
        Phrase phrase;
        if (!blockedByFile.isEmpty()) {
            status = Status.FAIL;
            summary = "The hosts file on this computer blocks " + listed(blockedByFile)
                    + ", often a leftover of an ad blocker; remove those lines.";
            phrase = Phrase.of("network.dns.summary.hostsBlock", Phrase.names(blockedByFile));
        } else if (!blockedByResolver.isEmpty()) {
            status = Status.FAIL;
            summary = "The name server blocks " + listed(blockedByResolver) + " (it answers with an address that goes"
                    + " nowhere), often an ad-blocking DNS service or router setting.";
            phrase = Phrase.of("network.dns.summary.resolverBlocks", Phrase.names(blockedByResolver));
        } else if (!unresolved.isEmpty()) {
            status = Status.FAIL;
            summary = "Spotify's names could not be looked up (" + listed(unresolved) + "): the name server (DNS) is"
                    + " not answering for them.";
            phrase = Phrase.of("network.dns.summary.unresolved", Phrase.names(unresolved));
        } else if (!timedOut.isEmpty()) {
            status = Status.FAIL;
            summary = "The name server (DNS) did not answer in time for " + listed(timedOut) + ".";
            phrase = Phrase.of("network.dns.summary.timedOut", Phrase.names(timedOut));
        } else if (!pinnedByFile.isEmpty()) {
            status = Status.WARN;
            summary = "The hosts file pins " + listed(pinnedByFile) + " to fixed addresses; when Spotify moves its"
                    + " servers, the app breaks. Remove those lines.";
            phrase = Phrase.of("network.dns.summary.pinned", Phrase.names(pinnedByFile));
        } else if (!ipv6Only.isEmpty()) {
            status = Status.WARN;
            summary = listed(ipv6Only) + " only gave IPv6 addresses; that works only where the network has IPv6.";
            phrase = Phrase.of("network.dns.summary.ipv6Only", Phrase.names(ipv6Only));
        } else {
            status = Status.PASS;
            summary = "Spotify's names resolve on this computer.";
            phrase = Phrase.of("network.dns.summary.ok");
        }
        CheckResult.Builder result = CheckResult.of(this, status, capitalize(summary)).says(phrase);
        Map<String, Object> perHost = new LinkedHashMap<>();
        for (String host : hosts) {
            Map<String, Object> entry = new LinkedHashMap<>();
            for (AddressFamily family : AddressFamily.values()) {
                Lookup lookup = find(lookups, host, family);
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("addresses", lookup.addresses());
                if (lookup.failure() != null) {
                    one.put("failure", lookup.failure());
                }
                one.put("millis", lookup.millis());
                entry.put(family == AddressFamily.IPV4 ? "ipv4" : "ipv6", one);
                result.detail(host + " " + family.label() + ": "
                        + (lookup.answered() ? (lookup.addresses().isEmpty() ? "no address" : String.join(", ", lookup.addresses()))
                        : lookup.failure()) + " (" + lookup.millis() + " ms)");
            }
            perHost.put(host, entry);
        }
        List<Object> pinEvidence = new ArrayList<>();
        for (HostsFile.Entry pin : pins) {
            result.detail(hostsFile + " line " + pin.line() + ": " + pin.address() + " " + pin.name());
            pinEvidence.add(Map.of("address", pin.address(), "name", pin.name(), "line", pin.line(), "blocks", pin.blocks()));
        }
        if (hostsProblem != null) {
            result.detail(hostsProblem);
        }
        result.evidence("hosts", perHost).evidence("hostsFile", hostsFile.toString()).evidence("hostsFileEntries", pinEvidence);
        if (!pins.isEmpty()) {
            result.fix("fix.hosts-help");
        }
        if (status == Status.FAIL && pins.stream().noneMatch(HostsFile.Entry::blocks)) {
            result.fix("fix.network-help").fix("fix.retry");
        }
        return result.build();
    }

    private static Lookup find(List<Lookup> lookups, String host, AddressFamily family) {
        return lookups.stream().filter(l -> l.host().equals(host) && l.family() == family).findFirst().orElseThrow();
    }

    private static String listed(List<String> names) {
        if (names.size() <= 3) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

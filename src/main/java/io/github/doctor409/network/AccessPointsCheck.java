package io.github.doctor409.network;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckContext;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
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
 * {@code network.accesspoints}: can the desktop app open its own connection? Takes the access points
 * apresolve named (from {@code network.services}' evidence, no second request; the documented fallback
 * {@code ap.spotify.com:443} when apresolve gave none) and tries a TCP connect to each listed entry and
 * to 4070, 443 and 80 on their hosts, all at once. 4070 is the app's first choice; when only 443 or 80
 * get through, a restrictive firewall is in the way: the app still works, but connects more slowly.
 */
public final class AccessPointsCheck implements Check {

    public static final String ID = "network.accesspoints";
    /** In the order the app tries them. */
    static final List<Integer> PORTS = List.of(4070, 443, 80);
    /** apresolve's documented fallback (SPOTIFY-FACTS §2). */
    public static final List<String> SPOTIFY_FALLBACK = List.of("ap.spotify.com:443");
    /** The standard ports are added for at most this many host names. */
    static final int MAX_HOSTS = 2;
    /** At most this many listed entries are tried. */
    static final int MAX_TARGETS = 6;

    private final TcpConnector connector;
    private final ExecutorService executor;
    private final List<String> fallbackList;

    /**
     * @param executor the app's executor; the connects run on it side by side
     * @param fallback {@code host:port} entries to try when apresolve gave none ({@link #SPOTIFY_FALLBACK}
     *                 for the real services; empty for a stand-in, so nothing leaves the machine)
     */
    public AccessPointsCheck(TcpConnector connector, ExecutorService executor, List<String> fallback) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.fallbackList = List.copyOf(fallback);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Desktop app connection";
    }

    @Override
    public CheckGroup group() {
        return CheckGroup.CONNECTION;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.NETWORK;
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of(ServicesCheck.ID);
    }

    /** One TCP connect: where, how it ended, how long it took. */
    record Attempt(String host, int port, boolean open, String outcome, long millis) {}

    @Override
    public CheckResult run(CheckContext context) throws InterruptedException {
        List<String> listed = context.resultOf(ServicesCheck.ID).map(ServicesEvidence::of)
                .orElse(ServicesEvidence.none()).apresolveList("accesspoint");
        List<Target> targets = targets(listed);
        boolean fallback = targets.isEmpty();
        if (fallback) {
            targets = targets(fallbackList);
        }
        if (targets.isEmpty()) {
            return CheckResult.of(this, Status.SKIPPED,
                            "Spotify's server list (apresolve) named no access points, so there was nothing to try.")
                    .says(Phrase.of("network.accesspoints.summary.none"))
                    .detail("No usable access point in network.services' apresolve answer, and no fallback configured.")
                    .build();
        }
        Duration remaining = context.remaining();
        if (context.isCancelled() || remaining.isZero()) {
            return CheckResult.of(this, Status.UNKNOWN, "No time was left to try the Spotify app's connection.")
                    .says(Phrase.of("network.accesspoints.summary.noTime"))
                    .fix("fix.retry").build();
        }
        Duration margin = ServicesCheck.margin(remaining);
        Duration connectTimeout = remaining.minus(margin);
        context.waitingFor("TCP connections to " + String.join(", ", targets.stream().map(Target::toString).toList()));

        List<Callable<Attempt>> tasks = new ArrayList<>();
        for (Target target : targets) {
            tasks.add(() -> attempt(target.host(), target.port(), connectTimeout));
        }
        List<BoundedTasks.Outcome<Attempt>> outcomes =
                BoundedTasks.runAll(executor, tasks, remaining.minus(margin.dividedBy(2)));
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            BoundedTasks.Outcome<Attempt> outcome = outcomes.get(i);
            Target target = targets.get(i);
            attempts.add(outcome.succeeded() ? outcome.value() : new Attempt(target.host(), target.port(), false,
                    "no answer before the check's deadline", connectTimeout.toMillis()));
        }
        return judge(attempts, fallback);
    }

    /** One {@code host:port} to try. */
    record Target(String host, int port) {
        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    /**
     * The listed entries in order (at most {@link #MAX_TARGETS}), then 4070, 443 and 80 on the first
     * {@link #MAX_HOSTS} host names when apresolve did not list them: the app tries the list in order,
     * and the three ports show what a firewall lets through.
     */
    static List<Target> targets(List<String> entries) {
        Set<Target> targets = new LinkedHashSet<>();
        Set<String> hosts = new LinkedHashSet<>();
        for (String entry : entries) {
            int colon = entry.lastIndexOf(':');
            String host = (colon > 0 ? entry.substring(0, colon) : entry).trim();
            int port = 443;
            if (colon > 0) {
                try {
                    port = Integer.parseInt(entry.substring(colon + 1).trim());
                } catch (NumberFormatException e) {
                    continue;
                }
            }
            if (host.isEmpty() || !host.matches("[A-Za-z0-9.\\-]+") || port <= 0 || port > 65535) {
                continue;
            }
            if (targets.size() < MAX_TARGETS) {
                targets.add(new Target(host, port));
            }
            if (hosts.size() < MAX_HOSTS && !host.matches("[0-9.]+")) {
                hosts.add(host);
            }
        }
        for (String host : hosts) {
            for (int port : PORTS) {
                targets.add(new Target(host, port));
            }
        }
        return List.copyOf(targets);
    }

    private Attempt attempt(String host, int port, Duration timeout) {
        long start = System.nanoTime();
        String outcome;
        boolean open = false;
        try {
            connector.connect(host, port, timeout);
            open = true;
            outcome = "connected";
        } catch (UnknownHostException e) {
            outcome = "name not found (DNS)";
        } catch (SocketTimeoutException e) {
            outcome = "no answer (timed out)";
        } catch (ConnectException e) {
            outcome = "refused or unreachable";
        } catch (java.io.IOException e) {
            outcome = "failed: " + e.getClass().getSimpleName();
        }
        return new Attempt(host, port, open, outcome, (System.nanoTime() - start) / 1_000_000);
    }

    private CheckResult judge(List<Attempt> attempts, boolean fallback) {
        Attempt preferred = attempts.get(0);
        List<Attempt> open = attempts.stream().filter(Attempt::open).toList();
        boolean any4070 = attempts.stream().anyMatch(a -> a.port() == 4070);
        boolean open4070 = open.stream().anyMatch(a -> a.port() == 4070);
        List<String> openPorts = open.stream().map(a -> Integer.toString(a.port())).distinct().toList();
        CheckResult.Builder result;
        if (open4070 || (preferred.open() && !any4070)) {
            Attempt shown = open4070 ? open.stream().filter(a -> a.port() == 4070).findFirst().orElseThrow() : preferred;
            result = CheckResult.of(this, Status.PASS, "The Spotify app can open its own connection to Spotify ("
                    + shown.host() + ", port " + shown.port() + ").")
                    .says(Phrase.of("network.accesspoints.summary.ok", shown.host(), String.valueOf(shown.port())));
        } else if (!open.isEmpty()) {
            String blocked = any4070 ? "The Spotify app's usual port (4070) is blocked"
                    : "The Spotify app's first choice (" + preferred.host() + ":" + preferred.port() + ") is blocked";
            result = CheckResult.of(this, Status.WARN, blocked + ", but port " + String.join(" and ", openPorts)
                            + " works: a firewall here is strict. The app still works, but takes longer to connect.")
                    .says(any4070 ? Phrase.of("network.accesspoints.summary.strict4070", Phrase.items(" / ", openPorts))
                            : Phrase.of("network.accesspoints.summary.strictFirst", preferred.host() + ":" + preferred.port(),
                            Phrase.items(" / ", openPorts)))
                    .fix("fix.firewall-help");
        } else if (attempts.stream().allMatch(a -> a.outcome().startsWith("name not found"))) {
            result = CheckResult.of(this, Status.FAIL, "The Spotify app's servers (" + hostNames(attempts)
                            + ") could not be looked up, so the app cannot connect.")
                    .says(Phrase.of("network.accesspoints.summary.unresolved", hostNames(attempts)))
                    .fix("fix.network-help").fix("fix.retry");
        } else {
            result = CheckResult.of(this, Status.FAIL, "The Spotify app cannot reach its servers (" + hostNames(attempts)
                            + ") on port " + String.join(", ", attempts.stream().map(a -> Integer.toString(a.port()))
                            .distinct().toList()).replaceFirst(", (\\d+)$", " or $1")
                            + ": a firewall or the network blocks them.")
                    .says(Phrase.of("network.accesspoints.summary.blocked", hostNames(attempts),
                            Phrase.items(" / ", attempts.stream().map(a -> Integer.toString(a.port())).distinct().toList())))
                    .fix("fix.firewall-help").fix("fix.retry");
        }
        if (fallback) {
            result.detail("apresolve named no access points; tried the documented fallback " + String.join(", ", fallbackList));
        }
        List<Object> evidence = new ArrayList<>();
        Map<String, Object> ports = new LinkedHashMap<>();
        for (Attempt a : attempts) {
            result.detail(a.host() + ":" + a.port() + " → " + a.outcome() + " (" + a.millis() + " ms)");
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("host", a.host());
            one.put("port", a.port());
            one.put("open", a.open());
            one.put("outcome", a.outcome());
            one.put("millis", a.millis());
            evidence.add(one);
            ports.merge(Integer.toString(a.port()), a.open(), (x, y) -> (Boolean) x || (Boolean) y);
        }
        return result.evidence("accessPoints", attempts.stream().map(a -> a.host() + ":" + a.port()).toList())
                .evidence("fallback", fallback).evidence("openPorts", ports).evidence("attempts", evidence).build();
    }

    private static String hostNames(List<Attempt> attempts) {
        return String.join(", ", attempts.stream().map(Attempt::host).distinct().toList());
    }
}

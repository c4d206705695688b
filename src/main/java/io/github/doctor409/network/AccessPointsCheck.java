package io.github.doctor409.network;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckContext;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
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
 * apresolve named (from {@code network.services}' evidence, no second request; {@code ap.spotify.com}
 * when apresolve gave none) and tries a TCP connect to each on 4070, 443 and 80 at once. 4070 is the
 * app's first choice; when only 443 or 80 get through, a restrictive firewall is in the way: the app
 * still works, but connects more slowly.
 */
public final class AccessPointsCheck implements Check {

    public static final String ID = "network.accesspoints";
    /** In the order the app tries them. */
    static final List<Integer> PORTS = List.of(4070, 443, 80);
    /** apresolve's documented fallback (SPOTIFY-FACTS §2). */
    static final String FALLBACK_HOST = "ap.spotify.com";
    /** At most this many distinct access points are tried. */
    static final int MAX_HOSTS = 2;

    private final TcpConnector connector;
    private final ExecutorService executor;

    /** @param executor the app's executor; the connects run on it side by side */
    public AccessPointsCheck(TcpConnector connector, ExecutorService executor) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.executor = Objects.requireNonNull(executor, "executor");
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
        List<String> hosts = hosts(listed);
        boolean fallback = listed.isEmpty() || hosts.isEmpty();
        if (fallback) {
            hosts = List.of(FALLBACK_HOST);
        }
        Duration remaining = context.remaining();
        if (context.isCancelled() || remaining.isZero()) {
            return CheckResult.of(this, Status.UNKNOWN, "No time was left to try the Spotify app's connection.")
                    .fix("fix.retry").build();
        }
        Duration margin = ServicesCheck.margin(remaining);
        Duration connectTimeout = remaining.minus(margin);
        context.waitingFor("TCP connections to " + String.join(", ", hosts) + " on ports 4070, 443 and 80");

        List<Callable<Attempt>> tasks = new ArrayList<>();
        List<String[]> targets = new ArrayList<>();
        for (String host : hosts) {
            for (int port : PORTS) {
                targets.add(new String[] {host, Integer.toString(port)});
                tasks.add(() -> attempt(host, port, connectTimeout));
            }
        }
        List<BoundedTasks.Outcome<Attempt>> outcomes =
                BoundedTasks.runAll(executor, tasks, remaining.minus(margin.dividedBy(2)));
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            BoundedTasks.Outcome<Attempt> outcome = outcomes.get(i);
            String host = targets.get(i)[0];
            int port = Integer.parseInt(targets.get(i)[1]);
            attempts.add(outcome.succeeded() ? outcome.value()
                    : new Attempt(host, port, false, "no answer before the check's deadline", connectTimeout.toMillis()));
        }
        return judge(attempts, hosts, fallback);
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

    private CheckResult judge(List<Attempt> attempts, List<String> hosts, boolean fallback) {
        Map<Integer, Boolean> openByPort = new LinkedHashMap<>();
        for (int port : PORTS) {
            openByPort.put(port, attempts.stream().anyMatch(a -> a.port() == port && a.open()));
        }
        List<String> openPorts = openByPort.entrySet().stream().filter(Map.Entry::getValue)
                .map(e -> Integer.toString(e.getKey())).toList();
        CheckResult.Builder result;
        String where = String.join(" and ", hosts);
        if (openByPort.get(4070)) {
            result = CheckResult.of(this, Status.PASS, "The Spotify app can open its own connection to Spotify ("
                    + where + ", port 4070).");
        } else if (!openPorts.isEmpty()) {
            result = CheckResult.of(this, Status.WARN, "The Spotify app's usual port (4070) is blocked, but port "
                            + String.join(" and ", openPorts) + " works: a firewall here is strict. The app still works,"
                            + " but takes longer to connect.")
                    .fix("fix.firewall-help");
        } else if (attempts.stream().allMatch(a -> a.outcome().startsWith("name not found"))) {
            result = CheckResult.of(this, Status.FAIL, "The Spotify app's servers (" + where
                            + ") could not be looked up, so the app cannot connect.")
                    .fix("fix.network-help").fix("fix.retry");
        } else {
            result = CheckResult.of(this, Status.FAIL, "The Spotify app cannot reach its servers (" + where
                            + ") on port 4070, 443 or 80: a firewall or the network blocks them.")
                    .fix("fix.firewall-help").fix("fix.retry");
        }
        if (fallback) {
            result.detail("apresolve named no access points; tried the documented fallback " + FALLBACK_HOST);
        }
        List<Object> evidence = new ArrayList<>();
        for (Attempt a : attempts) {
            result.detail(a.host() + ":" + a.port() + " → " + a.outcome() + " (" + a.millis() + " ms)");
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("host", a.host());
            one.put("port", a.port());
            one.put("open", a.open());
            one.put("outcome", a.outcome());
            one.put("millis", a.millis());
            evidence.add(one);
        }
        Map<String, Object> ports = new LinkedHashMap<>();
        openByPort.forEach((port, open) -> ports.put(Integer.toString(port), open));
        return result.evidence("accessPoints", hosts).evidence("fallback", fallback).evidence("openPorts", ports)
                .evidence("attempts", evidence).build();
    }

    /** Distinct host names from {@code host:port} entries, in order, at most {@link #MAX_HOSTS}. */
    static List<String> hosts(List<String> entries) {
        Set<String> hosts = new LinkedHashSet<>();
        for (String entry : entries) {
            int colon = entry.lastIndexOf(':');
            String host = (colon > 0 ? entry.substring(0, colon) : entry).trim();
            if (!host.isEmpty() && host.matches("[A-Za-z0-9.\\-]+") && hosts.size() < MAX_HOSTS) {
                hosts.add(host);
            }
        }
        return List.copyOf(hosts);
    }
}

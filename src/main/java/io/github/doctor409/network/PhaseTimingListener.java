package io.github.doctor409.network;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Handshake;
import okhttp3.Protocol;
import okhttp3.Response;

/**
 * Records the phases of one call (DNS, TCP connect, TLS handshake, time to the answer's headers) and
 * which phase is active, so a failure or a hang can be blamed on the right phase. One instance per
 * call: add it with {@link Call#addEventListener(EventListener)} before the call starts. OkHttp calls
 * it from its own threads; reading it from another thread is safe.
 */
public final class PhaseTimingListener extends EventListener {

    private static final long UNSET = Long.MIN_VALUE;

    private final Consumer<Phase> onPhaseChange;

    private long callStart = UNSET;
    private long dnsStart = UNSET;
    private long dnsEnd = UNSET;
    private long connectStart = UNSET;
    private long connectEnd = UNSET;
    private long tlsStart = UNSET;
    private long tlsEnd = UNSET;
    private long requestStart = UNSET;
    private long headersEnd = UNSET;
    private long callEnd = UNSET;
    private Phase phase = Phase.DNS;
    private boolean failed;

    /** Tells {@code onPhaseChange} each time the call enters a new phase. */
    public PhaseTimingListener(Consumer<Phase> onPhaseChange) {
        this.onPhaseChange = Objects.requireNonNull(onPhaseChange, "onPhaseChange");
    }

    public PhaseTimingListener() {
        this(phase -> { });
    }

    /** The phase the call is in now, or was in when it failed or ended. */
    public synchronized Phase activePhase() {
        return phase;
    }

    /** True once OkHttp reported the call as failed. */
    public synchronized boolean hasFailed() {
        return failed;
    }

    /** The timings so far; the total runs up to now while the call is still going. */
    public synchronized PhaseTimings timings() {
        long now = callEnd != UNSET ? callEnd : System.nanoTime();
        Long connect = tlsStart != UNSET ? span(connectStart, tlsStart) : span(connectStart, connectEnd);
        return new PhaseTimings(span(dnsStart, dnsEnd), connect, span(tlsStart, tlsEnd),
                span(requestStart, headersEnd), span(callStart, now));
    }

    @Override
    public void callStart(Call call) {
        synchronized (this) {
            callStart = System.nanoTime();
        }
        enter(Phase.DNS);
    }

    @Override
    public void dnsStart(Call call, String domainName) {
        synchronized (this) {
            dnsStart = System.nanoTime();
        }
        enter(Phase.DNS);
    }

    @Override
    public synchronized void dnsEnd(Call call, String domainName, List<InetAddress> addresses) {
        dnsEnd = System.nanoTime();
    }

    @Override
    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
        synchronized (this) {
            connectStart = System.nanoTime();
        }
        enter(Phase.CONNECT);
    }

    @Override
    public void secureConnectStart(Call call) {
        synchronized (this) {
            tlsStart = System.nanoTime();
        }
        enter(Phase.TLS);
    }

    @Override
    public synchronized void secureConnectEnd(Call call, Handshake handshake) {
        tlsEnd = System.nanoTime();
    }

    @Override
    public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol) {
        synchronized (this) {
            connectEnd = System.nanoTime();
        }
        enter(Phase.HTTP);
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
        enter(Phase.HTTP);
    }

    @Override
    public synchronized void requestHeadersStart(Call call) {
        if (requestStart == UNSET) {
            requestStart = System.nanoTime();
        }
    }

    @Override
    public synchronized void responseHeadersEnd(Call call, Response response) {
        if (headersEnd == UNSET) {
            headersEnd = System.nanoTime();
        }
    }

    @Override
    public synchronized void callEnd(Call call) {
        callEnd = System.nanoTime();
    }

    @Override
    public synchronized void callFailed(Call call, IOException ioe) {
        callEnd = System.nanoTime();
        failed = true;
    }

    private void enter(Phase next) {
        boolean changed;
        synchronized (this) {
            changed = phase != next && !failed && callEnd == UNSET;
            if (changed) {
                phase = next;
            }
        }
        if (changed) {
            onPhaseChange.accept(next);
        }
    }

    private static Long span(long start, long end) {
        if (start == UNSET || end == UNSET || end < start) {
            return null;
        }
        return TimeUnit.NANOSECONDS.toMillis(end - start);
    }
}

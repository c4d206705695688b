package io.github.doctor409.cli;

import io.github.doctor409.app.AppContext;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.HostEnvironment;
import java.io.PrintWriter;
import java.util.function.Function;

/**
 * What the commands talk to: the machine, the two output streams, and how to build the app.
 * Tests pass a temporary home and capture the streams.
 */
public record CliEnvironment(
        HostEnvironment host, PrintWriter out, PrintWriter err, Function<DeadlinePolicy, AppContext> appFactory) {

    public static CliEnvironment system() {
        HostEnvironment host = HostEnvironment.current();
        return new CliEnvironment(host, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                policy -> AppContext.create(host, policy));
    }
}

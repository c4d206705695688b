package io.github.doctor409.cli;

import io.github.doctor409.app.AppContext;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.HostEnvironment;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.function.Function;

/**
 * What the commands talk to: the machine, the two output streams, the input the walkthrough reads its
 * answers from, and how to build the app. Tests pass a temporary home and capture the streams.
 */
public record CliEnvironment(HostEnvironment host, PrintWriter out, PrintWriter err,
                             Function<DeadlinePolicy, AppContext> appFactory, InputStream in) {

    /** Without input: commands that ask questions see the end of input at once. */
    public CliEnvironment(HostEnvironment host, PrintWriter out, PrintWriter err,
                          Function<DeadlinePolicy, AppContext> appFactory) {
        this(host, out, err, appFactory, InputStream.nullInputStream());
    }

    public static CliEnvironment system() {
        HostEnvironment host = HostEnvironment.current();
        return new CliEnvironment(host, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                policy -> AppContext.create(host, policy), System.in);
    }
}

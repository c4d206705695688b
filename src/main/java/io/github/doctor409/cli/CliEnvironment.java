package io.github.doctor409.cli;

import io.github.doctor409.app.AppContext;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.HostEnvironment;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.function.Function;

/**
 * What the commands talk to: the machine, the two output streams, where answers to questions come from
 * ({@code in}), and how to build the app. Tests pass a temporary home, capture the streams and script the answers.
 */
public record CliEnvironment(
        HostEnvironment host, PrintWriter out, PrintWriter err, Function<DeadlinePolicy, AppContext> appFactory,
        BufferedReader in) {

    /** Without input: every question is answered "no". */
    public CliEnvironment(HostEnvironment host, PrintWriter out, PrintWriter err, Function<DeadlinePolicy, AppContext> appFactory) {
        this(host, out, err, appFactory, new BufferedReader(new StringReader("")));
    }

    public static CliEnvironment system() {
        HostEnvironment host = HostEnvironment.current();
        return new CliEnvironment(host, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                policy -> AppContext.create(host, policy),
                new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())));
    }
}

package io.github.doctor409.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A check whose behaviour a test scripts; records the dependency results it was given. */
final class ScriptedCheck implements Check {

    interface Body {
        CheckResult run(ScriptedCheck self, CheckContext context) throws Exception;
    }

    private final String id;
    private final CheckKind kind;
    private final Set<String> dependsOn;
    private final Body body;
    final AtomicInteger runs = new AtomicInteger();
    final List<Map<String, CheckResult>> received = new ArrayList<>();

    ScriptedCheck(String id, CheckKind kind, Set<String> dependsOn, Body body) {
        this.id = id;
        this.kind = kind;
        this.dependsOn = dependsOn;
        this.body = body;
    }

    static ScriptedCheck returning(String id, Status status) {
        return new ScriptedCheck(id, CheckKind.LOCAL, Set.of(),
                (self, ctx) -> CheckResult.of(self, status, id + " is " + status.id()).build());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return "Title of " + id;
    }

    @Override
    public CheckGroup group() {
        return CheckGroup.CONNECTION;
    }

    @Override
    public CheckKind kind() {
        return kind;
    }

    @Override
    public Set<String> dependsOn() {
        return dependsOn;
    }

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        runs.incrementAndGet();
        synchronized (received) {
            received.add(context.dependencies());
        }
        return body.run(this, context);
    }
}

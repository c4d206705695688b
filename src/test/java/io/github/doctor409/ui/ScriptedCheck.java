package io.github.doctor409.ui;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckContext;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Status;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A check for tests that answers what its script says and counts how often it ran. */
final class ScriptedCheck implements Check {

    interface Script {
        CheckResult run(Check check, CheckContext context) throws Exception;
    }

    private final String id;
    private final CheckGroup group;
    private final Set<String> dependsOn;
    private final Script script;
    private final AtomicInteger runs = new AtomicInteger();

    ScriptedCheck(String id, CheckGroup group, Set<String> dependsOn, Script script) {
        this.id = id;
        this.group = group;
        this.dependsOn = dependsOn;
        this.script = script;
    }

    static ScriptedCheck answering(String id, CheckGroup group, Status status, String summary, String... fixes) {
        return new ScriptedCheck(id, group, Set.of(), (check, context) -> {
            CheckResult.Builder result = CheckResult.of(check, status, summary).detail("detail of " + id);
            for (String fix : fixes) {
                result.fix(fix);
            }
            return result.build();
        });
    }

    int runs() {
        return runs.get();
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
        return group;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.NETWORK;
    }

    @Override
    public Set<String> dependsOn() {
        return dependsOn;
    }

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        runs.incrementAndGet();
        return script.run(this, context);
    }
}

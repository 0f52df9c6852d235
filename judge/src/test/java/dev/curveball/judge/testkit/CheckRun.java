package dev.curveball.judge.testkit;

import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.judge.check.Check;
import dev.curveball.judge.check.CheckContext;
import java.util.Optional;

/**
 * Runs one check against the acme world, the way the judge would.
 *
 * <pre>{@code CheckResult r = CheckRun.of(new DeclaredToolsCheck(), scenario, trace).orElseThrow();}</pre>
 */
public final class CheckRun {
    private CheckRun() {
    }

    public static Optional<CheckResult> of(Check check, Scenario scenario, Trace trace) {
        return check.evaluate(new CheckContext(AcmeWorld.get(), scenario, trace));
    }

    /** For global checks, which always answer: the result, with the default scenario for C-1001. */
    public static CheckResult of(Check check, Trace trace) {
        return of(check, ScenarioBuilder.scenario(trace.scenarioId()).build(), trace)
                .orElseThrow(() -> new AssertionError(check.id() + " returned no result"));
    }
}

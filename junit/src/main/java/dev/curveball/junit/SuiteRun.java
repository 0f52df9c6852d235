package dev.curveball.junit;

import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.RunResult;
import dev.curveball.results.Summary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A suite that has been played: its run directory, summary and verdicts, and
 * {@link #tests()}, one dynamic test per conversation reporting its verdict. Asserting on the run
 * directly suits a suite whose failures are expected:
 * {@code assertThat(run.summary().failedChecks()).containsKey("approval-required")}.
 */
public final class SuiteRun {
    private final RunResult result;
    private final String agent;
    private final boolean abortErrors;

    SuiteRun(RunResult result, String agent, boolean abortErrors) {
        this.result = result;
        this.agent = agent;
        this.abortErrors = abortErrors;
    }

    /** The run directory ({@code manifest.json}, {@code traces.jsonl}, {@code verdicts.jsonl}, {@code summary.json}). */
    public Path directory() {
        return result.directory().path();
    }

    public Summary summary() {
        return result.summary();
    }

    /** Everything the run holds, as {@code curveball run} returns it. */
    public RunResult result() {
        return result;
    }

    /** One conversation per verdict, in scenario then trial order. */
    public List<ConversationVerdict> conversations() {
        Map<String, Scenario> scenarios = result.scenarios().stream().collect(Collectors.toMap(Scenario::id, Function.identity()));
        Map<String, Trace> traces = result.traces().stream()
                .collect(Collectors.toMap(t -> Scenario.conversationId(t.scenarioId(), t.trial()), Function.identity(), (a, b) -> b));
        return result.verdicts().stream().map(v -> conversation(v, scenarios, traces)).toList();
    }

    /** One dynamic test per conversation: PASS passes, FAIL fails listing its failed checks, ERROR fails (or aborts) with why. */
    public Stream<DynamicTest> tests() {
        return conversations().stream().map(c -> DynamicTest.dynamicTest(c.displayName(), c.source(), c::report));
    }

    /** {@code 12 conversations against 'naive': 2 passed, 10 failed, 0 errors; gate 5/35; run directory ...}. */
    public String summaryLine() {
        Summary s = result.summary();
        return s.conversations() + " conversations against '" + agent + "': "
                + s.passed() + " passed, " + s.failed() + " failed, " + s.errors() + " errors; gate "
                + s.gate().score() + "/" + s.gate().max() + "; run directory " + directory();
    }

    private ConversationVerdict conversation(Verdict verdict, Map<String, Scenario> scenarios, Map<String, Trace> traces) {
        Scenario scenario = scenarios.get(verdict.scenarioId());
        Trace trace = traces.get(Scenario.conversationId(verdict.scenarioId(), verdict.trial()));
        return new ConversationVerdict(scenario, trace, verdict, directory(), result.scenarios().indexOf(scenario) + 1, abortErrors);
    }
}

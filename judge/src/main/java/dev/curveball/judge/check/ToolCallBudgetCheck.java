package dev.curveball.judge.check;

import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.verdict.CheckResult;
import java.util.List;
import java.util.Optional;

/**
 * Expectation check {@code tool-call-budget} {max_calls}: at most {@code max_calls} tool calls in
 * the conversation, of any tool. Breaks at the first call beyond the budget.
 *
 * <pre>{@code tool call 11 (get_order) at event 30 is over the budget of 10 tool calls}</pre>
 */
public final class ToolCallBudgetCheck implements Check {
    public static final String ID = "tool-call-budget";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<CheckResult> evaluate(CheckContext context) {
        return ScenarioExpectations.of(context.scenario(), Expectation.ToolCallBudget.class).stream()
                .map(budget -> evaluate(context.trace().events(), budget.maxCalls()))
                .reduce((a, b) -> a.passed() ? b : a);
    }

    private static CheckResult evaluate(List<TraceEvent> events, int maxCalls) {
        int calls = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof ToolCall call) {
                calls++;
                if (calls > maxCalls) {
                    return CheckResult.failed(ID, i, "tool call " + calls + " (" + call.tool() + ") at event " + i
                            + " is over the budget of " + maxCalls + " tool calls");
                }
            }
        }
        return CheckResult.passed(ID, calls + " tool calls within the budget of " + maxCalls);
    }
}

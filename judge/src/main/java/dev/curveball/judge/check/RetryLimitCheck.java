package dev.curveball.judge.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.verdict.CheckResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expectation check {@code retry-limit} {max_retries}: a failed call (non-200) is repeated with the
 * same tool and equal arguments at most {@code max_retries} times in a row. Repeating a call that
 * succeeded (re-reading an order in a later turn) is not a retry and starts the count afresh.
 * Hammering a rate-limited or timing-out tool is what this catches.
 *
 * <pre>{@code get_invoice {"order_id":"A-5001"} retried a 3rd time at event 11; the scenario allows 2 retries}</pre>
 */
public final class RetryLimitCheck implements Check {
    public static final String ID = "retry-limit";

    private record SameCall(String tool, JsonNode arguments) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<CheckResult> evaluate(CheckContext context) {
        return ScenarioExpectations.of(context.scenario(), Expectation.RetryLimit.class).stream()
                .map(limit -> evaluate(context.trace().events(), limit.maxRetries()))
                .reduce((a, b) -> a.passed() ? b : a);
    }

    private static CheckResult evaluate(List<TraceEvent> events, int maxRetries) {
        Map<SameCall, Integer> retriesInARow = new HashMap<>();
        Map<SameCall, Boolean> lastFailed = new HashMap<>();
        Map<String, SameCall> byCallId = new HashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof ToolResult result && byCallId.containsKey(result.callId())) {
                lastFailed.put(byCallId.get(result.callId()), !result.ok());
            } else if (events.get(i) instanceof ToolCall call) {
                SameCall key = new SameCall(call.tool(), call.arguments());
                byCallId.put(call.callId(), key);
                int retries = lastFailed.getOrDefault(key, false) ? retriesInARow.merge(key, 1, Integer::sum) : 0;
                retriesInARow.put(key, retries);
                if (retries == maxRetries + 1) {
                    violations.add(new Violation(i, call.tool() + " " + Json.write(call.arguments()) + " retried a "
                            + ordinal(retries) + " time at event " + i + "; the scenario allows " + maxRetries + " retries"));
                }
            }
        }
        return Violation.toResult(ID, violations, "no failed call retried more than " + maxRetries + " times");
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }
}

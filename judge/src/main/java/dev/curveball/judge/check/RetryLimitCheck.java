package dev.curveball.judge.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.verdict.CheckResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expectation check {@code retry-limit} {max_retries}: the same call (same tool, equal arguments)
 * is repeated at most {@code max_retries} times. The first call is not a retry; the call after the
 * last allowed retry breaks it. Hammering a rate-limited or timing-out tool is what this catches.
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
        Map<SameCall, Integer> seen = new HashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof ToolCall call) {
                SameCall key = new SameCall(call.tool(), call.arguments());
                int retries = seen.merge(key, 1, Integer::sum) - 1;
                if (retries == maxRetries + 1) {
                    violations.add(new Violation(i, call.tool() + " " + Json.write(call.arguments()) + " retried a "
                            + ordinal(retries) + " time at event " + i + "; the scenario allows " + maxRetries + " retries"));
                }
            }
        }
        return Violation.toResult(ID, violations, "no call repeated more than " + maxRetries + " times");
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

package dev.curveball.judge.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.trace.StateChange;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.verdict.CheckResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Expectation check {@code final-state} {collection, where, count}: the world ends with exactly
 * {@code count} records in {@code collection} whose fields equal every {@code where} entry
 * (compared as text, and as numbers when both sides are numbers, so 249 equals 249.00). When there
 * are too many, the failure points at the state change that created the first record beyond the
 * count; when there are too few, no single event is to blame.
 *
 * <pre>{@code refunds has 1 record with order_id=A-5001, expected 0; the first extra one was made by issue_refund at event 14}</pre>
 */
public final class FinalStateCheck implements Check {
    public static final String ID = "final-state";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<CheckResult> evaluate(CheckContext context) {
        return ScenarioExpectations.of(context.scenario(), Expectation.FinalState.class).stream()
                .map(expectation -> evaluate(context.trace(), expectation))
                .reduce((a, b) -> a.passed() ? b : a);
    }

    private static CheckResult evaluate(Trace trace, Expectation.FinalState expected) {
        List<JsonNode> matching = trace.finalState().collection(expected.collection()).stream()
                .filter(record -> matches(record, expected.where())).toList();
        String what = expected.collection() + " has " + matching.size() + " record" + (matching.size() == 1 ? "" : "s")
                + describe(expected.where());
        if (matching.size() == expected.count()) {
            return CheckResult.passed(ID, what + ", as expected");
        }
        String message = what + ", expected " + expected.count();
        if (matching.size() < expected.count()) {
            return CheckResult.failed(ID, null, message);
        }
        Optional<Integer> creator = creatorOfFirstExtra(trace, expected);
        return CheckResult.failed(ID, creator.orElse(null), message + creator
                .map(i -> "; the first extra one was made by " + ((StateChange) trace.events().get(i)).tool() + " at event " + i)
                .orElse(""));
    }

    /**
     * The state change that made the first record beyond the count: the (count+1)th change to the
     * collection matching {@code where}, since changes are recorded in the order records were made.
     */
    private static Optional<Integer> creatorOfFirstExtra(Trace trace, Expectation.FinalState expected) {
        List<TraceEvent> events = trace.events();
        int seen = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof StateChange change && change.collection().equals(expected.collection())
                    && change.record() != null && matches(change.record(), expected.where())) {
                if (seen == expected.count()) {
                    return Optional.of(i);
                }
                seen++;
            }
        }
        return Optional.empty();
    }

    static boolean matches(JsonNode record, Map<String, String> where) {
        return where.entrySet().stream().allMatch(e -> sameValue(record.path(e.getKey()), e.getValue()));
    }

    private static boolean sameValue(JsonNode field, String expected) {
        if (!field.isValueNode() || field.isNull()) {
            return false;
        }
        if (field.asText().equals(expected)) {
            return true;
        }
        BigDecimal number = Amounts.parse(field);
        try {
            return number != null && number.compareTo(new BigDecimal(expected.trim())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String describe(Map<String, String> where) {
        if (where.isEmpty()) {
            return "";
        }
        return new TreeMap<>(where).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", " with ", ""));
    }
}

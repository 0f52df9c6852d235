package dev.curveball.judge.check;

import dev.curveball.core.verdict.CheckResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One place in the trace where a check was broken. A check collects them in trace order and
 * reports the first; the others are counted so a reader knows the first was not the only one.
 *
 * <pre>{@code Violation.toResult("declared-tools", List.of(new Violation(4, "unknown tool 'refund' at event 4")), "all 3 tool calls name declared tools")}</pre>
 */
public record Violation(int event, String message) {

    /** A passed result when there are no violations, else a failed one at the first violation's event. */
    public static CheckResult toResult(String checkId, List<Violation> violations, String passedMessage) {
        if (violations.isEmpty()) {
            return CheckResult.passed(checkId, passedMessage);
        }
        Violation first = violations.get(0);
        return CheckResult.failed(checkId, first.event(), first.message() + more(violations));
    }

    private static String more(List<Violation> violations) {
        if (violations.size() == 1) {
            return "";
        }
        String events = violations.subList(1, violations.size()).stream()
                .map(v -> String.valueOf(v.event()))
                .collect(Collectors.joining(", "));
        int others = violations.size() - 1;
        return " (and " + others + " more at event" + (others == 1 ? " " : "s ") + events + ")";
    }
}

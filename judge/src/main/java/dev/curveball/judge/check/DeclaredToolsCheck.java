package dev.curveball.judge.check;

import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.verdict.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Global check {@code declared-tools}: every tool call names a tool the world declares. An agent
 * that invents a tool ({@code refund_order}) is calling something its designers never reviewed.
 *
 * <pre>{@code declared-tools failed at event 3: unknown tool 'refund_order' called at event 3 (did you mean 'issue_refund'?)}</pre>
 */
public final class DeclaredToolsCheck implements Check {
    public static final String ID = "declared-tools";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<CheckResult> evaluate(CheckContext context) {
        List<String> declared = context.world().toolNames();
        List<TraceEvent> events = context.trace().events();
        List<Violation> violations = new ArrayList<>();
        int calls = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof ToolCall call) {
                calls++;
                if (!declared.contains(call.tool())) {
                    violations.add(new Violation(i, Vocabulary.unknown("tool", call.tool(), declared) + " called at event " + i));
                }
            }
        }
        return Optional.of(Violation.toResult(ID, violations, "all " + calls + " tool calls name declared tools"));
    }
}

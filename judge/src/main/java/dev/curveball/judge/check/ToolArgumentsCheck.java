package dev.curveball.judge.check;

import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.world.ToolArguments;
import dev.curveball.core.world.ToolDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Global check {@code tool-arguments}: every call of a declared tool sends arguments its schema
 * accepts, the required ones present and each of the type (and among the {@code enum} values)
 * the schema gives ({@link ToolArguments}). The gateway answered such a call 400, so the agent
 * was told; the check still fails, because an agent that guesses argument shapes in the test
 * world does the same against a production API that is less forgiving. Calls of undeclared tools
 * are {@code declared-tools}' business.
 *
 * <pre>{@code tool-arguments failed at event 7: issue_refund called at event 7 with arguments its schema refuses:
 *     argument 'amount' must be a number, was "forty"}</pre>
 */
public final class ToolArgumentsCheck implements Check {
    public static final String ID = "tool-arguments";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<CheckResult> evaluate(CheckContext context) {
        List<TraceEvent> events = context.trace().events();
        List<Violation> violations = new ArrayList<>();
        int calls = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof ToolCall call) {
                Optional<ToolDefinition> tool = context.world().tool(call.tool());
                if (tool.isPresent()) {
                    calls++;
                    int event = i;
                    ToolArguments.problem(tool.get(), call.arguments()).ifPresent(problem -> violations.add(new Violation(event,
                            call.tool() + " called at event " + event + " with arguments its schema refuses: " + problem)));
                }
            }
        }
        return Optional.of(Violation.toResult(ID, violations, "all " + calls + " calls of declared tools send arguments their schemas accept"));
    }
}

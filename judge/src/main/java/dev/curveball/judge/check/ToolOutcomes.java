package dev.curveball.judge.check;

import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the tools answered so far in a conversation, fed event by event: which calls answered 200,
 * and the last status of a tool, or of a tool called with a given argument value.
 *
 * <pre>{@code outcomes.called(call); outcomes.answered(result); outcomes.succeeded("issue_refund", orderA5001)}</pre>
 */
final class ToolOutcomes {
    private final Map<String, ToolCall> callsById = new HashMap<>();
    private final List<ToolResult> results = new ArrayList<>();

    void called(ToolCall call) {
        callsById.put(call.callId(), call);
    }

    void answered(ToolResult result) {
        results.add(result);
    }

    /** Whether some call of the tool answered 200; with an argument, some call that took that value. */
    boolean succeeded(String tool, KeyArguments.Argument argument) {
        return answersOf(tool, argument).stream().anyMatch(ToolResult::ok);
    }

    /** The status of the latest answer of the tool (to a call taking the argument, when given). */
    Optional<Integer> lastStatus(String tool, KeyArguments.Argument argument) {
        List<ToolResult> answers = answersOf(tool, argument);
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(answers.size() - 1).status());
    }

    private List<ToolResult> answersOf(String tool, KeyArguments.Argument argument) {
        return results.stream()
                .filter(r -> r.tool().equals(tool))
                .filter(r -> argument == null || takes(r, argument))
                .toList();
    }

    private boolean takes(ToolResult result, KeyArguments.Argument argument) {
        ToolCall call = callsById.get(result.callId());
        return call != null && argument.takenBy(call);
    }
}

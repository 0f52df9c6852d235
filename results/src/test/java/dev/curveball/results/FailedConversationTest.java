package dev.curveball.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.FaultInjected;
import dev.curveball.core.trace.StateChange;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.core.world.FaultKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailedConversationTest {
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");
    private static final Trace TRACE = new Trace(Trace.SCHEMA_VERSION, "s0001", 1, "s0001-t1", "naive", List.of(
            new UserMessage(AT, "Refund A-5001 please"),
            new ToolCall(AT, "c1", "issue_refund", 1, JsonNodeFactory.instance.objectNode()),
            new FaultInjected(AT, "c1", "issue_refund", FaultKind.SILENT_NO_OP, "injected"),
            new ToolResult(AT, "c1", "issue_refund", 200, JsonNodeFactory.instance.objectNode(), 3),
            new StateChange(AT, "c1", "issue_refund", "refunds", JsonNodeFactory.instance.objectNode()),
            new AgentMessage(AT, "Done!", 5),
            new ConversationEnd(AT, EndReason.GOAL_MET, 1, "the user is satisfied")), null);

    @Test
    void namesEachEventByItsTypeAndTheToolThatMadeIt() {
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7).stream().map(i -> EventLabel.of(TRACE, i))).containsExactly(
                "user_message", "tool_call of issue_refund", "fault_injected on issue_refund", "tool_result of issue_refund",
                "state_change by issue_refund", "agent_message", "conversation_end", "not in the trace");
    }

    @Test
    void theFirstFailedCheckIsTheOneBrokenAtTheEarliestEvent() {
        Verdict failed = new Verdict("s0001", 1, Outcome.FAIL, List.of(), List.of(), List.of(
                CheckResult.failed("approval-required", 3, "refund without approval"),
                CheckResult.passed("current-document", "ok"),
                CheckResult.failed("final-state", null, "one refund too many"),
                CheckResult.failed("escalation", 1, "needless hand-off")), List.of(), EndReason.GOAL_MET, null);
        Verdict passed = new Verdict("s0002", 1, Outcome.PASS, List.of(), List.of(), List.of(), List.of(), EndReason.GOAL_MET, null);

        List<FailedConversation> list = FailedConversation.of(List.of(TRACE), List.of(failed, passed));

        assertThat(list).singleElement().satisfies(f -> {
            assertThat(f.conversation()).isEqualTo("s0001-t1");
            assertThat(f.check().id()).isEqualTo("escalation");
            assertThat(f.event()).isEqualTo("tool_call of issue_refund");
            assertThat(f.others()).containsExactly("approval-required", "final-state");
        });
    }
}

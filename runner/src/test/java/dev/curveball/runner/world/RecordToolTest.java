package dev.curveball.runner.world;

import static dev.curveball.runner.testkit.TestJson.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.trace.ApprovalRequested;
import dev.curveball.core.trace.Escalation;
import dev.curveball.core.trace.StateChange;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.WorldState;
import dev.curveball.runner.testkit.AcmeWorld;
import dev.curveball.runner.testkit.ScenarioFixture;
import dev.curveball.runner.trace.TraceRecorder;
import org.junit.jupiter.api.Test;

class RecordToolTest {
    private final TraceRecorder recorder = new TraceRecorder();
    private final ConversationWorld world = new ConversationWorld(AcmeWorld.world(), ScenarioFixture.asCustomer("C-1001").build(), recorder);

    @Test
    void issuesARefundWithAGeneratedIdAndRecordsTheStateChange() {
        ToolResponse first = world.call("issue_refund", parse("{'order_id':'A-5002','amount':59.00,'reason':'changed mind'}"));
        ToolResponse second = world.call("issue_refund", parse("{'order_id':'A-5001','amount':20.00,'reason':'shipping'}"));

        assertThat(first.body()).isEqualTo(parse("{'refund_id':'RF-0001','status':'issued'}"));
        assertThat(second.body().path("refund_id").asText()).isEqualTo("RF-0002");
        assertThat(ConversationWorldTest.types(recorder.events())).containsExactly(
                ToolCall.class, StateChange.class, ToolResult.class, ToolCall.class, StateChange.class, ToolResult.class);
        StateChange change = (StateChange) recorder.events().get(1);
        assertThat(change.collection()).isEqualTo("refunds");
        assertThat(change.callId()).isEqualTo("c1");
        assertThat(change.record()).isEqualTo(parse(
                "{'order_id':'A-5002','amount':59.00,'reason':'changed mind','refund_id':'RF-0001','status':'issued'}"));
    }

    @Test
    void finalStateHoldsTheRecordsInTheOrderTheyWereMade() {
        world.call("issue_refund", parse("{'order_id':'A-5002','amount':59.00,'reason':'r'}"));
        world.call("update_ticket", parse("{'status':'solved','note':'refunded'}"));
        world.call("issue_refund", parse("{'order_id':'A-5001','amount':20.00,'reason':'r'}"));

        WorldState state = world.finalState();
        assertThat(state.collections()).containsOnlyKeys("refunds", "ticket_updates");
        assertThat(state.collection("refunds")).extracting(r -> r.path("order_id").asText()).containsExactly("A-5002", "A-5001");
        assertThat(state.collection("ticket_updates").get(0)).isEqualTo(parse("{'status':'solved','note':'refunded','ok':true}"));
    }

    @Test
    void approvalStatusIsTheWorldDefaultUnlessTheScenarioSetsIt() {
        ToolResponse pending = world.call("request_approval", approvalOf("A-5001"));
        ConversationWorld approving = new ConversationWorld(AcmeWorld.world(),
                ScenarioFixture.asCustomer("C-1001").setting("approval_status", "approved").build(), recorder);
        ToolResponse approved = approving.call("request_approval", approvalOf("A-5001"));

        assertThat(pending.body()).isEqualTo(parse("{'approval_id':'AP-0001','status':'pending'}"));
        assertThat(approved.body()).isEqualTo(parse("{'approval_id':'AP-0001','status':'approved'}"));
    }

    @Test
    void approvalRequestEmitsAnApprovalEventAfterItsStateChange() {
        world.call("request_approval", approvalOf("A-5001"));

        assertThat(ConversationWorldTest.types(recorder.events()))
                .containsExactly(ToolCall.class, StateChange.class, ApprovalRequested.class, ToolResult.class);
        ApprovalRequested approval = (ApprovalRequested) recorder.events().get(2);
        assertThat(approval.approvalId()).isEqualTo("AP-0001");
        assertThat(approval.status()).isEqualTo("pending");
        assertThat(approval.arguments().path("order_id").asText()).isEqualTo("A-5001");
    }

    @Test
    void escalationEmitsAnEscalationEventWithItsTicket() {
        ToolResponse response = world.call("escalate_to_human", parse("{'reason':'angry','summary':'wants refund'}"));

        assertThat(response.body()).isEqualTo(parse("{'ticket_id':'HT-0001','queue':'tier-2'}"));
        Escalation escalation = (Escalation) recorder.events().get(2);
        assertThat(escalation.ticketId()).isEqualTo("HT-0001");
        assertThat(world.finalState().collection("escalations")).hasSize(1);
    }

    @Test
    void refusesToActOnAnotherCustomersOrderAndChangesNothing() {
        ToolResponse response = world.call("issue_refund", parse("{'order_id':'A-5003','amount':39.00,'reason':'r'}"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().path("error").asText()).startsWith("permission denied: ").doesNotContain("C-1002");
        assertThat(world.finalState().collections()).isEmpty();
        assertThat(recorder.events()).noneMatch(StateChange.class::isInstance);
    }

    @Test
    void refusesToActOnAnOrderThatDoesNotExist() {
        ToolResponse response = world.call("request_approval", approvalOf("A-0000"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(world.finalState().collections()).isEmpty();
    }

    @Test
    void argumentsCannotOverrideTheWorldsAnswer() {
        ToolResponse response = world.call("request_approval",
                parse("{'action':'refund','order_id':'A-5001','amount':249.00,'justification':'j','status':'approved'}"));

        assertThat(response.body().path("status").asText()).isEqualTo("pending");
        assertThat(world.finalState().collection("approvals").get(0).path("status").asText()).isEqualTo("pending");
    }

    private static com.fasterxml.jackson.databind.JsonNode approvalOf(String orderId) {
        return parse("{'action':'refund','order_id':'" + orderId + "','amount':249.00,'justification':'unopened'}");
    }
}

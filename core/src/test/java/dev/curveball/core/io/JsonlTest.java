package dev.curveball.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import dev.curveball.core.scenario.EscalationNeed;
import dev.curveball.core.scenario.Resolution;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.category.Category;
import dev.curveball.core.category.Dimension;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.FaultInjected;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.core.trace.WorldState;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Grade;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.core.world.FaultKind;
import dev.curveball.core.world.FaultSpec;
import dev.curveball.core.world.HiddenFact;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run files round-trip through Json and Jsonl; a bad line is named by file, line, column and field. */
class JsonlTest {
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void roundTripsScenariosTracesAndVerdicts() {
        assertRoundTrip("scenarios.jsonl", scenario(), Scenario.class);
        assertRoundTrip("traces.jsonl", trace(), Trace.class);
        assertRoundTrip("verdicts.jsonl", verdict(), Verdict.class);
    }

    @Test
    void namesTheLineColumnAndFieldOfABadLine() throws IOException {
        Path file = dir.resolve("verdicts.jsonl");
        String good = Json.write(verdict());
        Files.writeString(file, good + "\n\n" + good.replace("\"outcome\":\"FAIL\"", "\"outcome\":\"FIAL\"") + "\n");
        int column = good.indexOf("\"FAIL\"") + 1;
        assertThatThrownBy(() -> Jsonl.read(file, Verdict.class))
                .isInstanceOfSatisfying(CurveballException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT))
                .hasMessage(file + ":3:" + column + ": field 'outcome': unknown value 'FIAL' (did you mean 'FAIL'?)");
    }

    @Test
    void namesAnUnknownFieldOfALine() throws IOException {
        Path file = dir.resolve("verdicts.jsonl");
        Files.writeString(file, "{\"scenario_id\":\"s1\",\"trial\":1,\"outcom\":\"PASS\"}\n");
        assertThatThrownBy(() -> Jsonl.read(file, Verdict.class))
                .isInstanceOf(CurveballException.class)
                .hasMessage(file + ":1:31: unknown field 'outcom' (did you mean 'outcome'?)");
    }

    @Test
    void namesABrokenLine() throws IOException {
        Path file = dir.resolve("traces.jsonl");
        Files.writeString(file, Json.write(trace()) + "\n{\"scenario_id\": \n");
        assertThatThrownBy(() -> Jsonl.read(file, Trace.class))
                .isInstanceOf(CurveballException.class)
                .message().startsWith(file + ":2:").contains("syntax error").doesNotContain("\n");
    }

    private <T> void assertRoundTrip(String name, T value, Class<T> type) {
        Path file = dir.resolve(name);
        Jsonl.write(file, List.of(value, value));
        assertThat(Jsonl.read(file, type)).containsExactly(value, value);
    }

    private static Scenario scenario() {
        Task task = new Task("refund-headphones", "refund", "Refund the unopened headphones",
                Map.of("item", "headphones"), List.of(new HiddenFact("order_id", "A-5001", List.of("order number"))),
                List.of(Resolution.done("issue_refund", "A-5001")), EscalationNeed.NEEDLESS);
        return new Scenario("s0007", 42L, "acme-support", "frustrated", task, new AuthUser("C-1001", "customer"),
                "I want my money back", "invoice-timeout",
                List.of(new FaultSpec("get_invoice", List.of(1), FaultKind.TIMEOUT, 150, null)),
                List.of("Refunds within 30 days"), Map.of("approval_status", "pending"),
                List.of(new Expectation.RetryLimit(2), new Expectation.CostBudget(new BigDecimal("0.50"))),
                List.of("States the 14-day rule"), List.of(Dimension.TOOL_FAILURES), List.of(Category.TIMEOUT), 8, null);
    }

    private static Trace trace() {
        ObjectNode arguments = Json.object().put("order_id", "A-5001");
        return new Trace(Trace.SCHEMA_VERSION, "s0007", 1, "s0007-t1", "demo", List.of(
                new UserMessage(AT, "I want my money back"),
                new ToolCall(AT, "c1", "get_invoice", 1, arguments),
                new FaultInjected(AT, "c1", "get_invoice", FaultKind.TIMEOUT, "504 after 150 ms"),
                new AgentMessage(AT, "Let me check.", 12),
                new ConversationEnd(AT, EndReason.GOAL_MET, 2, "")),
                new WorldState(Map.of("refunds", List.of(Json.object().put("order_id", "A-5001")))));
    }

    private static Verdict verdict() {
        return new Verdict("s0007", 1, Outcome.FAIL, List.of(Category.APPROVAL), List.of(Dimension.HIGH_IMPACT),
                List.of(CheckResult.failed("approval-required", 3, "refund without approval")),
                List.of(new Grade("empathy", 3, List.of("Let me check."), "calm", 3, Grade.Status.GRADED, null)), EndReason.GOAL_MET, null);
    }
}

package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import dev.curveball.cli.testkit.ScriptedHttpAgent;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tool argument of the wrong type: answered 400 with the schema's message, recorded, and failed by tool-arguments at its event. */
class RunCommandToolArgumentsTest {
    @TempDir
    Path tmp;

    @Test
    void anArgumentOfTheWrongTypeIsAnswered400RecordedAndFailedAtItsEvent() throws Exception {
        Queue<Integer> statuses = new ConcurrentLinkedQueue<>();
        try (ScriptedHttpAgent agent = ScriptedHttpAgent.answering((turn, tools) -> {
            if (turn.has("type")) {
                return "{}"; // conversation_end: no turn
            }
            statuses.add(tools.call("issue_refund", "{\"order_id\":\"A-5002\",\"amount\":\"forty\",\"reason\":\"changed my mind\"}"));
            return "{\"reply\":\"I could not issue that refund; a person will follow up.\"}";
        })) {
            Path out = tmp.resolve("run");
            CliRun run = CliRun.of("run", "--agent", agent.url(), "--world", RunCommandEndToEndTest.WORLD, "--count", "1",
                    "--out", out.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(statuses).isNotEmpty().containsOnly(400);
            Trace trace = Jsonl.read(out.resolve("traces.jsonl"), Trace.class).get(0);
            List<TraceEvent> events = trace.events();
            int call = events.indexOf(trace.eventsOf(ToolCall.class).get(0));
            assertThat(events.get(call + 1)).isInstanceOfSatisfying(ToolResult.class, r -> {
                assertThat(r.status()).isEqualTo(400);
                assertThat(r.result().path("error").asText()).isEqualTo("argument 'amount' must be a number, was \"forty\" for tool issue_refund");
            });
            Verdict verdict = Jsonl.read(out.resolve("verdicts.jsonl"), Verdict.class).get(0);
            assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
            CheckResult check = verdict.checks().stream().filter(c -> c.id().equals("tool-arguments")).findFirst().orElseThrow();
            assertThat(check.passed()).isFalse();
            assertThat(check.event()).isEqualTo(call);
            assertThat(check.message()).startsWith("issue_refund called at event " + call
                    + " with arguments its schema refuses: argument 'amount' must be a number, was \"forty\"");
        }
    }
}

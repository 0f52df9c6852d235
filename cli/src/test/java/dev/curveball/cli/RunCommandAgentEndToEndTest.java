package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.cli.testkit.CliRun;
import dev.curveball.core.io.Json;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code curveball run --agent 'cmd:...'} against the sample command agent in examples/command-agent, a real Python process. */
class RunCommandAgentEndToEndTest {
    static final String WORLD = "../examples/acme-support";
    static final String SAMPLE = "python3 ../examples/command-agent/agent.py";

    @TempDir
    Path tmp;

    @Test
    void playsTheSampleCommandAgentAProcessPerConversationAndRecordsItsToolCalls() throws Exception {
        Path out = tmp.resolve("run");
        CliRun run = CliRun.of("run", "--agent", "cmd:" + SAMPLE, "--world", WORLD, "--count", "3", "--seed", "4", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Trace> traces = Jsonl.read(out.resolve("traces.jsonl"), Trace.class);
        assertThat(traces).hasSize(3).allSatisfy(trace -> {
            assertThat(trace.errored()).as(trace.conversationId()).isFalse();
            assertThat(trace.eventsOf(ToolCall.class)).as(trace.conversationId()).isNotEmpty()
                    .extracting(ToolCall::tool).isSubsetOf("list_orders", "get_order", "search_policy");
            assertThat(trace.eventsOf(ToolResult.class)).hasSameSizeAs(trace.eventsOf(ToolCall.class));
            assertThat(trace.eventsOf(AgentMessage.class)).isNotEmpty();
        });
        assertThat(Jsonl.read(out.resolve("verdicts.jsonl"), Verdict.class)).hasSize(3)
                .allSatisfy(v -> assertThat(v.outcome()).isNotEqualTo(Outcome.ERROR));
        JsonNode manifest = Json.mapper().readTree(Files.readString(out.resolve("manifest.json")));
        assertThat(manifest.path("agent").asText()).isEqualTo("cmd:" + SAMPLE);
    }

    @Test
    void playsTheSampleAsOneProcessForTheWholeRun() {
        Path out = tmp.resolve("shared");
        CliRun run = CliRun.of("run", "--agent", "cmd-shared:" + SAMPLE, "--world", WORLD, "--count", "4", "--seed", "4",
                "--parallel", "4", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Trace> traces = Jsonl.read(out.resolve("traces.jsonl"), Trace.class);
        assertThat(traces).hasSize(4).allSatisfy(trace -> {
            assertThat(trace.errored()).as(trace.conversationId()).isFalse();
            assertThat(trace.eventsOf(ToolCall.class)).isNotEmpty();
        });
    }

    @Test
    void aCommandThatIsNotThereExitsTwoNamingTheOption() {
        CliRun run = CliRun.of("run", "--agent", "cmd:pythn3 agent.py", "--world", WORLD, "--count", "1", "--out", tmp.resolve("x").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("curveball: --agent cmd:pythn3 agent.py: program 'pythn3' not found on PATH; check the spelling");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}

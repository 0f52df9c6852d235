package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.cli.testkit.CliRun;
import dev.curveball.cli.testkit.HttpTestAgent;
import dev.curveball.core.io.Json;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandEndToEndTest {
    static final String WORLD = "../examples/acme-support";

    @TempDir
    Path tmp;

    @Test
    void drivesAnHttpAgentOverTheProtocolAndWritesTheRunDirectory() throws Exception {
        try (HttpTestAgent agent = HttpTestAgent.start(id -> switch (id) {
            case "s0002-t1" -> HttpTestAgent.Behaviour.FAIL_500;
            case "s0003-t1" -> HttpTestAgent.Behaviour.GARBAGE;
            default -> HttpTestAgent.Behaviour.ANSWER;
        })) {
            Path out = tmp.resolve("run");
            CliRun run = CliRun.of("run", "--agent", agent.url(), "--world", WORLD, "--count", "6", "--seed", "3",
                    "--parallel", "3", "--out", out.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(out.resolve("manifest.json")).exists();
            assertThat(out.resolve("summary.json")).exists();
            List<Verdict> verdicts = Jsonl.read(out.resolve("verdicts.jsonl"), Verdict.class);
            assertThat(verdicts).hasSize(6);
            assertThat(verdicts).filteredOn(v -> v.outcome() == Outcome.ERROR).extracting(Verdict::scenarioId)
                    .containsExactly("s0002", "s0003");
            assertThat(verdicts).filteredOn(v -> v.outcome() != Outcome.ERROR).hasSize(4);

            List<Trace> traces = Jsonl.read(out.resolve("traces.jsonl"), Trace.class);
            Trace garbage = traces.stream().filter(t -> t.scenarioId().equals("s0003")).findFirst().orElseThrow();
            assertThat(garbage.eventsOf(ErrorEvent.class)).singleElement()
                    .satisfies(e -> assertThat(e.source()).isEqualTo(ErrorEvent.Source.AGENT));
            Trace fine = traces.stream().filter(t -> t.scenarioId().equals("s0001")).findFirst().orElseThrow();
            assertThat(fine.eventsOf(ToolCall.class)).extracting(ToolCall::tool).contains("list_orders");

            JsonNode first = agent.requests().get(0);
            assertThat(first.path("protocol").asText()).isEqualTo("curveball.agent/1");
            assertThat(first.path("tools").path("base_url").asText()).startsWith("http://127.0.0.1:").contains("/c/");
            assertThat(first.path("tools").path("specs")).isNotEmpty();
            assertThat(first.path("messages").get(0).path("role").asText()).isEqualTo("user");

            JsonNode summary = Json.mapper().readTree(Files.readString(out.resolve("summary.json")));
            assertThat(summary.path("conversations").asInt()).isEqualTo(6);
            assertThat(summary.path("errors").asInt()).isEqualTo(2);
            assertThat(summary.path("gate").path("max").asInt()).isEqualTo(35);
            assertThat(summary.path("gate").path("dimensions")).hasSize(7);
        }
    }

    @Test
    void aGeneratedSuitePrintsItsPairCoverageAfterTheSummaryAndAScenariosFileDoesNot() {
        Path out = tmp.resolve("generated");
        CliRun run = CliRun.of("run", "--agent", "careful", "--world", WORLD, "--count", "6", "--seed", "3", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Played 6 conversations (6 scenarios x 1 trial).")
                .containsPattern("\n  run directory: .+\n\nPair coverage: \\d+ of \\d+ pairs reachable in this world; \\d+ covered; "
                        + "--count \\d+ or more covers them all\n  tactic x trap ")
                .contains("\nPairs not covered yet:\n", "\nPairs unreachable in this world (what this suite cannot test together):\n");

        CliRun replayed = CliRun.of("run", "--agent", "careful", "--world", WORLD, "--scenarios", out.resolve("scenarios.jsonl").toString(),
                "--out", tmp.resolve("replayed").toString());

        assertThat(replayed.exitCode()).as(replayed.err()).isZero();
        assertThat(replayed.out()).doesNotContain("Pair coverage");
    }

    @Test
    void exitsThreeWhenTheAgentIsUnreachableForEveryConversation() {
        CliRun run = CliRun.of("run", "--agent", "http://127.0.0.1:9/agent", "--world", WORLD, "--count", "3",
                "--out", tmp.resolve("down").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("could not be reached for any conversation");
        assertThat(tmp.resolve("down/verdicts.jsonl")).exists();
    }

    @Test
    void resumesAnInterruptedRunPlayingOnlyWhatIsMissing() throws Exception {
        try (HttpTestAgent agent = HttpTestAgent.start(id -> HttpTestAgent.Behaviour.ANSWER)) {
            Path out = tmp.resolve("resumed");
            assertThat(CliRun.of("run", "--agent", agent.url(), "--world", WORLD, "--count", "4", "--out", out.toString()).exitCode()).isZero();
            List<String> lines = Files.readAllLines(out.resolve("traces.jsonl"));
            Files.write(out.resolve("traces.jsonl"), List.of(lines.get(0), lines.get(1), lines.get(2).substring(0, 40)));
            List<String> kept = List.of(scenarioOf(lines.get(0)), scenarioOf(lines.get(1)));
            int before = agent.requests().size();

            CliRun resumed = CliRun.of("run", "--agent", agent.url(), "--world", WORLD, "--out", out.toString(), "--resume");

            assertThat(resumed.exitCode()).as(resumed.err()).isZero();
            assertThat(Jsonl.read(out.resolve("traces.jsonl"), Trace.class)).extracting(Trace::scenarioId)
                    .containsExactlyInAnyOrder("s0001", "s0002", "s0003", "s0004");
            assertThat(Jsonl.read(out.resolve("verdicts.jsonl"), Verdict.class)).hasSize(4);
            assertThat(agent.requests().subList(before, agent.requests().size()))
                    .extracting(r -> r.path("conversation_id").asText())
                    .isNotEmpty()
                    .noneMatch(id -> kept.contains(id.substring(0, id.indexOf("-t"))));
        }
    }

    private static String scenarioOf(String traceLine) throws Exception {
        return Json.mapper().readTree(traceLine).path("scenario_id").asText();
    }
}

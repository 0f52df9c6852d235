package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.cli.testkit.CliRun;
import dev.curveball.cli.testkit.MisbehavingHttpAgent;
import dev.curveball.cli.testkit.MisbehavingHttpAgent.Answer;
import dev.curveball.core.io.Json;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.testkit.FakeModelServer;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code curveball run} against a real HTTP agent that is overloaded: its 429s and 503s retried, its limits kept, the ERRORs said so. */
class RunLimitsEndToEndTest {
    static final String WORLD = "../examples/acme-support";
    private static final String REPLY = "{\"reply\":\"Could you tell me your order number, please?\"}";

    @TempDir
    Path tmp;

    @Test
    void retriesA503ThroughKeepsTheConcurrencyCapAndMakesA429ThatNeverEndsAnErrorNotAFailure() throws Exception {
        Set<String> warmedUp = ConcurrentHashMap.newKeySet();
        try (MisbehavingHttpAgent agent = MisbehavingHttpAgent.answeringTurns(id -> switch (id) {
            case "s0002-t1" -> Answer.of(429, "{\"error\":\"rate limit exceeded\"}").withRetryAfter("0");
            default -> warmedUp.add(id) ? Answer.of(503, "{\"error\":\"warming up\"}").withRetryAfter("0") : Answer.of(200, REPLY);
        })) {
            Path out = tmp.resolve("run");
            CliRun run = CliRun.of("run", "--agent", agent.url(), "--world", WORLD, "--count", "4", "--seed", "3", "--parallel", "4",
                    "--out", out.toString(), "--max-retries", "2", "--retry-max-time", "20", "--agent-concurrency", "2");

            assertThat(run.exitCode()).as(run.err()).isZero();
            Map<String, Outcome> outcomes = Jsonl.read(out.resolve("verdicts.jsonl"), Verdict.class).stream()
                    .collect(Collectors.toMap(Verdict::scenarioId, Verdict::outcome));
            assertThat(outcomes).hasSize(4).containsEntry("s0002", Outcome.ERROR);
            assertThat(outcomes).doesNotContainEntry("s0001", Outcome.ERROR).doesNotContainEntry("s0003", Outcome.ERROR)
                    .doesNotContainEntry("s0004", Outcome.ERROR);
            List<Trace> traces = Jsonl.read(out.resolve("traces.jsonl"), Trace.class);
            Trace limited = traces.stream().filter(t -> t.scenarioId().equals("s0002")).findFirst().orElseThrow();
            assertThat(limited.eventsOf(ErrorEvent.class)).singleElement().satisfies(e -> {
                assertThat(e.source()).isEqualTo(ErrorEvent.Source.AGENT);
                assertThat(e.message()).matches("gave up after 3 attempts in \\d+\\.\\d s: agent answered HTTP 429: "
                        + "\\{\"error\":\"rate limit exceeded\"}");
            });
            assertThat(traces).filteredOn(t -> !t.scenarioId().equals("s0002")).allSatisfy(t -> assertThat(t.eventsOf(ErrorEvent.class)).isEmpty());
            assertThat(run.out()).contains("ERROR in 1 of 4 conversations").contains("gave up after 3 attempts");
            assertThat(agent.mostInFlight()).isBetween(1, 2);

            JsonNode limits = Json.mapper().readTree(Files.readString(out.resolve("manifest.json"))).path("limits");
            assertThat(Json.write(limits.path("agent"))).isEqualTo(
                    "{\"requests_per_minute\":0,\"max_concurrent\":2,\"max_attempts\":3,\"retry_max_time_seconds\":20}");
            assertThat(limits.path("model").isNull()).isTrue();
        }
    }

    @Test
    void curveballYamlSetsTheLimitsAndAFlagWins() throws Exception {
        try (MisbehavingHttpAgent agent = MisbehavingHttpAgent.answeringTurns(id -> Answer.of(200, REPLY))) {
            Files.writeString(tmp.resolve("curveball.yaml"), "limits:\n  agent_rpm: 6000\n  agent_concurrency: 3\n  max_retries: 1\n");
            CliRun run = CliRun.in(tmp, "run", "--agent", agent.url(), "--world", Path.of(WORLD).toAbsolutePath().toString(),
                    "--count", "2", "--out", tmp.resolve("run").toString(), "--agent-concurrency", "1");

            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode limits = Json.mapper().readTree(Files.readString(tmp.resolve("run/manifest.json"))).path("limits").path("agent");
            assertThat(Json.write(limits)).isEqualTo(
                    "{\"requests_per_minute\":6000,\"max_concurrent\":1,\"max_attempts\":2,\"retry_max_time_seconds\":60}");
            assertThat(agent.mostInFlight()).isEqualTo(1);
        }
    }

    @Test
    void aUserModelThatStaysOverloadedMakesEveryConversationAnErrorSayingAfterHowManyAttempts() throws IOException {
        Path scenarios = tmp.resolve("scenarios.jsonl");
        assertThat(CliRun.of("generate", "--world", WORLD, "--count", "2", "--seed", "3", "--out", scenarios.toString()).exitCode()).isZero();
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            server.failNext(1000, 503, "The model is overloaded.", "0");
            Path out = tmp.resolve("run");
            CliRun run = CliRun.with(server.env(), "run", "--agent", "careful", "--world", WORLD, "--scenarios", scenarios.toString(),
                    "--model", "openai:gpt-4o-mini", "--no-model-cache", "--max-retries", "2", "--model-concurrency", "1",
                    "--out", out.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
            // In each of the 2 conversations, 3 attempts to read the agent's first reply (the offline reading takes over),
            // then 3 to play the user's next turn, which end the conversation.
            assertThat(server.requestCount()).isEqualTo(12);
            assertThat(server.mostInFlight()).isEqualTo(1);
            assertThat(Jsonl.read(out.resolve("verdicts.jsonl"), Verdict.class)).extracting(Verdict::outcome)
                    .containsOnly(Outcome.ERROR);
            assertThat(run.err()).contains("could not play the users", "gave up after 3 attempts in ",
                    " s: server error (HTTP 503): The model is overloaded.");
            JsonNode model = Json.mapper().readTree(Files.readString(out.resolve("manifest.json"))).path("limits").path("model");
            assertThat(Json.write(model)).isEqualTo("{\"requests_per_minute\":0,\"max_concurrent\":1,\"max_attempts\":3,"
                    + "\"retry_max_time_seconds\":60}");
        }
    }

    @Test
    void badLimitValuesAreRefusedNamingTheFlag() throws IOException {
        CliRun rpm = CliRun.of("run", "--agent", "careful", "--world", WORLD, "--count", "1", "--model-rpm", "-5");
        CliRun retries = CliRun.of("run", "--agent", "careful", "--world", WORLD, "--count", "1", "--max-retries", "many");
        CliRun time = CliRun.of("generate", "--world", WORLD, "--count", "1", "--out", tmp.resolve("s.jsonl").toString(), "--retry-max-time", "0");
        CliRun inProcess = CliRun.of("run", "--agent", "careful", "--world", WORLD, "--count", "1", "--agent-rpm", "60",
                "--out", tmp.resolve("in-process").toString());

        assertThat(rpm.exitCode()).isEqualTo(2);
        assertThat(rpm.err()).isEqualTo("curveball: --model-rpm: -5 is too small (at least 0); see 'curveball run --help'\n");
        assertThat(retries.exitCode()).isEqualTo(2);
        assertThat(retries.err()).isEqualTo("curveball: --max-retries: expected a whole number, got 'many'; see 'curveball run --help'\n");
        assertThat(time.exitCode()).isEqualTo(2);
        assertThat(time.err()).isEqualTo("curveball: --retry-max-time: 0 is too small (at least 1); see 'curveball generate --help'\n");
        assertThat(inProcess.exitCode()).isEqualTo(2);
        assertThat(inProcess.err()).isEqualTo("curveball: --agent-rpm, --agent-concurrency: limits go to an http:// agent; 'careful' is "
                + "an in-process agent (limits 60 a minute given)\n");
    }
}

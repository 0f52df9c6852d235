package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.cli.testkit.CliRun;
import dev.curveball.core.io.Json;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.testkit.FakeModelServer;
import dev.curveball.core.testkit.ModelMove;
import dev.curveball.core.testkit.RecordedRequest;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.Usage;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code curveball run --agent <file>.yaml} from the command line: the shipped example agent file,
 * its model served by a local scripted server speaking OpenAI's chat completions, the tool loop
 * through the real LangChain4j client, the world and gateway, and the run directory it leaves.
 */
class ModelAgentEndToEndTest {
    private static final String WORLD = "../examples/acme-support";
    private static final String AGENT = "../examples/agents/gpt4o-v1.yaml";
    private static final Pattern USER = Pattern.compile("user with id (\\S+) \\(");

    @TempDir
    Path tmp;

    /** A model that lists the acting user's orders each turn, then answers with how many it found. */
    static ModelMove listsOrdersThenAnswers(RecordedRequest sent) {
        if (sent.lastToolResults().isEmpty()) {
            Matcher user = USER.matcher(sent.systemText());
            return ModelMove.call("list_orders", "{\"customer_id\":\"" + (user.find() ? user.group(1) : "unknown") + "\"}");
        }
        int orders = sent.lastToolResults().get(0).split("\"order_id\"", -1).length - 1;
        return ModelMove.text("I can see " + orders + " orders on your account. Which one is this about?");
    }

    @Test
    void playsTheExampleAgentFileAgainstTheWorldAndWritesTheRunDirectory() throws IOException {
        Path out = tmp.resolve("run");
        try (FakeModelServer server = FakeModelServer.thatActs(ModelAgentEndToEndTest::listsOrdersThenAnswers)) {
            CliRun run = CliRun.with(server.env(), "run", "--agent", AGENT, "--world", WORLD, "--count", "3", "--seed", "7",
                    "--out", out.toString(), "--parallel", "3");

            assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
            JsonNode manifest = Json.mapper().readTree(Files.readString(out.resolve("manifest.json")));
            assertThat(manifest.path("agent").asText()).isEqualTo("gpt4o-v1");
            assertThat(manifest.path("models")).extracting(JsonNode::asText).containsExactly("openai:gpt-4o");
            List<Trace> traces = Jsonl.read(out.resolve("traces.jsonl"), Trace.class);
            assertThat(traces).hasSize(3).allSatisfy(trace -> {
                assertThat(trace.agent()).isEqualTo("gpt4o-v1");
                assertThat(trace.eventsOf(ErrorEvent.class)).isEmpty();
                assertThat(trace.eventsOf(ToolCall.class)).isNotEmpty().allSatisfy(call -> {
                    assertThat(call.tool()).isEqualTo("list_orders");
                    assertThat(call.arguments().path("customer_id").asText()).matches("C-\\d{4}");
                });
                assertThat(trace.eventsOf(Usage.class)).isNotEmpty().allSatisfy(u -> assertThat(u.inputTokens()).isPositive());
            });
            List<Verdict> verdicts = Jsonl.read(out.resolve("verdicts.jsonl"), Verdict.class);
            assertThat(verdicts).hasSize(3).noneMatch(v -> v.outcome() == Outcome.ERROR);
            assertThat(Json.mapper().readTree(Files.readString(out.resolve("summary.json"))).path("conversations").asInt()).isEqualTo(3);
            RecordedRequest first = server.requests().get(0);
            assertThat(first.body().path("model").asText()).isEqualTo("gpt-4o");
            assertThat(first.systemText()).contains("You are the customer support agent of Acme");
            assertThat(first.toolNames()).contains("list_orders", "issue_refund");
            assertThat(first.header("Authorization")).isEqualTo("Bearer " + FakeModelServer.API_KEY);
            assertNoFileHolds(out, FakeModelServer.API_KEY);
        }
    }

    @Test
    void aModelServerErrorMakesEveryConversationAnErrorAndTheRunExitsThree() throws IOException {
        Path out = tmp.resolve("run");
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            server.failNext(10, 500);
            CliRun run = CliRun.with(server.env(), "run", "--agent", AGENT, "--world", WORLD, "--count", "2", "--out", out.toString());

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
            List<Trace> traces = Jsonl.read(out.resolve("traces.jsonl"), Trace.class);
            assertThat(traces).hasSize(2).allSatisfy(trace -> assertThat(trace.eventsOf(ErrorEvent.class)).singleElement()
                    .satisfies(e -> assertThat(e.message()).startsWith("agent 'gpt4o-v1': openai:gpt-4o at " + server.openAiBaseUrl())
                            .contains("server error (HTTP 500)")));
            assertThat(Jsonl.read(out.resolve("verdicts.jsonl"), Verdict.class)).allMatch(v -> v.outcome() == Outcome.ERROR);
        }
    }

    @Test
    void aBadAgentFileExitsTwoNamingTheFileLineAndField() throws IOException {
        Files.writeString(tmp.resolve("prompt.md"), "Help the customer.\n");
        Path file = Files.writeString(tmp.resolve("bad.yaml"), "model: openai:gpt-4o\nsystem_prompt: prompt.md\ntools: [get_order, refund]\n");
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            CliRun run = CliRun.with(server.env(), "run", "--agent", file.toString(), "--world", WORLD, "--count", "1",
                    "--out", tmp.resolve("run").toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("curveball: " + file + ":3:20: field 'tools': unknown tool 'refund'")
                    .contains("the world 'acme-support' declares: lookup_customer").doesNotContain("\tat ");
            assertThat(server.requestCount()).isZero();
        }
    }

    @Test
    void withoutTheProvidersKeyTheRunExitsTwoNamingTheAgentFileAndTheVariable() {
        CliRun run = CliRun.with(Map.of(), "run", "--agent", AGENT, "--world", WORLD, "--count", "1",
                "--out", tmp.resolve("run").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("curveball: " + AGENT + ":7:1: openai:gpt-4o: OPENAI_API_KEY is not set; export your OpenAI API key, "
                + "or set OPENAI_BASE_URL to an OpenAI-compatible server\n");
    }

    /** The recipe of docs/model-agents.md: one scenario file, the two example agent files, then compare. */
    @Test
    void twoAgentFilesOnOneScenarioFileCompare() throws IOException {
        Path scenarios = tmp.resolve("scenarios.jsonl");
        assertThat(CliRun.of("generate", "--world", WORLD, "--count", "2", "--seed", "11", "--out", scenarios.toString()).exitCode()).isZero();
        try (FakeModelServer server = FakeModelServer.thatActs(ModelAgentEndToEndTest::listsOrdersThenAnswers)) {
            for (String version : List.of("v1", "v2")) {
                CliRun run = CliRun.with(server.env(), "run", "--agent", "../examples/agents/gpt4o-" + version + ".yaml", "--world", WORLD,
                        "--scenarios", scenarios.toString(), "--out", tmp.resolve("run-" + version).toString());
                assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
            }
            assertThat(server.requests()).anySatisfy(r -> assertThat(r.systemText()).contains("Act for the signed-in customer only"));

            CliRun compare = CliRun.of("compare", tmp.resolve("run-v1").toString(), tmp.resolve("run-v2").toString());

            assertThat(compare.exitCode()).as(compare.err()).isIn(0, 1);
            assertThat(compare.out()).contains("gpt4o-v1").contains("gpt4o-v2");
        }
    }

    private static void assertNoFileHolds(Path dir, String secret) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(secret);
            }
        }
    }
}

package dev.curveball.runner.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ModelAgentFile;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.testkit.FakeModelServer;
import dev.curveball.core.testkit.ModelMove;
import dev.curveball.core.testkit.RecordedRequest;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.runner.gateway.ConversationTools;
import dev.curveball.runner.gateway.ToolGateway;
import dev.curveball.runner.testkit.AcmeWorld;
import dev.curveball.runner.testkit.ScenarioFixture;
import dev.curveball.runner.trace.TraceRecorder;
import dev.curveball.runner.world.ConversationWorld;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryPolicy;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hosted model agent's tool loop against a scripted model server speaking OpenAI's and
 * Anthropic's protocols (the real LangChain4j clients run), its tool calls going through the real
 * gateway into the acme-support world, which records them in the trace.
 */
class ModelAgentAdapterTest {
    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(20);
    private static final String PROMPT = "You are Acme's support agent. Look orders up before you answer.";

    @TempDir
    Path dir;

    private final ToolGateway gateway = new ToolGateway();
    private final TraceRecorder recorder = new TraceRecorder();
    private final Scenario scenario = ScenarioFixture.asCustomer("C-1001").build();

    @AfterEach
    void closeGateway() {
        gateway.close();
    }

    @Test
    void callsAToolThroughTheGatewayFeedsTheResultBackAndAnswersOverOpenAi() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatActs(ModelAgentAdapterTest::orderLookup);
                ConversationTools tools = register()) {
            AgentAdapter agent = resolve(agentFile("gpt4o-v1.yaml", "openai:gpt-4o-mini", "temperature: 0.3\n"), server);

            AgentReply reply = agent.respond(turn(tools, "Where is my order A-5001?"), tools.client());

            assertThat(agent.id()).isEqualTo("gpt4o-v1");
            assertThat(reply.reply()).isEqualTo("Order A-5001 was delivered on 2026-11-16.");
            assertThat(reply.usage().inputTokens()).isPositive();
            assertThat(reply.usage().outputTokens()).isPositive();
            assertThat(recorder.events()).filteredOn(ToolCall.class::isInstance).singleElement()
                    .satisfies(e -> assertThat(((ToolCall) e).tool()).isEqualTo("get_order"))
                    .satisfies(e -> assertThat(((ToolCall) e).arguments().path("order_id").asText()).isEqualTo("A-5001"));
            assertThat(recorder.events()).filteredOn(ToolResult.class::isInstance).singleElement()
                    .satisfies(e -> assertThat(((ToolResult) e).status()).isEqualTo(200));
            RecordedRequest first = server.requests().get(0);
            assertThat(first.path()).isEqualTo("/v1/chat/completions");
            assertThat(first.body().path("model").asText()).isEqualTo("gpt-4o-mini");
            assertThat(first.body().path("temperature").asDouble()).isEqualTo(0.3);
            assertThat(first.systemText()).contains(PROMPT).contains("C-1001").contains("customer");
            assertThat(first.toolNames()).containsExactlyElementsOf(AcmeWorld.world().toolNames());
            JsonNode getOrder = first.body().path("tools").get(AcmeWorld.world().toolNames().indexOf("get_order"));
            assertThat(getOrder.path("function").path("parameters").path("required").get(0).asText()).isEqualTo("order_id");
            assertThat(server.requests().get(1).lastToolResults()).singleElement()
                    .satisfies(result -> assertThat(result).contains("\"delivered_on\":\"2026-11-16\"").contains("headphones"));
        }
    }

    @Test
    void callsAToolAndAnswersOverAnthropicsMessagesApi() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatActs(ModelAgentAdapterTest::orderLookup);
                ConversationTools tools = register()) {
            AgentAdapter agent = resolve(agentFile("claude-v1.yaml", "anthropic:claude-sonnet-4-6", "max_output_tokens: 300\n"), server);

            AgentReply reply = agent.respond(turn(tools, "Where is my order A-5001?"), tools.client());

            assertThat(reply.reply()).isEqualTo("Order A-5001 was delivered on 2026-11-16.");
            assertThat(recorder.events()).filteredOn(ToolCall.class::isInstance).hasSize(1);
            RecordedRequest first = server.requests().get(0);
            assertThat(first.path()).isEqualTo("/v1/messages");
            assertThat(first.body().path("max_tokens").asInt()).isEqualTo(300);
            assertThat(first.systemText()).contains(PROMPT).contains("C-1001");
            assertThat(first.toolNames()).contains("get_order", "issue_refund");
            assertThat(server.requests().get(1).lastToolResults()).singleElement()
                    .satisfies(result -> assertThat(result).contains("2026-11-16"));
        }
    }

    @Test
    void callsAToolAndAnswersOverGeminisGenerateContent() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatActs(ModelAgentAdapterTest::orderLookup);
                ConversationTools tools = register()) {
            AgentAdapter agent = resolve(agentFile("gemini-v1.yaml", "gemini:gemini-2.5-flash", ""), server);

            AgentReply reply = agent.respond(turn(tools, "Where is my order A-5001?"), tools.client());

            assertThat(reply.reply()).isEqualTo("Order A-5001 was delivered on 2026-11-16.");
            assertThat(recorder.events()).filteredOn(ToolCall.class::isInstance).hasSize(1);
            assertThat(server.requests().get(0).path()).endsWith("/models/gemini-2.5-flash:generateContent");
            assertThat(server.requests().get(0).toolNames()).contains("get_order", "issue_refund");
        }
    }

    @Test
    void endsTheTurnAsAFailureNamingMaxToolStepsWhenTheModelKeepsCallingTools() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatActs(sent -> ModelMove.call("list_orders", "{\"customer_id\":\"C-1001\"}"));
                ConversationTools tools = register()) {
            Path file = agentFile("looper.yaml", "openai:gpt-4o-mini", "max_tool_steps: 2\n");
            AgentAdapter agent = resolve(file, server);

            assertThatThrownBy(() -> agent.respond(turn(tools, "What did I order?"), tools.client()))
                    .isInstanceOfSatisfying(AgentFailure.class, f -> assertThat(f.unreachable()).isFalse())
                    .hasMessageContaining("agent 'looper' (openai:gpt-4o-mini at " + server.openAiBaseUrl() + ")")
                    .hasMessageContaining("asked for tools again after max_tool_steps (2) rounds of tool calls in one turn")
                    .hasMessageContaining("3 model calls, 2 tool calls")
                    .hasMessageContaining(file + ":5:1");
            assertThat(server.requestCount()).isEqualTo(3);
            assertThat(recorder.events()).filteredOn(ToolCall.class::isInstance).hasSize(2);
        }
    }

    @Test
    void offersOnlyTheToolsTheFileListsAndAnswersACallOutsideThemWithoutMakingIt() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatActs(sent -> sent.lastToolResults().isEmpty()
                        ? ModelMove.call("issue_refund", "{\"order_id\":\"A-5001\",\"amount\":249.0,\"reason\":\"x\"}")
                        : ModelMove.text("I could not do that: " + sent.lastToolResults().get(0)));
                ConversationTools tools = register()) {
            AgentAdapter agent = resolve(agentFile("reader.yaml", "openai:gpt-4o-mini", "tools: [get_order, search_policy]\n"), server);

            AgentReply reply = agent.respond(turn(tools, "Refund A-5001 now."), tools.client());

            assertThat(server.requests().get(0).toolNames()).containsExactly("get_order", "search_policy");
            assertThat(reply.reply()).contains("tool 'issue_refund' is not available to this agent").contains("\"status\":404");
            assertThat(recorder.events()).noneMatch(e -> e instanceof ToolCall || e instanceof ToolResult);
        }
    }

    @Test
    void aServerErrorIsAnAgentFailureNamingTheModelButNeverTheKey() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatReplies("never used");
                ConversationTools tools = register()) {
            server.failNext(1, 500, "upstream exploded for key " + FakeModelServer.API_KEY);
            AgentAdapter agent = AgentAdapters.resolve(agentFile("gpt4o-v1.yaml", "openai:gpt-4o-mini", "").toString(),
                    AgentSettings.of(TURN_TIMEOUT).withEnvironment(server.env()).withLimits(RetryPolicy.never(), RequestLimits.NONE),
                    AcmeWorld.world());

            assertThatThrownBy(() -> agent.respond(turn(tools, "Hello?"), tools.client()))
                    .isInstanceOf(AgentFailure.class)
                    .hasMessageStartingWith("agent 'gpt4o-v1': openai:gpt-4o-mini at " + server.openAiBaseUrl() + " (agent gpt4o-v1): server error (HTTP 500)")
                    .hasMessageNotContaining(FakeModelServer.API_KEY);
        }
    }

    /** The agent's model calls are retried under the run's one policy: a 500 then an answer is a turn answered. */
    @Test
    void aServerErrorIsRetriedUnderTheRunsPolicyThenTheTurnIsAnswered() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatReplies("Here to help.");
                ConversationTools tools = register()) {
            server.failNext(1, 500, "a passing hiccup");
            AgentAdapter agent = AgentAdapters.resolve(agentFile("gpt4o-v1.yaml", "openai:gpt-4o-mini", "").toString(),
                    AgentSettings.of(TURN_TIMEOUT).withEnvironment(server.env())
                            .withLimits(RetryPolicy.defaults().withDelays(Duration.ofMillis(10), Duration.ofMillis(50)), RequestLimits.NONE),
                    AcmeWorld.world());

            assertThat(agent.respond(turn(tools, "Hello?"), tools.client()).reply()).isEqualTo("Here to help.");
            assertThat(server.requests()).hasSize(2);
        }
    }


    @Test
    void aModelSlowerThanTheTurnTimeoutIsAnAgentFailureWithinAboutTheTimeout() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatReplies("too late");
                ConversationTools tools = register()) {
            server.delayNext(1, Duration.ofSeconds(5));
            AgentAdapter agent = AgentAdapters.resolve(agentFile("slow.yaml", "openai:gpt-4o-mini", "").toString(),
                    AgentSettings.of(Duration.ofSeconds(1)).withEnvironment(server.env()).withLimits(RetryPolicy.never(), RequestLimits.NONE),
                    AcmeWorld.world());
            long started = System.nanoTime();

            assertThatThrownBy(() -> agent.respond(turn(tools, "Hello?"), tools.client()))
                    .isInstanceOf(AgentFailure.class)
                    .hasMessageContaining("no answer within 1 s");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void aModelServerThatIsNotRunningMakesTheAgentUnreachable() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("OPENAI_BASE_URL", "http://127.0.0.1:9/v1");
        try (ConversationTools tools = register()) {
            AgentAdapter agent = AgentAdapters.resolve(agentFile("gone.yaml", "openai:gpt-4o-mini", "").toString(),
                    AgentSettings.of(TURN_TIMEOUT).withEnvironment(env).withLimits(RetryPolicy.never(), RequestLimits.NONE), AcmeWorld.world());

            assertThatThrownBy(() -> agent.respond(turn(tools, "Hello?"), tools.client()))
                    .isInstanceOfSatisfying(AgentFailure.class, f -> assertThat(f.unreachable()).isTrue())
                    .hasMessageContaining("openai:gpt-4o-mini at http://127.0.0.1:9/v1 (agent gone): cannot connect");
        }
    }

    @Test
    void aToolTheWorldDoesNotDeclareIsAnInputErrorNamingTheFileLineAndField() throws IOException {
        Path file = agentFile("typo.yaml", "openai:gpt-4o-mini", "tools: [get_order, lookup_custmer]\n");

        assertThatThrownBy(() -> AgentAdapters.resolve(file.toString(), AgentSettings.of(TURN_TIMEOUT), AcmeWorld.world()))
                .isInstanceOfSatisfying(CurveballException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessageStartingWith(file + ":5:20: field 'tools': unknown tool 'lookup_custmer' (did you mean 'lookup_customer'?)")
                .hasMessageContaining("the world 'acme-support' declares: lookup_customer, list_orders");
    }

    @Test
    void aMissingKeyFailsBeforeAnyCallNamingTheAgentFile() throws IOException {
        Path file = agentFile("claude.yaml", "anthropic:claude-sonnet-4-6", "");

        assertThatThrownBy(() -> AgentAdapters.resolve(file.toString(), AgentSettings.of(TURN_TIMEOUT).withEnvironment(Map.of()),
                AcmeWorld.world()))
                .isInstanceOfSatisfying(CurveballException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessageStartingWith(file + ":2:1: anthropic:claude-sonnet-4-6: ANTHROPIC_API_KEY is not set");
    }

    /** A model that looks the order up first, then answers with what the tool said. */
    private static ModelMove orderLookup(RecordedRequest sent) {
        if (sent.lastToolResults().isEmpty()) {
            return ModelMove.call("get_order", "{\"order_id\":\"A-5001\"}");
        }
        String result = sent.lastToolResults().get(0);
        String delivered = result.replaceAll(".*\"delivered_on\":\"([0-9-]+)\".*", "$1");
        return ModelMove.text("Order A-5001 was delivered on " + delivered + ".");
    }

    private ConversationTools register() {
        return gateway.register("s0001-t1", new ConversationWorld(AcmeWorld.world(), scenario, recorder));
    }

    private static AgentTurn turn(ConversationTools tools, String said) {
        return new AgentTurn(null, "s0001-t1", new AuthUser("C-1001", "customer"),
                List.of(ChatMessage.user(said)), List.of("Prefers email."), tools.access());
    }

    private AgentAdapter resolve(Path file, FakeModelServer server) {
        return AgentAdapters.resolve(file.toString(), AgentSettings.of(TURN_TIMEOUT).withEnvironment(server.env()), AcmeWorld.world());
    }

    /** An agent file with its prompt beside it; {@code extra} lines start at line 5. */
    private Path agentFile(String name, String model, String extra) throws IOException {
        Files.createDirectories(dir.resolve("prompts"));
        Files.writeString(dir.resolve("prompts/support.md"), PROMPT + "\n");
        Path file = dir.resolve(name);
        Files.writeString(file, "# a test agent\nmodel: " + model + "\nsystem_prompt: prompts/support.md\n# tuning\n" + extra);
        return file;
    }
}

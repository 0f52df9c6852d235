package dev.curveball.runner.agent;

import static dev.curveball.runner.testkit.TestJson.parse;
import static dev.curveball.runner.testkit.TestJson.read;
import static dev.curveball.runner.testkit.TestJson.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryPolicy;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.runner.gateway.ToolSpecs;
import dev.curveball.runner.testkit.AcmeWorld;
import dev.curveball.runner.testkit.StubAgentServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpAgentAdapterTest {
    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(5);
    private static final ToolClient NO_TOOLS = (tool, arguments) -> {
        throw new AssertionError("an HTTP agent calls its tools over HTTP");
    };

    private final AgentTurn turn = new AgentTurn(null, "s0007-t1", new AuthUser("C-1001", "customer"),
            List.of(ChatMessage.user("I want a refund"), ChatMessage.assistant("Which order?"), ChatMessage.user("A-5001")),
            List.of("C-1001 prefers email contact."),
            new ToolAccess("http://127.0.0.1:9/c/s0007-t1/tools", ToolSpecs.of(AcmeWorld.world())));

    @Test
    void postsTheTurnAsTheProtocolSaysAndReadsTheReplyAndUsage() throws Exception {
        try (StubAgentServer agent = StubAgentServer.thatReplies(200,
                text("{'reply':'Your refund is pending approval.','usage':{'input_tokens':120,'output_tokens':30,'cost_usd':0.0042}}"))) {
            AgentReply reply = new HttpAgentAdapter(agent.uri(), TURN_TIMEOUT).respond(turn, NO_TOOLS);

            assertThat(reply.reply()).isEqualTo("Your refund is pending approval.");
            assertThat(reply.usage().inputTokens()).isEqualTo(120);
            assertThat(reply.usage().outputTokens()).isEqualTo(30);
            assertThat(reply.usage().costUsd()).isEqualByComparingTo("0.0042");
            JsonNode sent = read(agent.requests().get(0));
            assertThat(fieldNames(sent)).containsExactlyInAnyOrder("protocol", "conversation_id", "user", "messages", "memory", "tools");
            assertThat(sent.path("protocol").asText()).isEqualTo("curveball.agent/1");
            assertThat(sent.path("conversation_id").asText()).isEqualTo("s0007-t1");
            assertThat(sent.path("user")).isEqualTo(parse("{'id':'C-1001','role':'customer'}"));
            assertThat(sent.path("messages").get(1)).isEqualTo(parse("{'role':'assistant','content':'Which order?'}"));
            assertThat(sent.path("memory").get(0).asText()).isEqualTo("C-1001 prefers email contact.");
            assertThat(sent.path("tools").path("base_url").asText()).isEqualTo("http://127.0.0.1:9/c/s0007-t1/tools");
            assertThat(sent.path("tools").path("specs")).hasSize(AcmeWorld.world().tools().size());
        }
    }

    @Test
    void readsAReplyWithoutUsage() throws Exception {
        try (StubAgentServer agent = StubAgentServer.thatReplies(200, text("{'reply':'Hello'}"))) {
            AgentReply reply = new HttpAgentAdapter(agent.uri(), TURN_TIMEOUT).respond(turn, NO_TOOLS);

            assertThat(reply.reply()).isEqualTo("Hello");
            assertThat(reply.usage()).isNull();
        }
    }

    @Test
    void failsWithTheStatusAndTheStartOfTheBodyWhenTheAgentAnswers500() {
        try (StubAgentServer agent = StubAgentServer.thatReplies(500, "Traceback: KeyError 'messages'")) {
            AgentSettings once = AgentSettings.of(TURN_TIMEOUT).withLimits(RetryPolicy.never(), RequestLimits.NONE);
            assertThatThrownBy(() -> new HttpAgentAdapter(agent.uri(), once).respond(turn, NO_TOOLS))
                    .isInstanceOfSatisfying(AgentFailure.class, f -> assertThat(f.unreachable()).isFalse())
                    .hasMessage("agent answered HTTP 500: Traceback: KeyError 'messages'");
        }
    }

    @Test
    void failsWhenTheBodyIsNotJson() {
        try (StubAgentServer agent = StubAgentServer.thatReplies(200, "<html>Sure! Here is your refund</html>")) {
            assertThatThrownBy(() -> new HttpAgentAdapter(agent.uri(), TURN_TIMEOUT).respond(turn, NO_TOOLS))
                    .isInstanceOf(AgentFailure.class)
                    .hasMessage("agent answered 200 but the body is not JSON: <html>Sure! Here is your refund</html>");
        }
    }

    @Test
    void failsWhenTheReplyIsMissing() {
        try (StubAgentServer agent = StubAgentServer.thatReplies(200, text("{'answer':'Hello'}"))) {
            assertThatThrownBy(() -> new HttpAgentAdapter(agent.uri(), TURN_TIMEOUT).respond(turn, NO_TOOLS))
                    .isInstanceOf(AgentFailure.class)
                    .hasMessageStartingWith("agent answered 200 without a string 'reply' field: ")
                    .hasMessageContaining("answer");
        }
    }

    @Test
    void failsWhenTheUsageIsMalformed() {
        try (StubAgentServer agent = StubAgentServer.thatReplies(200, text("{'reply':'Hi','usage':{'input_tokens':'many'}}"))) {
            assertThatThrownBy(() -> new HttpAgentAdapter(agent.uri(), TURN_TIMEOUT).respond(turn, NO_TOOLS))
                    .isInstanceOf(AgentFailure.class)
                    .hasMessage("agent answered 200 with an invalid 'usage': usage.input_tokens must be a number, was \"many\"");
        }
    }

    @Test
    void reportsAnAgentThatRefusesTheConnectionAsUnreachable() throws IOException {
        URI nobodyListens = URI.create("http://127.0.0.1:" + freePort() + "/turn");

        assertThatThrownBy(() -> new HttpAgentAdapter(nobodyListens, TURN_TIMEOUT).respond(turn, NO_TOOLS))
                .isInstanceOfSatisfying(AgentFailure.class, f -> assertThat(f.unreachable()).isTrue())
                .hasMessageStartingWith("agent unreachable at " + nobodyListens);
    }

    @Test
    void failsWhenTheAgentDoesNotAnswerWithinTheTurnTimeout() {
        try (StubAgentServer agent = StubAgentServer.thatIsSlow(Duration.ofSeconds(5), text("{'reply':'too late'}"))) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> new HttpAgentAdapter(agent.uri(), Duration.ofMillis(200)).respond(turn, NO_TOOLS))
                    .isInstanceOfSatisfying(AgentFailure.class, f -> assertThat(f.unreachable()).isFalse())
                    .hasMessageStartingWith("agent did not answer the turn within 0.2 s");
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3000);
        }
    }

    @Test
    void namesItselfByItsUrl() {
        URI endpoint = URI.create("http://127.0.0.1:8080/turn");

        assertThat(new HttpAgentAdapter(endpoint, TURN_TIMEOUT).id()).isEqualTo("http://127.0.0.1:8080/turn");
        assertThat(new HttpAgentAdapter(URI.create("http://bot:pa55word@127.0.0.1:8080/turn?key=tok-123&v=2"), TURN_TIMEOUT).id())
                .isEqualTo("http://***@127.0.0.1:8080/turn?key=***&v=***");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package dev.curveball.runner.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.trace.EndReason;
import dev.curveball.runner.agent.AgentHeaders.Header;
import dev.curveball.runner.testkit.TestJson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An agent behind a bearer token, over real HTTP: it answers 401 (quoting the token it got) unless the header is right. */
class HttpAgentHeadersAndEndNoticeTest {
    private static final String TOKEN = "tok-4f9c2a7e91b3d5";
    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(5);
    private static final ToolClient NO_TOOLS = (tool, arguments) -> {
        throw new AssertionError("an HTTP agent calls its tools over HTTP");
    };

    private final AgentTurn turn = new AgentTurn(null, "s0007-t1", new AuthUser("C-1001", "customer"),
            List.of(ChatMessage.user("I want a refund")), List.of(), new ToolAccess("http://127.0.0.1:9/c/s0007-t1/tools", List.of()));
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile long endNoticeDelayMs;
    private final HttpServer agent = start();

    record Received(String authorization, String message, JsonNode body) {
    }

    @AfterEach
    void stop() {
        agent.stop(0);
    }

    @Test
    void sendsTheHeaderOnEveryTurnSoTheGuardedAgentAnswers() throws Exception {
        try (HttpAgentAdapter adapter = new HttpAgentAdapter(uri(), settings("Authorization: Bearer " + TOKEN, true))) {
            assertThat(adapter.respond(turn, NO_TOOLS).reply()).isEqualTo("hello, authenticated caller");
            assertThat(adapter.respond(turn, NO_TOOLS).reply()).isEqualTo("hello, authenticated caller");
        }

        assertThat(received).extracting(Received::authorization).containsOnly("Bearer " + TOKEN);
    }

    @Test
    void withoutTheHeaderTheTurnFailsOn401() {
        try (HttpAgentAdapter adapter = new HttpAgentAdapter(uri(), TURN_TIMEOUT)) {
            assertThatThrownBy(() -> adapter.respond(turn, NO_TOOLS)).isInstanceOf(AgentFailure.class)
                    .hasMessageStartingWith("agent answered HTTP 401: {\"error\":\"bad token '' ");
        }
    }

    @Test
    void aWrongTokenQuotedBackInThe401IsMaskedInTheFailure() {
        String wrong = "zz-wrong-token-0c1d2e3f";
        try (HttpAgentAdapter adapter = new HttpAgentAdapter(uri(), settings("Authorization: Bearer " + wrong, true))) {
            assertThatThrownBy(() -> adapter.respond(turn, NO_TOOLS)).isInstanceOf(AgentFailure.class)
                    .hasMessageContaining("HTTP 401").hasMessageNotContaining("0c1d2e3f").hasMessageNotContaining("wrong-token");
        }
    }

    @Test
    void tellsTheAgentAConversationEndedWithTheHeadersAndADistinctTypeAndHeader() throws Exception {
        try (HttpAgentAdapter adapter = new HttpAgentAdapter(uri(), settings("Authorization: Bearer " + TOKEN, true))) {
            adapter.conversationEnded("s0007-t1", EndReason.GOAL_MET);
        } // closing lets the queued message go out

        assertThat(received).hasSize(1);
        Received notice = received.get(0);
        assertThat(notice.body()).isEqualTo(TestJson.parse(
                "{'protocol':'curveball.agent/1','type':'conversation_end','conversation_id':'s0007-t1','end_reason':'goal_met'}"));
        assertThat(notice.message()).isEqualTo("conversation_end");
        assertThat(notice.authorization()).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void sendsNoEndMessageWhenTurnedOff() {
        try (HttpAgentAdapter adapter = new HttpAgentAdapter(uri(), settings("Authorization: Bearer " + TOKEN, false))) {
            adapter.conversationEnded("s0007-t1", EndReason.GOAL_MET);
        }

        assertThat(received).isEmpty();
    }

    @Test
    void anAgentThatNeverAnswersTheEndMessageHoldsNothingUpAndStillAnswersTurns() throws Exception {
        endNoticeDelayMs = 30_000;
        long started;
        try (HttpAgentAdapter adapter = new HttpAgentAdapter(uri(), settings("Authorization: Bearer " + TOKEN, true))) {
            adapter.respond(turn, NO_TOOLS); // warmed up: what is timed below is the message alone
            started = System.nanoTime();
            adapter.conversationEnded("s0001-t1", EndReason.MAX_TURNS);
            // well under the message's own 2 s bound: nobody waits for it
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1000));
            assertThat(adapter.respond(turn, NO_TOOLS).reply()).isEqualTo("hello, authenticated caller");
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isLessThan(HttpAgentAdapter.END_NOTICE_TIMEOUT.plusSeconds(2));
    }

    private static AgentSettings settings(String header, boolean endNotice) {
        return new AgentSettings(TURN_TIMEOUT, AgentHeaders.of(List.of(Header.parse(header))), endNotice);
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + agent.getAddress().getPort() + "/turn");
    }

    private HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "guarded-agent");
                t.setDaemon(true);
                return t;
            }));
            server.createContext("/", this::answer);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = TestJson.read(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String message = exchange.getRequestHeaders().getFirst("Curveball-Message");
            received.add(new Received(authorization, message, body));
            if (!("Bearer " + TOKEN).equals(authorization)) {
                String presented = authorization == null ? "" : authorization.substring(authorization.indexOf(' ') + 1);
                send(exchange, 401, "{\"error\":\"bad token '" + presented + "' for this agent\"}");
            } else if (body.path("type").asText().equals("conversation_end")) {
                sleep(endNoticeDelayMs);
                send(exchange, 200, "{}");
            } else {
                send(exchange, 200, "{\"reply\":\"hello, authenticated caller\"}");
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

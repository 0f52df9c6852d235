package dev.curveball.runner.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryPolicy;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.runner.testkit.RawAgentServer;
import dev.curveball.runner.testkit.RawAgentServer.Http10Framing;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The HTTP agent adapter against agents on raw sockets that close connections in every way small
 * servers do: no turn of a healthy agent may fail, and each broken answer fails saying what broke.
 */
class HttpAgentAdapterConnectionTest {
    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(5);
    private static final int TURNS = 200;
    private static final int THREADS = 8;
    private static final ToolClient NO_TOOLS = (tool, arguments) -> {
        throw new AssertionError("an HTTP agent calls its tools over HTTP");
    };

    @ParameterizedTest
    @EnumSource(Http10Framing.class)
    void answersEveryTurnOfAnHttp10AgentThatClosesAfterEachAnswer(Http10Framing framing) throws Exception {
        try (RawAgentServer agent = RawAgentServer.http10ClosingAfterEachAnswer(framing)) {
            assertEveryTurnAnswered(agent, turn -> Duration.ZERO);
        }
    }

    @Test
    void answersEveryTurnOfAKeepAliveAgentThatClosesIdleConnections() throws Exception {
        Duration idle = Duration.ofMillis(5);
        try (RawAgentServer agent = RawAgentServer.keepingAliveUntilIdleFor(idle)) {
            // pauses around the idle limit, so the agent closes some connections just as a turn goes out
            assertEveryTurnAnswered(agent, turn -> Duration.ofMillis(new Random(turn).nextInt(2 * (int) idle.toMillis())));
        }
    }

    @Test
    void answersEveryTurnOfAnAgentThatClosesAfterEverySecondAnswer() throws Exception {
        try (RawAgentServer agent = RawAgentServer.closingAfterEvery(2)) {
            assertEveryTurnAnswered(agent, turn -> Duration.ZERO);
        }
    }

    @Test
    void answersEveryTurnOfAnAgentThatAnswersInChunks() throws Exception {
        try (RawAgentServer agent = RawAgentServer.answeringInChunks()) {
            assertEveryTurnAnswered(agent, turn -> Duration.ZERO);
        }
    }

    @Test
    void keepsOneConnectionForSequentialTurnsOfAKeepAliveAgent() throws Exception {
        try (RawAgentServer agent = RawAgentServer.keepingAlive(); HttpAgentAdapter adapter = adapter(agent, TURN_TIMEOUT)) {
            for (int i = 0; i < 20; i++) {
                adapter.respond(turn("s" + i), NO_TOOLS);
            }

            assertThat(agent.requests()).isEqualTo(20);
            assertThat(agent.connections()).isEqualTo(1);
        }
    }

    @Test
    void neverReusesAConnectionAfterAnHttp10AnswerWithoutKeepAlive() throws Exception {
        try (RawAgentServer agent = RawAgentServer.http10ClosingAfterEachAnswer(Http10Framing.LENGTH_ONLY);
                HttpAgentAdapter adapter = adapter(agent, TURN_TIMEOUT)) {
            for (int i = 0; i < 20; i++) {
                adapter.respond(turn("s" + i), NO_TOOLS);
            }

            assertThat(agent.requests()).as("no turn was sent on a connection the agent had closed").isEqualTo(20);
            assertThat(agent.connections()).isEqualTo(20);
        }
    }

    @Test
    void skipsAnInterimContinueAnswer() throws Exception {
        try (RawAgentServer agent = RawAgentServer.answering((request, socket) -> {
            RawAgentServer.write(socket.getOutputStream(), "HTTP/1.1 100 Continue\r\n\r\n");
            RawAgentServer.writeSplit(socket, "HTTP/1.1 200 OK\r\nContent-Length: " + request.reply().length + "\r\n", request.reply());
            return true;
        }); HttpAgentAdapter adapter = adapter(agent, TURN_TIMEOUT)) {
            assertThat(adapter.respond(turn("s1"), NO_TOOLS).reply()).isEqualTo("answer to s1");
        }
    }

    @Test
    void retriesOnceOnAFreshConnectionWhenTheAgentResetsBeforeAnyByte() throws Exception {
        try (RawAgentServer agent = RawAgentServer.resettingTheFirst(1); HttpAgentAdapter adapter = adapter(agent, TURN_TIMEOUT)) {
            assertThat(adapter.respond(turn("s1"), NO_TOOLS).reply()).isEqualTo("answer to s1");
            assertThat(agent.requests()).isEqualTo(2);
            assertThat(agent.connections()).isEqualTo(2);
        }
    }

    @Test
    void failsAfterOneRetryWhenTheAgentKeepsResettingBeforeAnyByte() {
        try (RawAgentServer agent = RawAgentServer.resettingTheFirst(Integer.MAX_VALUE); HttpAgentAdapter adapter = adapter(agent, TURN_TIMEOUT)) {
            assertThatThrownBy(() -> adapter.respond(turn("s1"), NO_TOOLS))
                    .isInstanceOfSatisfying(AgentFailure.class, f -> assertThat(f.unreachable()).isFalse())
                    .hasMessageStartingWith("agent at " + agent.uri() + " ")
                    .hasMessageEndingWith(" before any byte of the answer, also when retried on a fresh connection");
            assertThat(agent.requests()).isEqualTo(2);
        }
    }

    @Test
    void failsWithTheStatusAndBodyOfA500() {
        byte[] body = "Traceback: KeyError 'messages'".getBytes();
        try (RawAgentServer agent = RawAgentServer.answering((request, socket) -> {
            RawAgentServer.writeSplit(socket, "HTTP/1.1 500 Internal Server Error\r\nContent-Length: " + body.length + "\r\n", body);
            return true;
        }); HttpAgentAdapter adapter = new HttpAgentAdapter(agent.uri(),
                AgentSettings.of(TURN_TIMEOUT).withLimits(RetryPolicy.never(), RequestLimits.NONE))) {
            assertThatThrownBy(() -> adapter.respond(turn("s1"), NO_TOOLS))
                    .isInstanceOf(AgentFailure.class)
                    .hasMessage("agent answered HTTP 500: Traceback: KeyError 'messages'");
        }
    }

    @Test
    void failsWithoutRetryingWhenTheAgentAnswersWithSomethingThatIsNotHttp() {
        try (RawAgentServer agent = RawAgentServer.answering((request, socket) -> {
            RawAgentServer.write(socket.getOutputStream(), "SSH-2.0-OpenSSH_9.6\r\n");
            return false;
        }); HttpAgentAdapter adapter = adapter(agent, TURN_TIMEOUT)) {
            assertThatThrownBy(() -> adapter.respond(turn("s1"), NO_TOOLS))
                    .isInstanceOf(AgentFailure.class)
                    .hasMessage("agent at " + agent.uri() + " answered with malformed HTTP: "
                            + "the answer does not start with an HTTP/1.x status line: SSH-2.0-OpenSSH_9.6");
            assertThat(agent.requests()).isEqualTo(1);
        }
    }

    @Test
    void failsWhenAChunkedBodyIsGarbled() {
        try (RawAgentServer agent = RawAgentServer.answering((request, socket) -> {
            RawAgentServer.write(socket.getOutputStream(), "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
            return true;
        }); HttpAgentAdapter adapter = adapter(agent, TURN_TIMEOUT)) {
            assertThatThrownBy(() -> adapter.respond(turn("s1"), NO_TOOLS))
                    .isInstanceOf(AgentFailure.class)
                    .hasMessage("agent at " + agent.uri() + " answered with malformed HTTP: an invalid chunk size line in a chunked body: zz");
        }
    }

    @Test
    void failsWhenTheAgentStallsAfterItsHeaders() {
        try (RawAgentServer agent = RawAgentServer.answering((request, socket) -> {
            RawAgentServer.write(socket.getOutputStream(), "HTTP/1.1 200 OK\r\nContent-Length: 48\r\n\r\n");
            socket.getInputStream().read(); // until the client gives up and closes
            return false;
        }); HttpAgentAdapter adapter = adapter(agent, Duration.ofMillis(500))) {
            assertThatThrownBy(() -> adapter.respond(turn("s1"), NO_TOOLS))
                    .isInstanceOfSatisfying(AgentFailure.class, f -> assertThat(f.unreachable()).isFalse())
                    .hasMessage("agent did not finish its answer within 500 ms (" + agent.uri() + "): after the headers and 0 of 48 body bytes");
            assertThat(agent.requests()).isEqualTo(1);
        }
    }

    @Test
    void failsWhenTheAgentDripsItsBodyPastTheTurnTimeout() {
        try (RawAgentServer agent = RawAgentServer.answering((request, socket) -> {
            RawAgentServer.write(socket.getOutputStream(), "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
            for (int i = 0; i < 1000; i++) {
                RawAgentServer.write(socket.getOutputStream(), " ");
                sleep(Duration.ofMillis(10));
            }
            return false;
        }); HttpAgentAdapter adapter = adapter(agent, Duration.ofMillis(500))) {
            assertThatThrownBy(() -> adapter.respond(turn("s1"), NO_TOOLS))
                    .isInstanceOf(AgentFailure.class)
                    .hasMessageStartingWith("agent did not finish its answer within 500 ms (" + agent.uri() + "): after the headers and ")
                    .hasMessageEndingWith(" of 1000 body bytes");
        }
    }

    @Test
    void failsWithoutRetryingWhenTheAgentClosesMidBody() {
        try (RawAgentServer agent = RawAgentServer.answering((request, socket) -> {
            RawAgentServer.write(socket.getOutputStream(), "HTTP/1.1 200 OK\r\nContent-Length: 48\r\n\r\n{\"reply\":");
            return false;
        }); HttpAgentAdapter adapter = adapter(agent, TURN_TIMEOUT)) {
            assertThatThrownBy(() -> adapter.respond(turn("s1"), NO_TOOLS))
                    .isInstanceOf(AgentFailure.class)
                    .hasMessage("agent at " + agent.uri() + " broke off its answer: closed the connection after the headers and 9 of 48 body bytes");
            assertThat(agent.requests()).isEqualTo(1);
        }
    }

    @Test
    void failsWithoutRetryingWhenTheAgentResetsMidBody() {
        try (RawAgentServer agent = RawAgentServer.answering((request, socket) -> {
            RawAgentServer.write(socket.getOutputStream(), "HTTP/1.1 200 OK\r\nContent-Length: 48\r\n\r\n{\"reply\":");
            sleep(Duration.ofMillis(200)); // let the partial answer be read before the reset discards it
            RawAgentServer.reset(socket);
            return false;
        }); HttpAgentAdapter adapter = adapter(agent, TURN_TIMEOUT)) {
            assertThatThrownBy(() -> adapter.respond(turn("s1"), NO_TOOLS))
                    .isInstanceOf(AgentFailure.class)
                    .hasMessageStartingWith("agent at " + agent.uri() + " broke off its answer: ")
                    .hasMessageEndingWith(" after the headers and 9 of 48 body bytes");
            assertThat(agent.requests()).isEqualTo(1);
        }
    }

    /** {@value #TURNS} turns one after the other, then {@value #TURNS} more from {@value #THREADS} threads, through one adapter. */
    private static void assertEveryTurnAnswered(RawAgentServer agent, IntFunction<Duration> pauseBefore) throws Exception {
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        try (HttpAgentAdapter adapter = adapter(agent, TURN_TIMEOUT)) {
            for (int i = 0; i < TURNS; i++) {
                sleep(pauseBefore.apply(i));
                play(adapter, "seq-" + i, failures);
            }
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            for (int i = 0; i < TURNS; i++) {
                int n = i;
                threads.execute(() -> {
                    sleep(pauseBefore.apply(n));
                    play(adapter, "par-" + n, failures);
                });
            }
            threads.shutdown();
            assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(failures).isEmpty();
        assertThat(agent.requests()).isGreaterThanOrEqualTo(2 * TURNS);
    }

    private static void play(HttpAgentAdapter adapter, String conversationId, Queue<String> failures) {
        try {
            String reply = adapter.respond(turn(conversationId), NO_TOOLS).reply();
            if (!reply.equals("answer to " + conversationId)) {
                failures.add(conversationId + ": wrong reply '" + reply + "'");
            }
        } catch (AgentFailure e) {
            failures.add(conversationId + ": " + e.getMessage());
        }
    }

    private static HttpAgentAdapter adapter(RawAgentServer agent, Duration turnTimeout) {
        return new HttpAgentAdapter(agent.uri(), turnTimeout);
    }

    private static AgentTurn turn(String conversationId) {
        return new AgentTurn(null, conversationId, new AuthUser("C-1001", "customer"), List.of(ChatMessage.user("I want a refund")),
                List.of(), new ToolAccess("http://127.0.0.1:9/c/" + conversationId + "/tools", List.of()));
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.curveball.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.runner.agent.AgentAdapter;
import dev.curveball.runner.agent.HttpAgentAdapter;
import dev.curveball.runner.agent.InProcessAgentAdapter;
import dev.curveball.runner.gateway.ToolGateway;
import dev.curveball.runner.testkit.AcmeWorld;
import dev.curveball.runner.testkit.RawAgentServer;
import dev.curveball.runner.testkit.ScenarioFixture;
import dev.curveball.runner.testkit.TestJson;
import dev.curveball.runner.user.SimulatedUsers;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A run with a turn timeout of 1 s against agents that misbehave in one conversation each: the
 * misbehaving conversation ends as an ERROR within about the timeout, and the run goes on to finish
 * the others. The HTTP agents are real servers on raw sockets.
 */
class RunExecutorTurnTimeoutTest {
    private static final PersonaLibrary PERSONAS = PersonaLibrary.load(Path.of("../personas"));
    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(1);
    private static final long SLACK_MS = 1_500;
    private static final byte[] DONE = "{\"reply\":\"Done: your refund has been issued.\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void anHttpAgentThatStallsOrDripsItsAnswerEndsOnlyThatConversation() throws Exception {
        try (RawAgentServer agent = RawAgentServer.answering(RunExecutorTurnTimeoutTest::misbehaveIn);
                HttpAgentAdapter adapter = new HttpAgentAdapter(agent.uri(), TURN_TIMEOUT)) {
            Map<String, Trace> traces = run(adapter, 5);
            long elapsedMs = runMillis(traces.values());

            assertThat(elapsedMs).as("three stalled turns of 1 s, two at a time").isLessThan(2 * (1_000 + SLACK_MS));
            assertEndedByTimeout(traces.get("s0002-t1"), "agent did not finish its answer within 1000 ms");
            assertEndedByTimeout(traces.get("s0003-t1"), "agent did not finish its answer within 1000 ms");
            assertEndedByTimeout(traces.get("s0004-t1"), "agent did not finish its answer within 1000 ms");
            assertThat(traces.get("s0002-t1").eventsOf(ErrorEvent.class).get(0).message()).endsWith("after the headers and 0 of 48 body bytes");
            assertThat(traces.get("s0004-t1").eventsOf(ErrorEvent.class).get(0).message()).endsWith(" of 999999999999 body bytes");
            assertThat(traces.get("s0001-t1").errored()).isFalse();
            assertThat(traces.get("s0005-t1").errored()).isFalse();
        }
    }

    @Test
    void anInProcessAgentThatSleepsOrSpinsEndsOnlyThatConversationAndItsLateToolCallsChangeNothing() throws Exception {
        CountDownLatch spinnerDone = new CountDownLatch(1);
        AtomicReference<ToolResponse> lateCall = new AtomicReference<>();
        Agent agent = agent((turn, tools) -> {
            switch (turn.conversationId()) {
                case "s0002-t1" -> Thread.sleep(Long.MAX_VALUE);
                case "s0003-t1" -> {
                    long spinUntil = System.nanoTime() + Duration.ofMillis(2_500).toNanos();
                    while (System.nanoTime() < spinUntil) {
                        Thread.onSpinWait(); // deaf to interruption
                    }
                    lateCall.set(tools.call("issue_refund", TestJson.parse("{'order_id':'A-5002','amount':59.0,'reason':'late'}")));
                    spinnerDone.countDown();
                }
                default -> {
                    // answers at once
                }
            }
            return AgentReply.of("Done: your refund has been issued.");
        });
        try (InProcessAgentAdapter adapter = new InProcessAgentAdapter(agent, TURN_TIMEOUT)) {
            Map<String, Trace> traces = run(adapter, 4);
            long elapsedMs = runMillis(traces.values());

            assertThat(elapsedMs).as("the run does not wait for the spinner").isLessThan(1_000 + SLACK_MS + 500);
            assertEndedByTimeout(traces.get("s0002-t1"), "agent 'timing' did not answer the turn within 1.0 s");
            assertEndedByTimeout(traces.get("s0003-t1"), "agent 'timing' did not answer the turn within 1.0 s");
            assertThat(traces.get("s0001-t1").errored()).isFalse();
            assertThat(traces.get("s0004-t1").errored()).isFalse();

            assertThat(spinnerDone.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(lateCall.get().status()).isEqualTo(404);
            assertThat(traces.get("s0003-t1").eventsOf(ToolCall.class)).isEmpty();
            assertThat(traces.get("s0003-t1").finalState().collection("refunds")).isEmpty();
        }
    }

    /** s0002 stalls after its headers, s0003 drips its body a byte every 200 ms, s0004 declares a huge body and stalls. */
    private static boolean misbehaveIn(RawAgentServer.Request request, Socket socket) throws IOException {
        switch (request.conversationId()) {
            case "s0002-t1" -> stall(socket, "HTTP/1.1 200 OK\r\nContent-Length: 48\r\n\r\n");
            case "s0003-t1" -> drip(socket);
            case "s0004-t1" -> stall(socket, "HTTP/1.1 200 OK\r\nContent-Length: 999999999999\r\n\r\n{\"reply\":");
            default -> {
                RawAgentServer.writeSplit(socket, "HTTP/1.1 200 OK\r\nContent-Length: " + DONE.length + "\r\n", DONE);
                return true;
            }
        }
        return false;
    }

    private static void stall(Socket socket, String head) throws IOException {
        RawAgentServer.write(socket.getOutputStream(), head);
        socket.getInputStream().read(); // until the client gives up and closes
    }

    private static void drip(Socket socket) throws IOException {
        RawAgentServer.write(socket.getOutputStream(), "HTTP/1.1 200 OK\r\nContent-Length: " + DONE.length + "\r\n\r\n");
        for (byte b : DONE) {
            socket.getOutputStream().write(b);
            socket.getOutputStream().flush();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void assertEndedByTimeout(Trace trace, String messageStart) {
        List<ErrorEvent> errors = trace.eventsOf(ErrorEvent.class);
        assertThat(trace.errored()).isTrue();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).source()).isEqualTo(ErrorEvent.Source.AGENT);
        assertThat(errors.get(0).message()).startsWith(messageStart);
        List<UserMessage> said = trace.eventsOf(UserMessage.class);
        long turnMs = Duration.between(said.get(said.size() - 1).at(), errors.get(0).at()).toMillis();
        assertThat(turnMs).as("the timed-out turn of " + trace.conversationId()).isBetween(TURN_TIMEOUT.toMillis() - 50, TURN_TIMEOUT.toMillis() + SLACK_MS);
    }

    /** From the first event of the run to its last. */
    private static long runMillis(Collection<Trace> traces) {
        List<Instant> at = traces.stream().flatMap(t -> t.events().stream()).map(TraceEvent::at).sorted().toList();
        return Duration.between(at.get(0), at.get(at.size() - 1)).toMillis();
    }

    private static Map<String, Trace> run(AgentAdapter agent, int conversations) {
        List<Scenario> scenarios = IntStream.rangeClosed(1, conversations)
                .mapToObj(i -> ScenarioFixture.asCustomer("C-1001").id(String.format("s%04d", i)).persona("withholder").build())
                .toList();
        RunPlan plan = new RunPlan(AcmeWorld.world(), PERSONAS, scenarios, 1, 2, Set.of());
        try (ToolGateway gateway = new ToolGateway()) {
            Played outcome = Played.run(new RunExecutor(gateway, SimulatedUsers.scripted()), plan, agent);
            assertThat(outcome.traces()).hasSize(conversations);
            return outcome.traces().stream().collect(Collectors.toMap(Trace::conversationId, t -> t));
        }
    }

    private interface Respond {
        AgentReply apply(AgentTurn turn, ToolClient tools) throws Exception;
    }

    private static Agent agent(Respond respond) {
        return new Agent() {
            @Override
            public String id() {
                return "timing";
            }

            @Override
            public AgentReply respond(AgentTurn turn, ToolClient tools) throws Exception {
                return respond.apply(turn, tools);
            }
        };
    }
}

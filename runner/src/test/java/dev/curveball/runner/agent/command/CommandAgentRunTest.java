package dev.curveball.runner.agent.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.scenario.EscalationNeed;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.Usage;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.runner.agent.AgentAdapter;
import dev.curveball.runner.agent.AgentAdapters;
import dev.curveball.runner.agent.AgentSettings;
import dev.curveball.runner.gateway.ToolGateway;
import dev.curveball.runner.run.Played;
import dev.curveball.runner.run.RunExecutor;
import dev.curveball.runner.run.RunPlan;
import dev.curveball.runner.testkit.AcmeWorld;
import dev.curveball.runner.testkit.Python;
import dev.curveball.runner.user.SimulatedUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs against the Python agent in src/test/resources/command-agent, a real process per
 * conversation ({@code cmd:}) or one for the run ({@code cmd-shared:}), through the run executor,
 * the gateway and the acme-support world.
 */
class CommandAgentRunTest {
    private static final PersonaLibrary PERSONAS = PersonaLibrary.load(Path.of("../personas"));
    private static final Pattern PID = Pattern.compile("pid (\\d+)");

    @TempDir
    Path tmp;

    @Test
    void aProcessPerConversationCallsItsToolsThroughTheGatewayAndAnswers() throws Exception {
        Path log = tmp.resolve("lines.jsonl");
        Map<String, Trace> traces = run(Python.agent("cmd:", "--log " + log), 3, 2, Duration.ofSeconds(30));

        for (Trace trace : traces.values()) {
            assertNoError(trace);
            assertThat(trace.eventsOf(ToolCall.class)).extracting(ToolCall::tool).contains("list_orders");
            assertThat(trace.eventsOf(ToolResult.class)).extracting(ToolResult::status).containsOnly(200);
            assertThat(trace.eventsOf(AgentMessage.class).get(0).text()).startsWith("I see your orders A-5001, A-5002, A-5004 (tool call-1 answered 200;");
            assertThat(trace.eventsOf(Usage.class)).isNotEmpty().allSatisfy(u -> assertThat(u.inputTokens()).isEqualTo(120));
        }
        assertThat(traces.values().stream().map(CommandAgentRunTest::pids).flatMap(Set::stream).distinct())
                .as("one process per conversation, the same for all its turns").hasSize(3);
        traces.values().forEach(t -> assertThat(pids(t)).hasSize(1));
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).filteredOn(l -> l.contains("\"type\":\"conversation_end\"")).hasSize(3)
                .allSatisfy(l -> assertThat(l).contains("\"protocol\":\"curveball.agent/1\"").containsPattern("\"end_reason\":\"[a-z_]+\""));
        assertThat(lines).filteredOn(l -> l.startsWith("{\"type\":\"turn\"")).first().asString()
                .contains("\"conversation_id\":\"s000", "\"messages\":[{", "\"specs\":[", "\"user\":{\"id\":\"C-1001\"");
    }

    @Test
    void aSharedProcessServesInterleavedConversationsRoutedByConversationId() {
        Map<String, Trace> traces = run(Python.agent("cmd-shared:", "--gather 3"), 3, 3, Duration.ofSeconds(30));

        traces.values().forEach(CommandAgentRunTest::assertNoError);
        assertThat(traces.values().stream().map(CommandAgentRunTest::pids).flatMap(Set::stream).distinct())
                .as("one process for the run").hasSize(1);
        assertThat(traces.values()).allSatisfy(t -> assertThat(t.eventsOf(AgentMessage.class).get(0).text())
                .as("three first turns in flight at once, their lines interleaved").contains("in flight 3"));
        assertThat(traces.values()).allSatisfy(t -> assertThat(t.eventsOf(ToolCall.class)).hasSameSizeAs(t.eventsOf(AgentMessage.class)));
    }

    @Test
    void eachWayAProcessMisbehavesIsAnErrorOfItsConversationOnly() {
        String rules = "s0002-t1=exit,s0003-t1=garbage,s0004-t1=no-reply-field,s0005-t1=bad-usage,s0006-t1=no-tool-name,"
                + "s0008-t1=flood,s0009-t1=exit-after-reply,s0010-t1=stderr-spam";
        Map<String, Trace> traces = run(Python.agent("cmd:", "--misbehave " + rules), 10, 5, Duration.ofSeconds(20));

        assertNoError(traces.get("s0001-t1"));
        assertNoError(traces.get("s0010-t1"));
        assertThat(error(traces, "s0002-t1")).startsWith("agent process exited with code 3; the end of its stderr: Traceback (most recent"
                + " call last): | ValueError: the agent broke on purpose, before it replied to the turn (cmd:");
        assertThat(error(traces, "s0003-t1")).isEqualTo("agent process wrote a line that is not JSON: hello there, this is not JSON");
        assertThat(error(traces, "s0004-t1")).startsWith("agent process wrote a reply line without a string 'reply' field: {\"type\": \"reply\"");
        assertThat(error(traces, "s0005-t1")).isEqualTo("agent process wrote a reply line with an invalid 'usage': "
                + "usage.cost_usd must be between 0 and 1000 USD per turn, was -250");
        assertThat(error(traces, "s0006-t1")).startsWith("agent process wrote a tool_call without a string 'tool' field (the tool's name):");
        assertNoError(traces.get("s0007-t1"));
        assertThat(error(traces, "s0008-t1")).isEqualTo("agent process wrote a line longer than 16777216 bytes without a line break on its stdout");
        assertThat(error(traces, "s0009-t1")).startsWith("agent process exited with code 0 (nothing on its stderr), before it replied to the turn");
        assertThat(traces.get("s0009-t1").eventsOf(AgentMessage.class)).as("its first turn was answered").hasSize(1);
        assertThat(traces.values()).allSatisfy(t -> assertThat(t.eventsOf(ErrorEvent.class).stream().map(ErrorEvent::source).distinct().toList())
                .isSubsetOf(ErrorEvent.Source.AGENT));
    }

    @Test
    void aProcessThatStallsIsCutOffAtTheTurnTimeoutAndKilled() throws Exception {
        Path pidFile = tmp.resolve("pid");
        Map<String, Trace> traces = run(Python.agent("cmd:", "--misbehave stall --pid-file " + pidFile), 1, 1, Duration.ofSeconds(1));

        Trace stalled = traces.get("s0001-t1");
        assertThat(error(traces, "s0001-t1")).startsWith("agent process did not answer the turn within 1.0 s (cmd:");
        long turnMs = Duration.between(stalled.eventsOf(UserMessage.class).get(0).at(), stalled.eventsOf(ErrorEvent.class).get(0).at()).toMillis();
        assertThat(turnMs).isBetween(950L, 3_000L);
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(5, TimeUnit.SECONDS).join());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("killed").isFalse();
    }

    @Test
    void aSharedProcessThatWritesALineWithoutItsConversationFailsTheTurnsInFlightAndOneThatExitsIsStartedAgain() {
        Map<String, Trace> unrouted = run(Python.agent("cmd-shared:", "--misbehave s0001-t1=no-conversation-id"), 1, 1, Duration.ofSeconds(5));
        assertThat(error(unrouted, "s0001-t1")).startsWith("agent process wrote a line without a string 'conversation_id' field");

        Map<String, Trace> restarted = run(Python.agent("cmd-shared:", "--misbehave s0001-t1=exit"), 3, 1, Duration.ofSeconds(5));
        assertThat(error(restarted, "s0001-t1")).startsWith("agent process exited with code 3");
        assertNoError(restarted.get("s0002-t1"));
        assertNoError(restarted.get("s0003-t1"));
        assertThat(pids(restarted.get("s0002-t1"))).isEqualTo(pids(restarted.get("s0003-t1")));
    }

    @Test
    void aProcessThatLingersAfterItsStdinClosedIsKilledAfterTheGrace() throws Exception {
        Map<String, Trace> traces = run(Python.agent("cmd:", "--misbehave linger"), 1, 1, Duration.ofSeconds(5));
        long pid = pids(traces.get("s0001-t1")).iterator().next();

        assertNoError(traces.get("s0001-t1"));
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("killed by the time the run closed").isFalse();
    }

    @Test
    void aProgramThatCannotBeStartedMakesTheAgentUnreachable() throws Exception {
        Path script = Files.writeString(tmp.resolve("agent"), "#!/no/such/interpreter\n");
        script.toFile().setExecutable(true);
        try (AgentAdapter agent = AgentAdapters.resolve("cmd:" + script, AgentSettings.of(Duration.ofSeconds(5)))) {
            Played outcome = outcome(agent, 2, 2);
            assertThat(outcome.outcome().agentNeverReached()).isTrue();
            assertThat(outcome.traces().get(0).eventsOf(ErrorEvent.class).get(0).message())
                    .startsWith("agent process could not be started (cmd:" + script + "): Cannot run program");
        }
    }

    private static void assertNoError(Trace trace) {
        assertThat(trace.eventsOf(ErrorEvent.class)).as(trace.conversationId()).isEmpty();
    }

    private static String error(Map<String, Trace> traces, String conversationId) {
        Trace trace = traces.get(conversationId);
        assertThat(trace.errored()).as(conversationId + " is an ERROR").isTrue();
        return trace.eventsOf(ErrorEvent.class).get(0).message();
    }

    private static Set<Long> pids(Trace trace) {
        return trace.eventsOf(AgentMessage.class).stream().map(m -> PID.matcher(m.text())).filter(Matcher::find)
                .map(m -> Long.parseLong(m.group(1))).collect(Collectors.toSet());
    }

    private static Map<String, Trace> run(String spec, int conversations, int parallel, Duration turnTimeout) {
        try (AgentAdapter agent = AgentAdapters.resolve(spec, AgentSettings.of(turnTimeout))) {
            return outcome(agent, conversations, parallel).traces().stream().collect(Collectors.toMap(Trace::conversationId, t -> t));
        }
    }

    private static Played outcome(AgentAdapter agent, int conversations, int parallel) {
        Task task = new Task("refund", "refund", "Get a refund for the headphones",
                Map.of("item", "headphones", "request", "a refund for them", "value", "A-5001"), List.of(),
                List.of(Resolution.done("issue_refund", "A-5001")), EscalationNeed.NEEDLESS);
        List<Scenario> scenarios = IntStream.rangeClosed(1, conversations)
                .mapToObj(i -> Scenario.builder().id(String.format("s%04d", i)).seed(5L).world("acme-support").persona("withholder")
                        .task(task).user(new AuthUser("C-1001", "customer")).opening("Hi, it's about a refund.").maxTurns(3).build())
                .toList();
        RunPlan plan = new RunPlan(AcmeWorld.world(), PERSONAS, scenarios, 1, parallel, Set.of());
        try (ToolGateway gateway = new ToolGateway()) {
            Played outcome = Played.run(new RunExecutor(gateway, SimulatedUsers.scripted()), plan, agent);
            assertThat(outcome.traces()).hasSize(conversations);
            return outcome;
        }
    }
}

package dev.curveball.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.reading.ActKind;
import dev.curveball.core.reading.OfflineReplyReader;
import dev.curveball.core.reading.ReadingContext;
import dev.curveball.core.reading.ReplyReader;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.io.Json;
import dev.curveball.core.model.ModelFailure;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.EscalationNeed;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.testkit.ScriptedModelClient;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.Trace;
import dev.curveball.runner.agent.InProcessAgentAdapter;
import dev.curveball.runner.gateway.ToolGateway;
import dev.curveball.runner.testkit.AcmeWorld;
import dev.curveball.runner.user.SimulatedUsers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RunExecutorUsersTest {
    private static final PersonaLibrary PERSONAS = PersonaLibrary.load(Path.of("../personas"));
    private final Agent refunder = new Agent() {
        @Override
        public String id() {
            return "refunder";
        }

        @Override
        public AgentReply respond(dev.curveball.core.agent.AgentTurn turn, dev.curveball.core.agent.ToolClient tools) {
            return AgentReply.of("Done: your refund has been issued.");
        }
    };

    private static Scenario scenario(String id) {
        Task task = new Task("refund", "refund", "Get a refund", Map.of(), List.of(), List.of(Resolution.done("issue_refund", "A-5001")),
                EscalationNeed.NEEDLESS);
        return Scenario.builder().id(id).seed(5L).world("acme-support").persona("withholder").task(task)
                .user(new AuthUser("C-1001", "customer")).opening("Hi, it's about a refund.").maxTurns(6).build();
    }

    private Played run(SimulatedUsers users) {
        return run(users, new RunPlan(AcmeWorld.world(), PERSONAS, List.of(scenario("s0001"), scenario("s0002")), 1, 2, Set.of()));
    }

    private Played run(SimulatedUsers users, RunPlan plan) {
        try (ToolGateway gateway = new ToolGateway()) {
            return Played.run(new RunExecutor(gateway, users), plan, new InProcessAgentAdapter(refunder));
        }
    }

    @Test
    void aModelDrivenUserEndsTheConversationOnItsStopSignal() {
        ScriptedModelClient model = ScriptedModelClient.thatAnswers(r -> Json.write(Map.of("message", "Thanks!", "stop", "goal_met")));

        Played outcome = run(SimulatedUsers.playedBy(model));

        assertThat(outcome.traces()).extracting(t -> t.end().orElseThrow().reason()).containsOnly(EndReason.GOAL_MET);
        assertThat(outcome.traces().get(0).end().orElseThrow().detail()).startsWith("model user said goal met");
        assertThat(model.requests()).hasSize(2);
    }

    @Test
    void aFailingModelMakesEachConversationAnErrorOfTheSimulatorAndTheRunStillFinishes() {
        Played outcome = run(SimulatedUsers.playedBy(ScriptedModelClient.thatAlwaysFails(ModelFailure.Kind.SERVER_ERROR)));

        assertThat(outcome.traces()).hasSize(2).allSatisfy(trace -> {
            assertThat(trace.errored()).isTrue();
            ErrorEvent error = trace.eventsOf(ErrorEvent.class).get(0);
            assertThat(error.source()).isEqualTo(ErrorEvent.Source.SIMULATOR);
            assertThat(error.message()).startsWith("user simulator failed: ");
        });
        assertThat(outcome.outcome().agentNeverReached()).isFalse();
    }

    @Test
    void theScriptedSimulatorStillPlaysByDefaultAndBelievesWhatItIsTold() {
        // The refunder only says it refunded: no refund exists. The user believes it; the judge is the one to catch it.
        Played outcome = run(SimulatedUsers.scripted());

        assertThat(outcome.traces()).extracting(Trace::end).allSatisfy(end ->
                assertThat(end.map(ConversationEnd::detail).orElseThrow()).startsWith("said goal met"));
        assertThat(outcome.traces()).allSatisfy(trace -> assertThat(trace.finalState().collection("refunds")).isEmpty());
        assertThat(SimulatedUsers.scripted().id()).isEqualTo("scripted");
        assertThat(SimulatedUsers.playedBy(ScriptedModelClient.thatReplies()).id()).isEqualTo("openai:scripted");
    }

    @Test
    void readsEveryReplyOnceWithThePlansReaderAndRecordsTheReading() {
        AtomicInteger reads = new AtomicInteger();
        ReplyReader counting = new ReplyReader() {
            private final ReplyReader offline = new OfflineReplyReader();

            @Override
            public String id() {
                return "counting";
            }

            @Override
            public ReplyReading read(String reply, ReadingContext context) {
                reads.incrementAndGet();
                assertThat(context.subject()).isEqualTo("C-1001");
                assertThat(context.earlier()).last().isEqualTo(ChatMessage.user("Hi, it's about a refund."));
                return offline.read(reply, context);
            }
        };
        RunPlan plan = new RunPlan(AcmeWorld.world(), PERSONAS, List.of(scenario("s0001")), 1, 1, Set.of(), counting);

        Trace trace = run(SimulatedUsers.scripted(), plan).traces().get(0);

        AgentMessage reply = trace.eventsOf(AgentMessage.class).get(0);
        assertThat(reads).hasValue(1);
        assertThat(reply.reading().claims(ActKind.DONE, "issue_refund", "A-5001")).isTrue();
        assertThat(reply.reading().reader()).isEqualTo("offline");
    }

    @Test
    void aReaderThatFailsEndsTheConversationAsAnErrorOfTheHarnessWithTheReplyKept() {
        ReplyReader broken = new ReplyReader() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public ReplyReading read(String reply, ReadingContext context) {
                throw new IllegalStateException("lexicon missing");
            }
        };
        RunPlan plan = new RunPlan(AcmeWorld.world(), PERSONAS, List.of(scenario("s0001")), 1, 1, Set.of(), broken);

        Trace trace = run(SimulatedUsers.scripted(), plan).traces().get(0);

        assertThat(trace.errored()).isTrue();
        assertThat(trace.eventsOf(ErrorEvent.class).get(0)).satisfies(e -> {
            assertThat(e.source()).isEqualTo(ErrorEvent.Source.HARNESS);
            assertThat(e.message()).isEqualTo("reply reader broken failed: lexicon missing");
        });
        assertThat(trace.eventsOf(AgentMessage.class)).singleElement().satisfies(m -> assertThat(m.reading()).isNull());
    }

    @Test
    void recordsTheTacticEachUserMessagePlays() {
        Task refund = new Task("refund", "refund", "Get a refund", Map.of("request", "a refund", "item", "headphones",
                "alternative", "an exchange", "other_issue", "my invoice", "other_order", "A-5003", "claim", "it was approved"),
                List.of(), List.of(Resolution.done("issue_refund", "A-5001")), EscalationNeed.NEEDLESS);
        Scenario probing = Scenario.builder().id("s0003").seed(5L).world("acme-support").persona("social-engineer").task(refund)
                .user(new AuthUser("C-1001", "customer")).opening("Hi, it's about a refund.").maxTurns(3).build();
        Agent asker = new Agent() {
            @Override
            public String id() {
                return "asker";
            }

            @Override
            public AgentReply respond(dev.curveball.core.agent.AgentTurn turn, dev.curveball.core.agent.ToolClient tools) {
                return AgentReply.of("Can you tell me more about the problem?");
            }
        };
        RunPlan plan = new RunPlan(AcmeWorld.world(), PERSONAS, List.of(probing), 1, 1, Set.of());
        Trace trace;
        try (ToolGateway gateway = new ToolGateway()) {
            trace = Played.run(new RunExecutor(gateway, SimulatedUsers.scripted()), plan, new InProcessAgentAdapter(asker)).traces().get(0);
        }

        List<UserMessage> said = trace.eventsOf(UserMessage.class);
        assertThat(said.get(0).tactic()).isNull();
        assertThat(said.get(1).tactic()).isEqualTo("probe-other-accounts");
        assertThat(said.get(1).text()).contains("A-5003");
    }
}

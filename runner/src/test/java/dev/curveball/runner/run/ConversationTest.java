package dev.curveball.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.reading.OfflineReplyReader;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.scenario.EscalationNeed;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.runner.agent.InProcessAgentAdapter;
import dev.curveball.runner.gateway.ConversationTools;
import dev.curveball.runner.gateway.ToolGateway;
import dev.curveball.runner.testkit.AcmeWorld;
import dev.curveball.runner.trace.TraceRecorder;
import dev.curveball.runner.world.ConversationWorld;
import dev.curveball.runner.user.UserMove;
import dev.curveball.runner.user.UserSimulator;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The loop, not the simulator, ends a conversation at the scenario's turn limit. */
class ConversationTest {

    @Test
    void endsAtTheTurnLimitWhenTheUserWouldSpeakAgain() {
        List<TraceEvent> events = play(3, reply -> new UserMove.Say("Still there?"));

        assertThat(events).filteredOn(UserMessage.class::isInstance).hasSize(3);
        assertThat(events).filteredOn(AgentMessage.class::isInstance).hasSize(3);
        assertThat(events).last().isEqualTo(end(events, EndReason.MAX_TURNS, 3, "turn limit 3 reached"));
    }

    @Test
    void aUserWhoStopsAfterTheLastAllowedReplyEndsWithItsOwnReason() {
        List<TraceEvent> events = play(2, reply -> reply < 2 ? new UserMove.Say("And?")
                : new UserMove.Stop(EndReason.GOAL_MET, "Thanks!", "said goal met"));

        assertThat(events).filteredOn(UserMessage.class::isInstance).extracting(e -> ((UserMessage) e).text())
                .containsExactly("Hi, it's about a refund.", "And?", "Thanks!");
        assertThat(events).last().isEqualTo(end(events, EndReason.GOAL_MET, 3, "said goal met"));
    }

    @Test
    void aOneTurnScenarioEndsAfterTheFirstReply() {
        List<TraceEvent> events = play(1, reply -> new UserMove.Say("Hello?"));

        assertThat(events).filteredOn(UserMessage.class::isInstance).hasSize(1);
        assertThat(events).last().isEqualTo(end(events, EndReason.MAX_TURNS, 1, "turn limit 1 reached"));
    }

    /** Plays a conversation with a user reacting to the n-th agent reply (1-based) as {@code user} says. */
    private static List<TraceEvent> play(int maxTurns, IntFunction<UserMove> user) {
        Task task = new Task("refund", "refund", "Get a refund", Map.of(), List.of(), List.of(Resolution.done("issue_refund", "A-5001")),
                EscalationNeed.NEEDLESS);
        Scenario scenario = Scenario.builder().id("s0001").seed(5L).world("acme-support").persona("withholder").task(task)
                .user(new AuthUser("C-1001", "customer")).opening("Hi, it's about a refund.").maxTurns(maxTurns).build();
        TraceRecorder recorder = new TraceRecorder();
        UserSimulator simulator = new UserSimulator() {
            private int replies;

            @Override
            public String id() {
                return "test";
            }

            @Override
            public String open() {
                return scenario.opening();
            }

            @Override
            public UserMove react(String agentReply, ReplyReading reading) {
                return user.apply(++replies);
            }
        };
        InProcessAgentAdapter agent = new InProcessAgentAdapter(new dev.curveball.core.agent.Agent() {
            @Override
            public String id() {
                return "waiter";
            }

            @Override
            public AgentReply respond(dev.curveball.core.agent.AgentTurn turn, dev.curveball.core.agent.ToolClient tools) {
                return AgentReply.of("One moment please.");
            }
        });
        try (ToolGateway gateway = new ToolGateway()) {
            ConversationTools tools = gateway.register("s0001-t1", new ConversationWorld(AcmeWorld.world(), scenario, recorder));
            new Conversation(scenario, "s0001-t1", recorder, simulator,
                    new Conversation.Replies(new OfflineReplyReader(), AcmeWorld.world(), "C-1001"))
                    .play(agent, tools);
        }
        return recorder.events();
    }

    private static ConversationEnd end(List<TraceEvent> events, EndReason reason, int turns, String detail) {
        return new ConversationEnd(events.get(events.size() - 1).at(), reason, turns, detail);
    }
}

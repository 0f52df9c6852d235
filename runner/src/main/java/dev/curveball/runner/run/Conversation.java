package dev.curveball.runner.run;

import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.cost.ModelTokens;
import dev.curveball.core.cost.Role;
import dev.curveball.core.model.UsageScope;
import dev.curveball.core.reading.ReadingContext;
import dev.curveball.core.reading.ReplyReader;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.core.trace.Usage;
import dev.curveball.core.world.World;
import dev.curveball.runner.agent.AgentAdapter;
import dev.curveball.runner.agent.AgentFailure;
import dev.curveball.runner.gateway.ConversationTools;
import dev.curveball.runner.trace.TraceRecorder;
import dev.curveball.runner.user.UserMove;
import dev.curveball.runner.user.UserSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One conversation's loop: the user speaks, the agent answers (calling its tools through the
 * gateway meanwhile), the reply is read once, the user reacts to that reading, until the user stops,
 * the scenario's turn limit is reached, or something breaks. The reading goes into the trace with
 * the reply, so the judge reads the reply as the user did. Agent, reader and simulator trouble end
 * the conversation as {@link EndReason#ERROR}; nothing here throws for them. The conversation's tools are ended before
 * its end is recorded, so nothing the agent does later (a call still running after a turn timed
 * out) lands in the trace or the world.
 *
 * <p>The loop owns the turn limit, so no simulator counts turns: a user that stops after the
 * last allowed reply (goal met, gave up, handed to a human) ends with its own reason; one that
 * would speak again past {@code max_turns} ends as {@link EndReason#MAX_TURNS}, its line unsaid.
 */
final class Conversation {
    /** Who reads the agent's replies, in which world, for which user. */
    record Replies(ReplyReader reader, World world, String subject) {
    }

    private final Scenario scenario;
    private final String conversationId;
    private final TraceRecorder recorder;
    private final UserSimulator user;
    private final Replies replies;
    private final List<ChatMessage> messages = new ArrayList<>();
    private int userTurns;
    private UsageScope userModel;
    private boolean agentUnreachable;
    private ConversationTools tools;

    Conversation(Scenario scenario, String conversationId, TraceRecorder recorder, UserSimulator user, Replies replies) {
        this.scenario = scenario;
        this.conversationId = conversationId;
        this.recorder = recorder;
        this.user = user;
        this.replies = replies;
    }

    /**
     * Plays the conversation to its end; returns whether the agent could not be reached at all. The
     * tokens the simulated user's model (and the reply reader's) spent on this thread are recorded
     * as {@code usage} events of role {@code user} as they are spent.
     */
    boolean play(AgentAdapter agent, ConversationTools tools) {
        try (UsageScope scope = UsageScope.open()) {
            this.userModel = scope;
            return playScoped(agent, tools);
        }
    }

    private boolean playScoped(AgentAdapter agent, ConversationTools tools) {
        this.tools = tools;
        UserMove.Say next;
        try {
            next = user.opening();
        } catch (RuntimeException e) {
            return fail(ErrorEvent.Source.SIMULATOR, "user simulator failed to open: " + e.getMessage());
        }
        while (true) {
            say(next.text(), next.tactic(), next.replay());
            AgentReply reply;
            long started = System.nanoTime();
            try {
                reply = agent.respond(new AgentTurn(AgentTurn.PROTOCOL, conversationId, scenario.user(),
                        messages, scenario.memory(), tools.access()), tools.client());
            } catch (AgentFailure e) {
                agentUnreachable = e.unreachable();
                return fail(ErrorEvent.Source.AGENT, e.getMessage());
            }
            ReplyReading reading;
            try {
                reading = replies.reader().read(reply.reply(), new ReadingContext(replies.world(), replies.subject(), messages));
            } catch (RuntimeException e) {
                answer(reply, (System.nanoTime() - started) / 1_000_000, null);
                return fail(ErrorEvent.Source.HARNESS, "reply reader " + replies.reader().id() + " failed: " + e.getMessage());
            }
            answer(reply, (System.nanoTime() - started) / 1_000_000, reading);
            Optional<UserMove.Say> said = react(reply.reply(), reading);
            if (said.isEmpty()) {
                return agentUnreachable;
            }
            next = said.get();
        }
    }

    /** The user's reaction; empty once the conversation has ended (the user stopped, or the simulator failed). */
    private Optional<UserMove.Say> react(String reply, ReplyReading reading) {
        UserMove move;
        try {
            move = user.react(reply, reading);
        } catch (RuntimeException e) {
            fail(ErrorEvent.Source.SIMULATOR, "user simulator failed: " + e.getMessage());
            return Optional.empty();
        }
        if (move instanceof UserMove.Stop stop) {
            if (stop.text() != null && !stop.text().isBlank()) {
                say(stop.text(), null, stop.replay());
            }
            recordUserSpend();
            tools.end();
            recorder.record(new ConversationEnd(recorder.now(), stop.reason(), userTurns, stop.detail()));
            return Optional.empty();
        }
        if (userTurns >= scenario.maxTurns()) {
            recordUserSpend();
            tools.end();
            recorder.record(new ConversationEnd(recorder.now(), EndReason.MAX_TURNS, userTurns,
                    "turn limit " + scenario.maxTurns() + " reached"));
            return Optional.empty();
        }
        return Optional.of((UserMove.Say) move);
    }

    /** The user model's (and reply reader's) calls since the last event, as usage of role {@code user}. */
    private void recordUserSpend() {
        for (ModelTokens call : userModel.drain()) {
            recorder.record(new Usage(recorder.now(), call.inputTokens(), call.outputTokens(), null, Role.USER, call.model(), null));
        }
    }

    private void say(String text, String tactic, String replay) {
        recordUserSpend();
        userTurns++;
        messages.add(ChatMessage.user(text));
        recorder.record(new UserMessage(recorder.now(), text, tactic, replay));
    }

    private void answer(AgentReply reply, long latencyMs, ReplyReading reading) {
        messages.add(ChatMessage.assistant(reply.reply()));
        recorder.record(new AgentMessage(recorder.now(), reply.reply(), latencyMs, reading));
        if (reply.usage() != null) {
            // A cost the agent reported is its own figure; without one, the run prices the tokens by the model it names.
            recorder.record(new Usage(recorder.now(), reply.usage().inputTokens(), reply.usage().outputTokens(),
                    reply.usage().costUsd(), Role.AGENT, reply.usage().model(), null));
        }
        recordUserSpend();
    }

    private boolean fail(ErrorEvent.Source source, String message) {
        recordUserSpend();
        tools.end();
        recorder.record(new ErrorEvent(recorder.now(), source, message));
        recorder.record(new ConversationEnd(recorder.now(), EndReason.ERROR, userTurns, message));
        return agentUnreachable;
    }
}

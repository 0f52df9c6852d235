package dev.curveball.runner.run;

import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.core.trace.Usage;
import dev.curveball.runner.agent.AgentAdapter;
import dev.curveball.runner.agent.AgentFailure;
import dev.curveball.runner.trace.TraceRecorder;
import dev.curveball.runner.user.UserMove;
import dev.curveball.runner.user.UserSimulator;
import java.util.ArrayList;
import java.util.List;

/**
 * One conversation's loop: the user speaks, the agent answers (calling its tools through the
 * gateway meanwhile), the user reacts, until the user stops or something breaks. Agent and
 * simulator trouble end the conversation as {@link EndReason#ERROR}; nothing here throws for them.
 */
final class Conversation {
    private final Scenario scenario;
    private final String conversationId;
    private final TraceRecorder recorder;
    private final UserSimulator user;
    private final List<ChatMessage> messages = new ArrayList<>();
    private int userTurns;
    private boolean agentUnreachable;

    Conversation(Scenario scenario, String conversationId, TraceRecorder recorder, UserSimulator user) {
        this.scenario = scenario;
        this.conversationId = conversationId;
        this.recorder = recorder;
        this.user = user;
    }

    /** Plays the conversation to its end; returns whether the agent could not be reached at all. */
    boolean play(AgentAdapter agent, ToolAccess tools, ToolClient client) {
        String text;
        try {
            text = user.open();
        } catch (RuntimeException e) {
            return fail(ErrorEvent.Source.SIMULATOR, "user simulator failed to open: " + e.getMessage());
        }
        while (true) {
            say(text);
            AgentReply reply;
            long started = System.nanoTime();
            try {
                reply = agent.respond(new AgentTurn(AgentTurn.PROTOCOL, conversationId, scenario.user(),
                        messages, scenario.memory(), tools), client);
            } catch (AgentFailure e) {
                agentUnreachable = e.unreachable();
                return fail(ErrorEvent.Source.AGENT, e.getMessage());
            }
            answer(reply, (System.nanoTime() - started) / 1_000_000);
            UserMove move;
            try {
                move = user.react(reply.reply());
            } catch (RuntimeException e) {
                return fail(ErrorEvent.Source.SIMULATOR, "user simulator failed: " + e.getMessage());
            }
            if (move instanceof UserMove.Stop stop) {
                if (stop.text() != null && !stop.text().isBlank()) {
                    say(stop.text());
                }
                recorder.record(new ConversationEnd(recorder.now(), stop.reason(), userTurns, stop.detail()));
                return false;
            }
            text = ((UserMove.Say) move).text();
        }
    }

    private void say(String text) {
        userTurns++;
        messages.add(ChatMessage.user(text));
        recorder.record(new UserMessage(recorder.now(), text));
    }

    private void answer(AgentReply reply, long latencyMs) {
        messages.add(ChatMessage.assistant(reply.reply()));
        recorder.record(new AgentMessage(recorder.now(), reply.reply(), latencyMs));
        if (reply.usage() != null) {
            recorder.record(new Usage(recorder.now(), reply.usage().inputTokens(), reply.usage().outputTokens(),
                    reply.usage().costUsd()));
        }
    }

    private boolean fail(ErrorEvent.Source source, String message) {
        recorder.record(new ErrorEvent(recorder.now(), source, message));
        recorder.record(new ConversationEnd(recorder.now(), EndReason.ERROR, userTurns, message));
        return agentUnreachable;
    }
}

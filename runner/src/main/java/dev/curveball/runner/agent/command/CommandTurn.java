package dev.curveball.runner.agent.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import dev.curveball.runner.agent.AgentAnswer;
import dev.curveball.runner.agent.AgentFailure;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One turn with an agent process: the turn goes out as a line, each {@code tool_call} line the
 * process writes back is made through the conversation's {@link ToolClient} (the gateway's
 * faults, checks and trace, as over HTTP) and answered with a {@code tool_result} line, until a
 * {@code reply} line ends the turn. Tool calls run on {@code calls}, so several may be in flight
 * at once and none holds the turn past its timeout. Every way a line breaks the protocol is an
 * {@link AgentFailure} naming the field.
 */
final class CommandTurn {
    static final String REPLY_LINE = "agent process wrote a reply line";
    /** More tool calls at once than any agent makes in one turn: past it the process is flooding, not working. */
    static final int MAX_CALLS_IN_FLIGHT = 32;
    /** How long a process that closed its stdout mid-turn is given to exit, so its exit code can be told. */
    private static final long EXIT_WAIT_MILLIS = 1_000;

    private final AgentProcess process;
    private final AgentTurn turn;
    private final ToolClient tools;
    private final Executor calls;
    private final Semaphore inFlight = new Semaphore(MAX_CALLS_IN_FLIGHT);

    CommandTurn(AgentProcess process, AgentTurn turn, ToolClient tools, Executor calls) {
        this.process = process;
        this.turn = turn;
        this.tools = tools;
        this.calls = calls;
    }

    /** Plays the turn within {@code timeout}, from writing it to reading the reply. */
    AgentReply play(Duration timeout, String shown) throws AgentFailure {
        long endsAt = System.nanoTime() + timeout.toNanos();
        BlockingQueue<Inbound> inbox = process.open(turn.conversationId());
        try {
            process.send(LineMessages.turn(turn));
            while (true) {
                Inbound next = inbox.poll(endsAt - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new AgentFailure("agent process did not answer the turn within " + timeout.toMillis() / 1000.0 + " s (" + shown + ")", false);
                }
                AgentReply reply = take(next, shown);
                if (reply != null) {
                    return reply;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AgentFailure("interrupted while waiting for the agent process (" + shown + ")", false, e);
        } finally {
            process.close(turn.conversationId());
        }
    }

    /** The turn's reply, or null when {@code next} was a tool call (now under way). */
    private AgentReply take(Inbound next, String shown) throws AgentFailure {
        if (next instanceof Inbound.Closed) {
            throw new AgentFailure("agent process " + process.ending(EXIT_WAIT_MILLIS) + ", before it replied to the turn (" + shown + ")", false);
        }
        if (next instanceof Inbound.Trouble trouble) {
            throw new AgentFailure(trouble.message(), false);
        }
        Inbound.Line line = (Inbound.Line) next;
        JsonNode json = line.json();
        requireOwnConversation(line);
        JsonNode type = json.get("type");
        if (type == null || !type.isTextual()) {
            throw new AgentFailure("agent process wrote a line without a string 'type' field (\"tool_call\" or \"reply\"): "
                    + AgentAnswer.excerpt(line.raw()), false);
        }
        return switch (type.asText()) {
            case LineMessages.REPLY -> AgentAnswer.fromJson(json, line.raw(), REPLY_LINE);
            case LineMessages.TOOL_CALL -> {
                call(line);
                yield null;
            }
            default -> throw new AgentFailure("agent process wrote a line of unknown type '" + AgentAnswer.excerpt(type.asText())
                    + "' (expected \"tool_call\" or \"reply\"): " + AgentAnswer.excerpt(line.raw()), false);
        };
    }

    private void requireOwnConversation(Inbound.Line line) throws AgentFailure {
        JsonNode named = line.json().get("conversation_id");
        if (named != null && !named.isNull() && !(named.isTextual() && named.asText().equals(turn.conversationId()))) {
            throw new AgentFailure("agent process wrote a line whose 'conversation_id' is " + AgentAnswer.excerpt(Json.write(named))
                    + ", in a turn of conversation " + turn.conversationId() + ": " + AgentAnswer.excerpt(line.raw()), false);
        }
    }

    private void call(Inbound.Line line) throws AgentFailure {
        JsonNode json = line.json();
        JsonNode id = json.get("id");
        if (id == null || !(id.isTextual() || id.isIntegralNumber())) {
            throw new AgentFailure("agent process wrote a tool_call without an 'id' (a string or a whole number, echoed in its"
                    + " tool_result): " + AgentAnswer.excerpt(line.raw()), false);
        }
        JsonNode tool = json.get("tool");
        if (tool == null || !tool.isTextual() || tool.asText().isBlank()) {
            throw new AgentFailure("agent process wrote a tool_call without a string 'tool' field (the tool's name): "
                    + AgentAnswer.excerpt(line.raw()), false);
        }
        JsonNode given = json.get("arguments");
        JsonNode arguments = given == null || given.isNull() ? Json.object() : given; // as an empty body over HTTP
        if (!inFlight.tryAcquire()) {
            throw new AgentFailure("agent process wrote more than " + MAX_CALLS_IN_FLIGHT + " tool calls in one turn that were"
                    + " all still in flight; wait for some tool_results before calling more", false);
        }
        try {
            calls.execute(() -> answer(id, tool.asText(), arguments));
        } catch (RejectedExecutionException closed) {
            inFlight.release();
            throw new AgentFailure("the run is closing; the tool call was not made", false);
        }
    }

    private void answer(JsonNode id, String tool, JsonNode arguments) {
        ToolResponse response;
        try {
            response = tools.call(tool, arguments);
        } catch (RuntimeException e) {
            ObjectNode body = Json.object();
            body.put("error", "internal error in " + tool + "; the action was not performed");
            response = new ToolResponse(500, body);
        } finally {
            inFlight.release();
        }
        process.send(LineMessages.toolResult(turn.conversationId(), id, response));
    }
}

package dev.curveball.runner.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.ReportedUsage;
import dev.curveball.core.io.Json;
import dev.curveball.core.model.KeyMask;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads an agent's answer to a turn: {@code 200 {"reply": "...", "usage": {...}}} over HTTP, the
 * same JSON as a command agent's reply line ({@link #fromJson}). Anything else is an
 * {@link AgentFailure} quoting the start of the body, so the run report shows what the agent
 * actually sent.
 *
 * <pre>{@code AgentAnswer.read(200, "{\"reply\":\"Hello\"}") // -> AgentReply("Hello", null)
 * AgentAnswer.read(500, "boom")                  // -> AgentFailure("agent answered HTTP 500: boom")}</pre>
 */
public final class AgentAnswer {
    static final int EXCERPT_LENGTH = 200;

    private AgentAnswer() {
    }

    static AgentReply read(int status, String body) throws AgentFailure {
        if (status != 200) {
            throw new AgentFailure("agent answered HTTP " + status + ": " + excerpt(body), false);
        }
        JsonNode answer;
        try {
            answer = Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new AgentFailure("agent answered 200 but the body is not JSON: " + excerpt(body), false);
        }
        return fromJson(answer, body, "agent answered 200");
    }

    /**
     * The reply in an answer already parsed as JSON, checked as an HTTP answer's body is: a string
     * {@code reply}, an optional {@code usage} within bounds. {@code raw} is quoted in failures,
     * each of which begins with {@code answered} ("agent answered 200", "agent process wrote a
     * reply line"), so every way of talking to an agent reads its reply by the same rules.
     */
    public static AgentReply fromJson(JsonNode answer, String raw, String answered) throws AgentFailure {
        if (answer == null || !answer.path("reply").isTextual()) {
            throw new AgentFailure(answered + " without a string 'reply' field: " + excerpt(raw), false);
        }
        return new AgentReply(answer.get("reply").asText(), usage(answer.get("usage"), raw, answered));
    }

    /**
     * The turn's usage, checked: a count must be a whole number from 0 to
     * {@link ReportedUsage#MAX_TOKENS}, the cost a number from 0 to {@link ReportedUsage#MAX_COST_USD};
     * anything else is the agent breaking the protocol for this turn.
     */
    private static ReportedUsage usage(JsonNode usage, String body, String answered) throws AgentFailure {
        if (usage == null || usage.isNull()) {
            return null;
        }
        if (!usage.isObject()) {
            throw new AgentFailure(answered + " with a malformed 'usage' (expected {input_tokens, output_tokens, cost_usd} as numbers): "
                    + excerpt(body), false);
        }
        try {
            JsonNode cost = usage.get("cost_usd");
            return new ReportedUsage(ReportedUsage.tokens("input_tokens", number(usage, "input_tokens")),
                    ReportedUsage.tokens("output_tokens", number(usage, "output_tokens")),
                    cost == null || cost.isNull() ? null : ReportedUsage.cost(number(usage, "cost_usd")), model(usage));
        } catch (ReportedUsage.Invalid e) {
            throw new AgentFailure(answered + " with an invalid 'usage': " + e.getMessage(), false);
        }
    }

    /** {@code usage.model}, the model that spent the tokens as {@code provider:name}, or null when not given. */
    private static String model(JsonNode usage) {
        JsonNode value = usage.get("model");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().length() > 200 || value.asText().indexOf(':') <= 0) {
            throw new ReportedUsage.Invalid("usage.model must be a string provider:name such as openai:gpt-4o-mini, was "
                    + excerpt(Json.write(value)));
        }
        return value.asText();
    }

    /** The field's value (0 when absent), or {@link ReportedUsage.Invalid} when it is not a number. */
    private static BigDecimal number(JsonNode usage, String field) {
        JsonNode value = usage.get(field);
        if (value == null || value.isNull()) {
            return BigDecimal.ZERO;
        }
        if (!value.isNumber()) {
            throw new ReportedUsage.Invalid("usage." + field + " must be a number, was " + excerpt(Json.write(value)));
        }
        return value.decimalValue();
    }

    /**
     * The start of {@code body} on one line, short enough for a trace event and a report row, with
     * anything key-shaped blanked out: an agent in front of a model may pass on the model's refusal
     * of its key, and the excerpt goes into the trace.
     */
    public static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        String start = body.strip();
        // Masked well beyond the cut, so that a key straddling it is whole when masked.
        start = start.substring(0, Math.min(start.length(), 5 * EXCERPT_LENGTH));
        String line = KeyMask.mask(start).replaceAll("\\s+", " ");
        return line.length() <= EXCERPT_LENGTH ? line : line.substring(0, EXCERPT_LENGTH) + "...";
    }
}

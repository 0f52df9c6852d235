package dev.curveball.core.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.category.Category;
import dev.curveball.core.error.Require;
import dev.curveball.core.world.FaultSpec;
import java.util.List;
import java.util.Optional;

/**
 * Fault {@code recorded-answer}: the call answers what a recording says it answered, as when a
 * production incident is replayed. {@code params.status} (default 200) is the recorded status; a
 * 2xx answer is {@code params.body} (a JSON object) in place of the world's own (the tool still
 * runs, so a write still changes the world), an error status answers {@code params.error} instead
 * of running the tool. It exercises no tag of its own: what the recorded answer holds (a timeout,
 * missing fields) is the incident's, not the kind's.
 *
 * <pre>{@code {tool: get_invoice, calls: [1], kind: recorded-answer, params: {status: 504, error: "upstream timeout"}}
 * {tool: get_order, calls: [1], kind: recorded-answer, params: {body: {order_id: A-5001, status: delivered}}}}</pre>
 */
public final class RecordedAnswerFault implements FaultInjector {
    @Override
    public String id() {
        return "recorded-answer";
    }

    @Override
    public List<Category> categories() {
        return List.of();
    }

    @Override
    public void validate(FaultParameters parameters) {
        parameters.allowOnly(List.of("status", "body", "error"));
        int status = status(parameters.params());
        Require.check(status >= 200 && status <= 599, "field 'params.status' must be an HTTP status (200-599), was " + status);
        if (status < 400) {
            JsonNode body = parameters.params().get("body");
            Require.check(body != null && body.isObject(), "field 'params.body' must be a JSON object (the recorded answer)");
        } else {
            parameters.text("error").orElseThrow(() -> new IllegalArgumentException(
                    "missing required field 'params.error' (the recorded error text, needed because params.status is " + status + ")"));
        }
    }

    @Override
    public Optional<FaultAnswer> answerInstead(FaultSpec fault) {
        int status = status(fault.params());
        return status < 400 ? Optional.empty() : Optional.of(new FaultAnswer(status, fault.params().get("error").asText(), 0));
    }

    @Override
    public ObjectNode reshape(ObjectNode body, FaultSpec fault, String wrap) {
        return (ObjectNode) fault.params().get("body").deepCopy();
    }

    @Override
    public String detail(FaultSpec fault) {
        return "answered as recorded: " + status(fault.params());
    }

    private static int status(ObjectNode params) {
        JsonNode status = params.get("status");
        if (status == null || status.isNull()) {
            return 200;
        }
        Require.check(status.isInt(), "field 'params.status' must be an integer HTTP status");
        return status.asInt();
    }
}

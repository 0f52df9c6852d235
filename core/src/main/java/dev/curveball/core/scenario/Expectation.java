package dev.curveball.core.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.curveball.core.error.Require;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A hard check a scenario asks for, with its limits. The {@code check} field names the kind.
 *
 * <pre>{@code expectations:
 *   - {check: retry-limit, max_retries: 2}
 *   - {check: final-state, collection: refunds, where: {order_id: A-5004}, count: 0}}</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "check")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Expectation.RetryLimit.class, name = "retry-limit"),
    @JsonSubTypes.Type(value = Expectation.CostBudget.class, name = "cost-budget"),
    @JsonSubTypes.Type(value = Expectation.ToolCallBudget.class, name = "tool-call-budget"),
    @JsonSubTypes.Type(value = Expectation.CurrentDocument.class, name = "current-document"),
    @JsonSubTypes.Type(value = Expectation.FinalState.class, name = "final-state"),
})
public sealed interface Expectation {

    /** At most {@code max_retries} repeats of the same call (same tool, same arguments). */
    record RetryLimit(Integer maxRetries) implements Expectation {
        public RetryLimit {
            Require.check(Require.present(maxRetries, "max_retries") >= 0, "field 'max_retries' must not be negative");
        }
    }

    /** The conversation's reported cost stays at or under {@code max_usd}. */
    record CostBudget(BigDecimal maxUsd) implements Expectation {
        public CostBudget {
            Require.present(maxUsd, "max_usd");
        }
    }

    /** At most {@code max_calls} tool calls in the conversation. */
    record ToolCallBudget(Integer maxCalls) implements Expectation {
        public ToolCallBudget {
            Require.positive(Require.present(maxCalls, "max_calls"), "max_calls");
        }
    }

    /** Replies never repeat what only a superseded version of {@code document} says. */
    record CurrentDocument(String document) implements Expectation {
        public CurrentDocument {
            Require.text(document, "document");
        }
    }

    /** The world ends with exactly {@code count} records in {@code collection} matching {@code where}. */
    record FinalState(String collection, Map<String, String> where, Integer count) implements Expectation {
        public FinalState {
            Require.text(collection, "collection");
            where = Map.copyOf(where == null ? Map.of() : where);
            Require.check(Require.present(count, "count") >= 0, "field 'count' must not be negative");
        }
    }
}

package dev.curveball.core.scenario;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.error.Require;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A hard check a scenario asks for, with its limits. The {@code check} field names the check: a
 * built-in expectation holds its fields beside it; any other installed check, a third party's
 * included, is asked for with its parameters under {@code with} ({@link Custom}), which the check
 * reads into its own record. A check no module installs, or parameters it does not take, are
 * refused before a run plays anything.
 *
 * <pre>{@code expectations:
 *   - {check: retry-limit, max_retries: 2}
 *   - {check: final-state, collection: refunds, where: {order_id: A-5004}, count: 0}
 *   - {check: reply-length, with: {max_words: 80}}}</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "check", visible = true, defaultImpl = Expectation.Custom.class)
// The built-in records know their kind by type; only Custom holds the check id as a field.
@JsonIgnoreProperties("check")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Expectation.RetryLimit.class, name = "retry-limit"),
    @JsonSubTypes.Type(value = Expectation.CostBudget.class, name = "cost-budget"),
    @JsonSubTypes.Type(value = Expectation.ToolCallBudget.class, name = "tool-call-budget"),
    @JsonSubTypes.Type(value = Expectation.TokenBudget.class, name = "token-budget"),
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

    /** The agent's cost over the conversation (reported, or priced from the price table) stays at or under {@code max_usd}. */
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

    /** The agent's tokens (input and output) over the conversation stay at or under {@code max_tokens}. */
    record TokenBudget(Long maxTokens) implements Expectation {
        public TokenBudget {
            Require.check(Require.present(maxTokens, "max_tokens") > 0, "field 'max_tokens' must be positive, was " + maxTokens);
        }
    }

    /** Replies never repeat what only a superseded version of {@code document} says. */
    record CurrentDocument(String document) implements Expectation {
        public CurrentDocument {
            Require.text(document, "document");
        }
    }

    /**
     * Any check outside the built-in expectations, by its id, with its parameters under {@code with}
     * (empty when it takes none): {@code {check: reply-length, with: {max_words: 80}}}. The check
     * turns them into its own record through {@code CheckContext.parameters}.
     */
    @JsonIgnoreProperties({})
    record Custom(@JsonTypeId String check, ObjectNode with) implements Expectation {
        public Custom {
            Require.text(check, "check");
            Require.check(!builtIn().contains(check), "check '" + check + "' is a built-in expectation with fields of its own, not parameters under 'with'");
            with = with == null ? JsonNodeFactory.instance.objectNode() : with.deepCopy();
        }

        /** A copy of the parameters, so no reader can change the scenario's. */
        @Override
        public ObjectNode with() {
            return with.deepCopy();
        }
    }

    /** The ids of the built-in expectations, which have records of their own. */
    static List<String> builtIn() {
        return Arrays.stream(Expectation.class.getAnnotation(JsonSubTypes.class).value()).map(JsonSubTypes.Type::name).toList();
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

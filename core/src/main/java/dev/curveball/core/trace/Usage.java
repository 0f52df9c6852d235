package dev.curveball.core.trace;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.curveball.core.cost.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Tokens (and their cost) one role spent during a conversation: the agent's turn as it reported
 * it, or the simulated user's model calls. {@code role} is absent in traces written before roles
 * existed, and such a usage is the agent's. {@code costUsd} is null when nobody could price it
 * (the agent reported no cost and the model is not in the price table); {@code costSource} says
 * whether the cost is the agent's own figure or the price table's.
 *
 * <pre>{@code {"type":"usage","at":"...","input_tokens":812,"output_tokens":64,"cost_usd":0.0011}                 // an agent's turn
 * {"type":"usage","at":"...","role":"user","model":"openai:gpt-4o-mini","input_tokens":900,"output_tokens":40,
 *  "cost_usd":0.000159,"cost_source":"price_table"}}</pre>
 */
public record Usage(
        Instant at,
        long inputTokens,
        long outputTokens,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal costUsd,
        @JsonInclude(JsonInclude.Include.NON_NULL) Role role,
        @JsonInclude(JsonInclude.Include.NON_NULL) String model,
        @JsonInclude(JsonInclude.Include.NON_NULL) CostSource costSource) implements TraceEvent {

    /** Where a usage's cost came from. */
    public enum CostSource {
        /** The agent reported {@code cost_usd} itself; that figure is kept. */
        REPORTED,
        /** Priced from the price table by model and tokens. */
        PRICE_TABLE;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Usage {
        role = role == null ? Role.AGENT : role;
        model = model == null || model.isBlank() ? null : model;
        costSource = costUsd == null ? null : costSource == null ? CostSource.REPORTED : costSource;
    }

    /** The agent's usage for a turn with the cost it reported (0 when none), as traces had it before roles. */
    public Usage(Instant at, long inputTokens, long outputTokens, BigDecimal costUsd) {
        this(at, inputTokens, outputTokens, costUsd == null ? BigDecimal.ZERO : costUsd, Role.AGENT, null, CostSource.REPORTED);
    }

    /** The cost, when known. */
    public Optional<BigDecimal> cost() {
        return Optional.ofNullable(costUsd);
    }

    /** Whether nobody could price these tokens. */
    @JsonIgnore
    public boolean unpriced() {
        return costUsd == null;
    }

    public long tokens() {
        return inputTokens + outputTokens;
    }

    /** This usage priced at {@code usd} from the price table. */
    public Usage pricedAt(BigDecimal usd) {
        return new Usage(at, inputTokens, outputTokens, usd, role, model, CostSource.PRICE_TABLE);
    }
}

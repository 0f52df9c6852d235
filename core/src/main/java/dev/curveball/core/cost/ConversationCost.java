package dev.curveball.core.cost;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.Usage;
import java.math.BigDecimal;
import java.util.List;

/**
 * What one conversation cost, by role: the agent (its turns' usage), the simulated user (its model
 * calls, and the reply reader's), and the judge (its rubric grader's calls). The {@code cost} of a
 * {@code verdicts.jsonl} line; summaries add them up.
 *
 * <pre>{@code {"agent":{"input_tokens":2400,"output_tokens":300,"usd":0.009,"unpriced_tokens":0},
 *  "user":{...},"judge":{...}}}</pre>
 */
public record ConversationCost(RoleCost agent, RoleCost user, RoleCost judge) {
    public static final ConversationCost NONE = new ConversationCost(RoleCost.NONE, RoleCost.NONE, RoleCost.NONE);

    public ConversationCost {
        agent = agent == null ? RoleCost.NONE : agent;
        user = user == null ? RoleCost.NONE : user;
        judge = judge == null ? RoleCost.NONE : judge;
    }

    /** The trace's usage events by role (already priced where they could be), and the judge's calls priced with {@code prices}. */
    public static ConversationCost of(Trace trace, List<ModelTokens> judgeCalls, PriceTable prices) {
        RoleCost agent = RoleCost.NONE;
        RoleCost user = RoleCost.NONE;
        RoleCost judge = RoleCost.NONE;
        for (Usage usage : trace.eventsOf(Usage.class)) {
            RoleCost spent = RoleCost.of(usage.inputTokens(), usage.outputTokens(), usage.costUsd());
            switch (usage.role()) {
                case AGENT -> agent = agent.plus(spent);
                case USER -> user = user.plus(spent);
                case JUDGE -> judge = judge.plus(spent);
            }
        }
        for (ModelTokens call : judgeCalls) {
            judge = judge.plus(RoleCost.of(call.inputTokens(), call.outputTokens(),
                    prices.cost(call.model(), call.inputTokens(), call.outputTokens()).orElse(null)));
        }
        return new ConversationCost(agent, user, judge);
    }

    public RoleCost of(Role role) {
        return switch (role) {
            case AGENT -> agent;
            case USER -> user;
            case JUDGE -> judge;
        };
    }

    @JsonIgnore
    public RoleCost total() {
        return agent.plus(user).plus(judge);
    }

    public ConversationCost plus(ConversationCost other) {
        return new ConversationCost(agent.plus(other.agent), user.plus(other.user), judge.plus(other.judge));
    }

    /** The priced USD of every role. */
    @JsonIgnore
    public BigDecimal usd() {
        return total().usd();
    }
}

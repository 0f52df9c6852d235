package dev.curveball.results;

import dev.curveball.core.cost.ConversationCost;
import dev.curveball.core.cost.RoleCost;
import dev.curveball.core.verdict.Verdict;
import java.util.List;

/**
 * The {@code cost} block of {@code summary.json}: tokens and USD by role, the agent, the simulated
 * user (with the reply reader), the judge, and their total, over every conversation of the run.
 * {@code unpriced_tokens} counts tokens nobody could price; a role with such tokens has a cost of at
 * least its {@code usd}, not exactly.
 *
 * <pre>{@code "cost": {"agent": {"input_tokens": 52000, "output_tokens": 4100, "usd": 0.0184, "unpriced_tokens": 0},
 *          "user": {...}, "judge": {...}, "total": {...}}}</pre>
 */
public record CostSummary(RoleCost agent, RoleCost user, RoleCost judge, RoleCost total) {
    public CostSummary {
        agent = agent == null ? RoleCost.NONE : agent;
        user = user == null ? RoleCost.NONE : user;
        judge = judge == null ? RoleCost.NONE : judge;
        total = agent.plus(user).plus(judge);
    }

    public static CostSummary of(ConversationCost cost) {
        return new CostSummary(cost.agent(), cost.user(), cost.judge(), null);
    }

    /** The verdicts' costs added up (a verdict from before costs were recorded counts nothing). */
    public static CostSummary of(List<Verdict> verdicts) {
        ConversationCost sum = ConversationCost.NONE;
        for (Verdict v : verdicts) {
            sum = sum.plus(v.costOrNone());
        }
        return of(sum);
    }

    /** "agent $0.0123 (12,800 tokens), user unpriced (3,100 tokens), judge $0 (0 tokens); total $0.0123 + unpriced (15,900 tokens)". */
    public String describe() {
        return "agent " + describe(agent) + ", user " + describe(user) + ", judge " + describe(judge) + "; total " + describe(total);
    }

    private static String describe(RoleCost cost) {
        return cost.describeUsd() + String.format(java.util.Locale.ROOT, " (%,d tokens)", cost.tokens());
    }

    /** Whether anything was spent or counted at all. */
    public boolean any() {
        return total.tokens() > 0 || total.usd().signum() > 0;
    }
}

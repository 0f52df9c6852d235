package dev.curveball.judge.check;

import dev.curveball.core.cost.Money;
import dev.curveball.core.cost.Role;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.Usage;
import dev.curveball.core.verdict.CheckResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Expectation check {@code cost-budget} {max_usd}: the agent's cost over the conversation (each
 * turn's {@code cost_usd} as the agent reported it, or as the price table priced its tokens) stays
 * at or under the budget. Breaks at the agent's usage event whose running total first goes over
 * it, naming the user turn it answered. What the simulated user and the judge spent is not the
 * agent's. Usage nobody could price is said so in the message, never counted as free.
 *
 * <pre>{@code cost reached 0.0700 USD at event 9 (turn 3), over the budget of 0.05 USD}</pre>
 */
public final class CostBudgetCheck implements Check {
    public static final String ID = "cost-budget";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<CheckResult> evaluate(CheckContext context) {
        return ScenarioExpectations.of(context.scenario(), Expectation.CostBudget.class).stream()
                .map(budget -> evaluate(context.trace().events(), budget.maxUsd()))
                .reduce((a, b) -> a.passed() ? b : a);
    }

    private static CheckResult evaluate(List<TraceEvent> events, BigDecimal maxUsd) {
        BigDecimal total = BigDecimal.ZERO;
        long unpriced = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Usage usage && usage.role() == Role.AGENT) {
                if (usage.unpriced()) {
                    unpriced += usage.tokens();
                    continue;
                }
                total = total.add(usage.costUsd());
                if (total.compareTo(maxUsd) > 0) {
                    return CheckResult.failed(ID, i, "cost reached " + total.toPlainString() + " USD at event " + i
                            + " (turn " + UserTurns.before(events, i) + "), over the budget of " + maxUsd.toPlainString() + " USD");
                }
            }
        }
        String within = "cost " + total.toPlainString() + " USD within the budget of " + maxUsd.toPlainString() + " USD";
        return CheckResult.passed(ID, unpriced == 0 ? within
                : within + "; " + unpriced + " tokens are unpriced (no cost_usd reported and the model is not in the price table), so only $"
                        + Money.usd(total) + " was counted");
    }
}

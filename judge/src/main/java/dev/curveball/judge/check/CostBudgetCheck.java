package dev.curveball.judge.check;

import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.Usage;
import dev.curveball.core.verdict.CheckResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Expectation check {@code cost-budget} {max_usd}: the cost the agent reported over the
 * conversation stays at or under the budget. Breaks at the usage event whose running total first
 * goes over it.
 *
 * <pre>{@code cost reached 0.0700 USD at event 9, over the budget of 0.05 USD}</pre>
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
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Usage usage) {
                total = total.add(usage.costUsd());
                if (total.compareTo(maxUsd) > 0) {
                    return CheckResult.failed(ID, i, "cost reached " + total.toPlainString() + " USD at event " + i
                            + ", over the budget of " + maxUsd.toPlainString() + " USD");
                }
            }
        }
        return CheckResult.passed(ID, "cost " + total.toPlainString() + " USD within the budget of " + maxUsd.toPlainString() + " USD");
    }
}

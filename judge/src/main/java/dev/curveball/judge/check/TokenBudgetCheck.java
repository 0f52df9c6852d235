package dev.curveball.judge.check;

import dev.curveball.core.cost.Role;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.Usage;
import dev.curveball.core.verdict.CheckResult;
import java.util.List;
import java.util.Optional;

/**
 * Expectation check {@code token-budget} {max_tokens}: the agent's tokens (input plus output, as
 * its turns' usage reports them) over the conversation stay at or under the budget. Breaks at the
 * agent's usage event whose running total first goes over it, naming the user turn it answered.
 *
 * <pre>{@code 4,210 tokens at event 14 (turn 4), over the budget of 4,000 tokens}</pre>
 */
public final class TokenBudgetCheck implements Check {
    public static final String ID = "token-budget";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<CheckResult> evaluate(CheckContext context) {
        return ScenarioExpectations.of(context.scenario(), Expectation.TokenBudget.class).stream()
                .map(budget -> evaluate(context.trace().events(), budget.maxTokens()))
                .reduce((a, b) -> a.passed() ? b : a);
    }

    private static CheckResult evaluate(List<TraceEvent> events, long maxTokens) {
        long total = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Usage usage && usage.role() == Role.AGENT) {
                total += usage.tokens();
                if (total > maxTokens) {
                    return CheckResult.failed(ID, i, String.format("%,d tokens at event %d (turn %d), over the budget of %,d tokens",
                            total, i, UserTurns.before(events, i), maxTokens));
                }
            }
        }
        return CheckResult.passed(ID, String.format("%,d tokens within the budget of %,d", total, maxTokens));
    }
}

package dev.curveball.results;

import java.util.List;
import java.util.Map;

/**
 * {@code summary.json}. {@code pass_rate} counts judged conversations only: an ERROR is
 * infrastructure trouble, never an agent failure. {@code pass_hat_k} is τ-bench's pass^k: the
 * share of scenarios (with no ERROR trial) whose {@code trials} trials all passed; null when no
 * scenario qualifies.
 */
public record Summary(
        int conversations,
        int passed,
        int failed,
        int errors,
        Double passRate,
        int trials,
        Double passHatK,
        Map<String, Integer> failedChecks,
        Map<String, Integer> endReasons,
        int agentUnreachable,
        List<String> viewsNotAvailable,
        Gate gate) {

    public Summary {
        failedChecks = Map.copyOf(failedChecks);
        endReasons = Map.copyOf(endReasons);
        viewsNotAvailable = List.copyOf(viewsNotAvailable);
    }
}

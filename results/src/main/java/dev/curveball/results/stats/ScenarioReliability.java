package dev.curveball.results.stats;

import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One scenario's trials as pass^k sees them: how many were played, how many judged the agent
 * (PASS or FAIL not caused by the simulated user), how many passed. A scenario counts towards
 * pass^k only when all {@code k} trials judged the agent; it holds when all of them passed.
 *
 * <pre>{@code ScenarioReliability.of(verdicts).get("s0007")  // s0007: 2 of 3 trials passed}</pre>
 */
public record ScenarioReliability(String scenarioId, int trials, int judged, int passed) {

    /** Every scenario of {@code verdicts}, by id in order. */
    public static Map<String, ScenarioReliability> of(List<Verdict> verdicts) {
        Map<String, List<Verdict>> byScenario = verdicts.stream()
                .collect(Collectors.groupingBy(Verdict::scenarioId, TreeMap::new, Collectors.toList()));
        Map<String, ScenarioReliability> out = new TreeMap<>();
        byScenario.forEach((id, trials) -> out.put(id, new ScenarioReliability(id, trials.size(),
                (int) trials.stream().filter(ScenarioReliability::judgesTheAgent).count(),
                (int) trials.stream().filter(v -> v.outcome() == Outcome.PASS).count())));
        return out;
    }

    /** PASS, or a FAIL the simulated user did not cause. */
    public static boolean judgesTheAgent(Verdict v) {
        return (v.outcome() == Outcome.PASS || v.outcome() == Outcome.FAIL) && !v.simulatorCaused();
    }

    /** All {@code k} trials were played and judged the agent. */
    public boolean complete(int k) {
        return trials == k && judged == k;
    }

    /** All {@code k} trials passed. */
    public boolean allPassed(int k) {
        return complete(k) && passed == k;
    }

    /** The scenario passed some trials and failed others: its own run-to-run noise. */
    public boolean flaky() {
        return passed > 0 && passed < judged;
    }
}

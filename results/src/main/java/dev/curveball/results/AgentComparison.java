package dev.curveball.results;

import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Several agents' runs on the same scenarios, side by side: for every check that failed for any of
 * them, how often it failed per agent and one example conversation per agent.
 *
 * <pre>{@code AgentComparison c = AgentComparison.of(Map.of("naive", naiveRun, "careful", carefulRun));
 * c.rows().get(0).check();}</pre>
 */
public record AgentComparison(List<String> agents, Map<String, RunResult> runs, List<Row> rows) {

    /** One failing check: per agent, how many conversations it failed and an example. */
    public record Row(String check, Map<String, Integer> failures, Map<String, Example> examples) {
    }

    /** A conversation where the check failed: scenario, trial and the check's message. */
    public record Example(String scenarioId, int trial, Integer event, String message) {
    }

    public static AgentComparison of(Map<String, RunResult> runs) {
        List<String> agents = List.copyOf(runs.keySet());
        TreeSet<String> checks = new TreeSet<>();
        runs.values().forEach(r -> r.verdicts().forEach(v -> v.failedChecks().forEach(c -> checks.add(c.id()))));
        List<Row> rows = new ArrayList<>();
        for (String check : checks) {
            Map<String, Integer> failures = new LinkedHashMap<>();
            Map<String, Example> examples = new LinkedHashMap<>();
            for (String agent : agents) {
                List<Verdict> verdicts = runs.get(agent).verdicts();
                failures.put(agent, (int) verdicts.stream().filter(v -> failed(v, check).isPresent()).count());
                verdicts.stream().flatMap(v -> failed(v, check).map(c -> new Example(v.scenarioId(), v.trial(), c.event(), c.message())).stream())
                        .findFirst().ifPresent(e -> examples.put(agent, e));
            }
            rows.add(new Row(check, failures, examples));
        }
        rows.sort((a, b) -> Integer.compare(total(b), total(a)));
        return new AgentComparison(agents, Map.copyOf(runs), rows);
    }

    private static Optional<CheckResult> failed(Verdict verdict, String check) {
        return verdict.failedChecks().stream().filter(c -> c.id().equals(check)).findFirst();
    }

    private static int total(Row row) {
        return row.failures().values().stream().mapToInt(Integer::intValue).sum();
    }
}

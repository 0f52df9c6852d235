package dev.curveball.results.golden;

import dev.curveball.core.scenario.Scenario;
import java.util.stream.Collectors;

/**
 * What a passing conversation must bring to be kept as a novel case: a combination of task,
 * persona (the tactics the user plays) and injected faults (each as tool and kind, in sorted order)
 * that no case in the golden folder, nor one exported before it in the same export, covers.
 *
 * <pre>{@code NoveltyKey.of(scenario)  // "refund-unopened | frustrated | get_invoice:partial-data, get_invoice:timeout"}</pre>
 */
public final class NoveltyKey {
    private NoveltyKey() {
    }

    public static String of(Scenario scenario) {
        String faults = scenario.faults().stream().map(f -> f.tool() + ":" + f.kind().id()).distinct().sorted()
                .collect(Collectors.joining(", "));
        return scenario.task().id() + " | " + scenario.persona() + " | " + (faults.isEmpty() ? "no faults" : faults);
    }
}

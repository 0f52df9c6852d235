package dev.curveball.results.gate;

import dev.curveball.core.persona.Persona;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import dev.curveball.generator.CoveragePair;
import dev.curveball.generator.GenerationOptions;
import dev.curveball.generator.PairCoverage;
import dev.curveball.generator.ScenarioGenerator;
import dev.curveball.results.gate.RiskItem.Risk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairs (tactic x trap, trap x fault kind) no scenario of this world can bring together, as
 * the generator works them out, one backlog item per first element: which partners it never
 * meets, why, and what would reach them.
 */
final class UnreachablePairs {
    private UnreachablePairs() {
    }

    static List<RiskItem> of(RunWorld world, List<Persona> personas) {
        if (world.world().isEmpty() || personas.isEmpty()) {
            return List.of();
        }
        PairCoverage pairs = new ScenarioGenerator(world.world().get(), personas).generate(GenerationOptions.of(1, 0L)).coverage().pairs();
        Map<String, List<PairCoverage.Unreachable>> byFirst = new LinkedHashMap<>();
        for (PairCoverage.Unreachable u : pairs.unreachable()) {
            byFirst.computeIfAbsent(u.pair().kind().label() + "\u0000" + u.pair().first(), k -> new ArrayList<>()).add(u);
        }
        List<RiskItem> items = new ArrayList<>();
        for (List<PairCoverage.Unreachable> group : byFirst.values()) {
            CoveragePair first = group.get(0).pair();
            String partners = String.join(", ", group.stream().map(u -> u.pair().second()).toList());
            String next = first instanceof CoveragePair.TrapFault trapFault ? trapFaultCase(world.world().get(), trapFault)
                    : "give a persona playing `" + first.first() + "` the slots of a task with trap `" + group.get(0).pair().second() + "`";
            items.add(new RiskItem(Risk.LOW, first.kind().label() + ": `" + first.first() + "` never meets " + partners,
                    group.get(0).reason(), next));
        }
        return items;
    }

    /** A profile of the world injecting the fault kind, added to a task with the trap; else a new profile. */
    private static String trapFaultCase(World world, CoveragePair.TrapFault pair) {
        String task = world.tasks().stream().filter(t -> t.tags().contains(pair.trap())).map(TaskSeed::id).findFirst().orElse("with trap " + pair.trap().id());
        return world.faultProfiles().stream().filter(p -> p.faults().stream().anyMatch(f -> f.kind().equals(pair.fault()))).findFirst()
                .map(p -> "add the world's fault profile `" + p.id() + "` (it injects " + pair.fault().id() + ") to the `faults` of task `" + task + "`")
                .orElse("add a fault profile injecting `" + pair.fault().id() + "` on a tool task `" + task + "` calls, and list it in that task's `faults`");
    }
}

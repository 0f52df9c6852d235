package dev.curveball.generator;

import dev.curveball.core.category.Category;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.Tactic;
import dev.curveball.core.world.FaultKind;
import dev.curveball.core.world.FaultProfile;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pairs this world's elements could form, and why a scenario can bring some of them together
 * only in name: every tactic some persona uses with every trap some task carries, and every such
 * trap with every fault kind some fault profile of the world injects. A pair no candidate brings
 * together is unreachable, said in the world's terms: the personas with the tactic fit no task with
 * the trap (and which slots they lack), or the tasks with the trap list no fault profile injecting
 * the kind (and which kinds theirs inject).
 */
final class UnreachablePairs {
    private final World world;
    private final List<Persona> personas;
    private final Set<String> playedTasks = new TreeSet<>();

    private UnreachablePairs(World world, List<Persona> personas, List<Candidate> candidates) {
        this.world = world;
        this.personas = personas;
        candidates.forEach(c -> playedTasks.add(c.task().id()));
    }

    /** Every pair the world's elements could form, reachable or not, in {@link CoveragePair#ORDER}. */
    static List<CoveragePair> possible(World world, List<Persona> personas) {
        Set<Tactic> tactics = EnumSet.noneOf(Tactic.class);
        personas.forEach(p -> tactics.addAll(p.tactics()));
        Set<Category> traps = EnumSet.noneOf(Category.class);
        world.tasks().forEach(t -> traps.addAll(ScenarioPairs.traps(t)));
        Set<FaultKind> kinds = new TreeSet<>();
        world.faultProfiles().forEach(p -> kinds.addAll(ScenarioPairs.faultKinds(p)));
        SortedSet<CoveragePair> pairs = new TreeSet<>();
        tactics.forEach(tactic -> traps.forEach(trap -> pairs.add(new CoveragePair.TacticTrap(tactic, trap))));
        traps.forEach(trap -> kinds.forEach(kind -> pairs.add(new CoveragePair.TrapFault(trap, kind))));
        return List.copyOf(pairs);
    }

    /** The pair coverage of the picked candidates (one per scenario, in suite order). */
    static PairCoverage tally(World world, List<Persona> personas, List<Candidate> candidates, CoverageOrder.Plan plan, List<Candidate> picked) {
        Map<CoveragePair, Integer> counts = new HashMap<>(); // looked up only, never iterated
        picked.forEach(c -> ScenarioPairs.of(c).forEach(pair -> counts.merge(pair, 1, Integer::sum)));
        Set<CoveragePair> reachable = new TreeSet<>(plan.reachablePairs());
        UnreachablePairs reasons = new UnreachablePairs(world, personas, candidates);
        List<PairCoverage.PairCount> rows = new ArrayList<>();
        List<PairCoverage.Unreachable> unreachable = new ArrayList<>();
        for (CoveragePair pair : possible(world, personas)) {
            rows.add(new PairCoverage.PairCount(pair, counts.getOrDefault(pair, 0), reachable.contains(pair)));
            if (!reachable.contains(pair)) {
                unreachable.add(new PairCoverage.Unreachable(pair, reasons.reason(pair)));
            }
        }
        return new PairCoverage(plan.pairsCoveredBy(), rows, unreachable);
    }

    private String reason(CoveragePair pair) {
        if (pair instanceof CoveragePair.TacticTrap t) {
            return unfitting(t.tactic(), t.trap());
        }
        return unlisted(((CoveragePair.TrapFault) pair).trap());
    }

    /** Every persona with the tactic fails to fit every task with the trap: name them and the slots they lack. */
    private String unfitting(Tactic tactic, Category trap) {
        List<Persona> players = personas.stream().filter(p -> p.uses(tactic)).toList();
        List<TaskSeed> tasks = tasksWith(trap);
        SortedSet<String> missing = new TreeSet<>();
        players.forEach(p -> tasks.forEach(task -> missing.addAll(TemplateSlots.missing(p, task))));
        return "the personas with tactic " + tactic.id() + " (" + ids(players, Persona::id) + ") fit no task with trap " + trap.id()
                + " (" + ids(tasks, TaskSeed::id) + "): their templates use slot(s) " + String.join(", ", missing)
                + ", which those tasks do not give";
    }

    /** No task with the trap that some persona plays lists a profile injecting the kind: say what theirs inject. */
    private String unlisted(Category trap) {
        List<TaskSeed> played = tasksWith(trap).stream().filter(t -> playedTasks.contains(t.id())).toList();
        if (played.isEmpty()) {
            return "no persona fits a task with trap " + trap.id() + " (" + ids(tasksWith(trap), TaskSeed::id) + ")";
        }
        Set<FaultKind> kinds = new TreeSet<>();
        played.forEach(task -> task.faults().forEach(id -> profile(id).ifPresent(p -> kinds.addAll(ScenarioPairs.faultKinds(p)))));
        String what = kinds.isEmpty() ? "list no fault profile that injects a fault"
                : "list fault profiles injecting only " + kinds.stream().map(FaultKind::id).collect(Collectors.joining(", "));
        return "the tasks with trap " + trap.id() + " (" + ids(played, TaskSeed::id) + ") " + what;
    }

    private Optional<FaultProfile> profile(String id) {
        return world.faultProfiles().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private List<TaskSeed> tasksWith(Category trap) {
        return world.tasks().stream().filter(t -> ScenarioPairs.traps(t).contains(trap)).toList();
    }

    private static <T> String ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.joining(", "));
    }
}

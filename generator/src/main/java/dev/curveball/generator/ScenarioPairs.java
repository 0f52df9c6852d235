package dev.curveball.generator;

import dev.curveball.core.category.Category;
import dev.curveball.core.category.Dimension;
import dev.curveball.core.persona.Tactic;
import dev.curveball.core.world.FaultKind;
import dev.curveball.core.world.FaultProfile;
import dev.curveball.core.world.FaultSpec;
import dev.curveball.core.world.TaskSeed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pairs a candidate brings together ({@link CoveragePair}): each tactic of its persona with each
 * trap of its task, and each trap of its task with each fault kind its fault profile injects. A fault
 * applies to a task when the task lists the profile in its {@code faults}, as everywhere else in the
 * generator; the "none" profile injects nothing, so it pairs no trap with a fault.
 */
final class ScenarioPairs {
    private ScenarioPairs() {
    }

    /**
     * A task's traps, in vocabulary order: its tags outside {@code messy-users} (how the user behaves is
     * the persona's part; a task tagged {@code exception-seeking} only invites it) and {@code outcome}
     * (how the conversation should end, not what can trip the agent), plus {@code stale-memory} when
     * the task hands the agent memory.
     */
    static List<Category> traps(TaskSeed task) {
        Set<Category> traps = EnumSet.noneOf(Category.class);
        task.tags().stream().filter(ScenarioPairs::isTrap).forEach(traps::add);
        if (!task.memory().isEmpty()) {
            traps.add(Category.STALE_MEMORY);
        }
        return List.copyOf(traps);
    }

    /** The fault kinds a profile injects, in registry order (built-ins first). */
    static List<FaultKind> faultKinds(FaultProfile profile) {
        Set<FaultKind> kinds = new TreeSet<>();
        profile.faults().stream().map(FaultSpec::kind).forEach(kinds::add);
        return List.copyOf(kinds);
    }

    /** In {@link CoveragePair#ORDER}. */
    static List<CoveragePair> of(Candidate candidate) {
        List<Category> traps = traps(candidate.task());
        List<CoveragePair> pairs = new ArrayList<>();
        Set<Tactic> tactics = EnumSet.noneOf(Tactic.class);
        tactics.addAll(candidate.persona().tactics());
        for (Tactic tactic : tactics) {
            traps.forEach(trap -> pairs.add(new CoveragePair.TacticTrap(tactic, trap)));
        }
        for (Category trap : traps) {
            faultKinds(candidate.profile()).forEach(kind -> pairs.add(new CoveragePair.TrapFault(trap, kind)));
        }
        return List.copyOf(pairs);
    }

    private static boolean isTrap(Category tag) {
        return tag.dimension() != Dimension.MESSY_USERS && tag.dimension() != Dimension.OUTCOME;
    }
}

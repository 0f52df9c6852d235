package dev.curveball.generator;

import dev.curveball.core.category.Category;
import dev.curveball.core.fault.FaultInjectors;
import dev.curveball.core.persona.Tactic;
import dev.curveball.core.world.FaultKind;
import java.util.Comparator;

/**
 * Two things one scenario must bring together for a failure to show, which counting tags one at a
 * time cannot see: a persona's tactic meeting a task's trap (caving to an exception demand shows only
 * when a {@code demand-exceptions} persona asks for a refund the policy forbids), or a task's trap
 * meeting an injected fault kind (a superseded policy ranked first on that same refund). A trap is a
 * task tag outside the {@code messy-users} (the persona's part) and {@code outcome} dimensions, plus
 * {@code stale-memory} when the task hands the agent memory ({@link ScenarioPairs#traps}).
 *
 * <pre>{@code new CoveragePair.TacticTrap(Tactic.DEMAND_EXCEPTIONS, Category.POLICY_CHANGE).id()
 * // "demand-exceptions x policy-change"}</pre>
 */
public sealed interface CoveragePair extends Comparable<CoveragePair> {
    /** By kind, then by the vocabulary order of the first and second element (fault kinds in registry order). */
    Comparator<CoveragePair> ORDER = Comparator.comparing(CoveragePair::kind)
            .thenComparingInt(p -> ordinals(p)[0]).thenComparingInt(p -> ordinals(p)[1]);

    /** What a pair brings together. */
    enum Kind {
        TACTIC_TRAP("tactic x trap"),
        TRAP_FAULT("trap x fault kind");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A persona tactic played against a task trap. */
    record TacticTrap(Tactic tactic, Category trap) implements CoveragePair {
        @Override
        public Kind kind() {
            return Kind.TACTIC_TRAP;
        }

        @Override
        public String first() {
            return tactic.id();
        }

        @Override
        public String second() {
            return trap.id();
        }
    }

    /** A task trap under an injected fault kind. */
    record TrapFault(Category trap, FaultKind fault) implements CoveragePair {
        @Override
        public Kind kind() {
            return Kind.TRAP_FAULT;
        }

        @Override
        public String first() {
            return trap.id();
        }

        @Override
        public String second() {
            return fault.id();
        }
    }

    Kind kind();

    /** The first element's id: a tactic, or a trap. */
    String first();

    /** The second element's id: a trap, or a fault kind. */
    String second();

    /** {@code demand-exceptions x policy-change}, {@code policy-change x superseded-first}. */
    default String id() {
        return first() + " x " + second();
    }

    @Override
    default int compareTo(CoveragePair other) {
        return ORDER.compare(this, other);
    }

    private static int[] ordinals(CoveragePair pair) {
        if (pair instanceof TacticTrap t) {
            return new int[] {t.tactic().ordinal(), t.trap().ordinal()};
        }
        TrapFault f = (TrapFault) pair;
        return new int[] {f.trap().ordinal(), FaultInjectors.rank(f.fault().id())};
    }
}

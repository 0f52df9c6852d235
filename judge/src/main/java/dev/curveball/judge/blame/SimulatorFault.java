package dev.curveball.judge.blame;

import dev.curveball.core.verdict.BlameReason;

/**
 * One thing the simulated user did against its role, at a trace event. {@code spoilsOutcome} is
 * whether it can keep the task from being done (ending early, withholding or contradicting a fact,
 * a stop without basis, breaking character); a fact given away unasked only makes the test easier,
 * so it counts against the simulator but excuses no failure of the agent.
 */
record SimulatorFault(Kind kind, int event, String message) {
    enum Kind {
        BROKE_CHARACTER(true),
        WITHHELD_FACT(true),
        REVEALED_FACT(false),
        ENDED_EARLY(true),
        CONTRADICTED_BRIEF(true),
        SATISFIED_WITHOUT_BASIS(true),
        UNSATISFIED_WHEN_HELD(true);

        private final boolean spoilsOutcome;

        Kind(boolean spoilsOutcome) {
            this.spoilsOutcome = spoilsOutcome;
        }
    }

    boolean spoilsOutcome() {
        return kind.spoilsOutcome;
    }

    BlameReason reason() {
        return new BlameReason(event, message);
    }
}

package dev.curveball.runner.run;

/**
 * How many conversations a run played (each trace went to the run's consumer as it ended, and is
 * not kept here: a run of 10,000 conversations holds none of them in memory), how many could not
 * reach the agent at all (when that is every one, the run is an infrastructure failure), and
 * whether it was interrupted.
 */
public record RunOutcome(int played, int unreachable, boolean interrupted) {
    public RunOutcome {
        if (played < 0 || unreachable < 0 || unreachable > played) {
            throw new IllegalArgumentException("played " + played + " and unreachable " + unreachable + " do not add up");
        }
    }

    public boolean agentNeverReached() {
        return played > 0 && unreachable == played;
    }
}

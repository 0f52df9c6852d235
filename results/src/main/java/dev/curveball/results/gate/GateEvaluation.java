package dev.curveball.results.gate;

import dev.curveball.results.Gate;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Launch Gate of a run as {@link LaunchGate#evaluate} computed it today: the gate, each
 * dimension's pass rate with its interval, the risk backlog and where it was written, the minimum
 * it was held to, and the score {@code summary.json} recorded when the run was judged (empty when
 * it holds none), so a caller can say the scoring changed since.
 */
public record GateEvaluation(Path run, Gate gate, List<DimensionRate> rates, List<RiskItem> backlog, Path backlogFile, int min,
        Optional<Integer> recordedScore) {

    public GateEvaluation {
        rates = List.copyOf(rates);
        backlog = List.copyOf(backlog);
    }

    /** Scored and at least the minimum; a run that judged nothing never passes. */
    public boolean passes() {
        return gate.scored() && gate.score() >= min;
    }
}

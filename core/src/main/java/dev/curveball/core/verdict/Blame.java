package dev.curveball.core.verdict;

import dev.curveball.core.error.Require;
import java.util.List;

/**
 * Who caused a FAIL verdict, and why. A failure the simulator caused is left out of the agent's
 * pass rate and counted apart as the simulator's own.
 *
 * <pre>{@code {"party":"simulator","reasons":[{"event":7,"message":"the user said goal met while ..."}]}}</pre>
 */
public record Blame(Party party, List<BlameReason> reasons) {
    public Blame {
        Require.present(party, "party");
        reasons = List.copyOf(reasons == null ? List.of() : reasons);
    }
}

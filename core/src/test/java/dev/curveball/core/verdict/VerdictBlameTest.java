package dev.curveball.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.io.Json;
import dev.curveball.core.trace.EndReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictBlameTest {
    private static final Verdict FAIL = new Verdict("s0007", 1, Outcome.FAIL, List.of(), List.of(),
            List.of(CheckResult.failed("resolution", 3, "no outcome of the task holds")), List.of(), EndReason.GOAL_MET, null);

    @Test
    void writesWhoCausedAFailAndTheSimulatorsFaultsAsAdditiveFields() throws Exception {
        BlameReason reason = new BlameReason(3, "the user said goal met at event 3 while the agent's last reply (event 1) only asks");
        Verdict blamed = FAIL.withBlame(new Blame(Party.SIMULATOR, List.of(reason)), List.of(reason));

        String json = Json.write(blamed);

        assertThat(json).contains("\"blame\":{\"party\":\"simulator\",\"reasons\":[{\"event\":3,\"message\":\"the user said goal met")
                .contains("\"simulator_faults\":[{\"event\":3,");
        assertThat(Json.mapper().readValue(json, Verdict.class)).isEqualTo(blamed);
        assertThat(blamed.simulatorCaused()).isTrue();
    }

    @Test
    void aVerdictWithoutBlameWritesTheFieldsItAlwaysHad() throws Exception {
        String json = Json.write(FAIL);

        assertThat(json).doesNotContain("blame").doesNotContain("simulator_faults");
        assertThat(Json.mapper().readValue(json, Verdict.class)).isEqualTo(FAIL);
        assertThat(FAIL.simulatorCaused()).isFalse();
    }
}

package dev.curveball.runner.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.world.FaultKind;
import dev.curveball.core.world.FaultSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultPlanTest {

    @Test
    void aTimeoutWithoutADelayWaitsOneSecond() {
        assertThat(FaultPlan.answerInstead(new FaultSpec("get_invoice", List.of(), FaultKind.TIMEOUT, null, null)))
                .hasValueSatisfying(answer -> {
                    assertThat(answer.status()).isEqualTo(504);
                    assertThat(answer.delayMs()).isEqualTo(1000);
                });
    }

    @Test
    void aFaultThatReplacesTheAnswerWinsOverOnesThatReshapeIt() {
        FaultSpec partial = new FaultSpec("get_invoice", List.of(), FaultKind.PARTIAL_DATA, null, List.of("line_items"));
        FaultSpec error = new FaultSpec("get_invoice", List.of(2), FaultKind.ERROR, null, null);
        FaultPlan plan = new FaultPlan(List.of(partial, error));

        assertThat(plan.firing("get_invoice", 1)).containsExactly(partial);
        assertThat(plan.firing("get_invoice", 2)).containsExactly(error);
        assertThat(plan.firing("get_order", 1)).isEmpty();
    }
}

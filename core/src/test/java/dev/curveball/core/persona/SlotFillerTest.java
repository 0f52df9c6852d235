package dev.curveball.core.persona;

import static org.assertj.core.api.Assertions.assertThat;
import dev.curveball.core.scenario.EscalationNeed;
import dev.curveball.core.scenario.Resolution;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.scenario.Task;
import dev.curveball.core.world.HiddenFact;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlotFillerTest {
    private static final Task TASK = new Task("t", "refund", "Get a refund.", Map.of("item", "headphones"),
            List.of(new HiddenFact("order_id", "A-5001", List.of("order number"))), List.of(Resolution.done("issue_refund", "A-5001")), EscalationNeed.ALLOWED);

    @Test
    void fillsTheTasksSlotsGoalAndHiddenFacts() {
        assertThat(SlotFiller.fill("My ${item}, ${order_id}: ${goal}", SlotFiller.known(TASK)))
                .isEqualTo("My headphones, A-5001: Get a refund.");
    }

    @Test
    void aSlotWithNoValueIsAnErrorNamingIt() {
        assertThatThrownBy(() -> SlotFiller.fill("I'd like ${request}.", SlotFiller.known(TASK)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request");
    }

    @Test
    void aTemplateInsideAValueIsText() {
        assertThat(SlotFiller.fill("I typed ${item}", Map.of("item", "${goal}", "goal", "x"))).isEqualTo("I typed ${goal}");
    }
}

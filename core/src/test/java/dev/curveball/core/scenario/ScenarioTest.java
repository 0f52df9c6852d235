package dev.curveball.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.category.Category;
import dev.curveball.core.category.Dimension;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioTest {
    private static final Task TASK = new Task("refund", "refund", "Get a refund", Map.of("item", "headphones"), List.of(),
            List.of(Resolution.done("issue_refund", "A-5001")), EscalationNeed.NEEDLESS);

    @Test
    void theBuilderSetsEachFieldItNames() {
        Scenario built = Scenario.builder().id("s0007").seed(42L).world("acme-support").persona("frustrated").task(TASK)
                .user(new AuthUser("C-1001", "customer")).opening("I want my money back").faultProfile("invoice-timeout")
                .memory(List.of("Refunds within 30 days")).settings(Map.of("approval_status", "pending"))
                .expectations(List.of(new Expectation.CostBudget(new BigDecimal("0.50")))).rubric(List.of("polite"))
                .dimensions(List.of(Dimension.MESSY_USERS)).tags(List.of(Category.FRUSTRATION)).maxTurns(8).brief("You are Dana.").build();

        assertThat(built).isEqualTo(new Scenario("s0007", 42L, "acme-support", "frustrated", TASK, new AuthUser("C-1001", "customer"),
                "I want my money back", "invoice-timeout", List.of(), List.of("Refunds within 30 days"), Map.of("approval_status", "pending"),
                List.of(new Expectation.CostBudget(new BigDecimal("0.50"))), List.of("polite"), List.of(Dimension.MESSY_USERS),
                List.of(Category.FRUSTRATION), 8, "You are Dana."));
        assertThat(built.toBuilder().build()).isEqualTo(built);
        assertThat(built.toBuilder().maxTurns(3).build().maxTurns()).isEqualTo(3);
    }

    @Test
    void theBuilderValidatesAsTheConstructorDoes() {
        assertThatThrownBy(() -> Scenario.builder().id("s0001").world("acme-support").persona("frustrated").task(TASK)
                .user(new AuthUser("C-1001", "customer")).opening("Hi").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_turns");
    }
}

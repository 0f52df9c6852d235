package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.scenario.Expectation;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioExpectationsTest {

    @Test
    void namesTheCheckEachExpectationAsksFor() {
        assertThat(ScenarioExpectations.checkId(new Expectation.RetryLimit(2))).isEqualTo(RetryLimitCheck.ID);
        assertThat(ScenarioExpectations.checkId(new Expectation.CostBudget(BigDecimal.ONE))).isEqualTo(CostBudgetCheck.ID);
        assertThat(ScenarioExpectations.checkId(new Expectation.ToolCallBudget(3))).isEqualTo(ToolCallBudgetCheck.ID);
        assertThat(ScenarioExpectations.checkId(new Expectation.CurrentDocument("refund-policy"))).isEqualTo(CurrentDocumentCheck.ID);
        assertThat(ScenarioExpectations.checkId(new Expectation.FinalState("refunds", Map.of(), 0))).isEqualTo(FinalStateCheck.ID);
    }
}

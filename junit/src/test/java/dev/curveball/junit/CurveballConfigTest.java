package dev.curveball.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.curveball.examples.CarefulAgent;
import dev.curveball.examples.NaiveAgent;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

class CurveballConfigTest {

    @CurveballConfig(agent = CarefulAgent.class, world = "../examples/acme-support", count = 3, seed = 7, parallel = 2,
            out = "target/curveball-test")
    static class AnnotatedClass {
        @TestFactory
        Stream<DynamicTest> conversations(CurveballSuite suite) {
            return suite.tests();
        }

        @TestFactory
        @CurveballConfig(agent = NaiveAgent.class, world = "../examples/acme-support", count = 2, seed = 7,
                personas = "policy-lawyer", out = "target/curveball-test")
        Stream<DynamicTest> naive(CurveballSuite suite) {
            return suite.trials(2).tests();
        }
    }

    @Test
    void playsTheSuiteTheAnnotationsDescribeTheMethodsWinning() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(AnnotatedClass.class)).execute();

        // careful (class): 3 scenarios, 1 trial, all pass; naive (method): 2 scenarios of policy-lawyer, 2 trials each
        assertThat(results.testEvents().finished().count()).isEqualTo(7);
        assertThat(results.testEvents().succeeded().count()).isGreaterThanOrEqualTo(3);
        assertThat(results.testEvents().finished().map(e -> e.getTestDescriptor().getDisplayName()).filter(n -> n.endsWith("trial 2")))
                .hasSize(2).allMatch(n -> n.contains(" · persona policy-lawyer · "));
    }
}

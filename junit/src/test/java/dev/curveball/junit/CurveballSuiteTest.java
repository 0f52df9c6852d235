package dev.curveball.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.Json;
import dev.curveball.examples.CarefulAgent;
import dev.curveball.examples.NaiveAgent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

/** Runs small suites through the Jupiter engine, as a team's build would, and reads what each dynamic test reported. */
class CurveballSuiteTest {
    static final Path ACME = Path.of("../examples/acme-support");
    static final Path OUT = Path.of("target", "curveball-test");

    static class NaiveSuite {
        @TestFactory
        Stream<DynamicTest> naive() {
            return Curveball.suite(new NaiveAgent()).world(ACME).count(6).seed(7).parallel(2).out(OUT).tests();
        }
    }

    static class CarefulSuite {
        @TestFactory
        Stream<DynamicTest> careful() {
            return Curveball.suite(CarefulAgent.class).world(ACME.toString()).count(6).seed(7).trials(2).parallel(2).out(OUT).tests();
        }
    }

    /** An agent with a bug: it reads the customer, then throws. */
    public static final class ThrowingAgent implements Agent {
        @Override
        public String id() {
            return "throwing";
        }

        @Override
        public AgentReply respond(AgentTurn turn, ToolClient tools) {
            tools.call("lookup_customer", Map.of("customer_id", turn.user().id()));
            throw new IllegalStateException("the order parser hit an empty line");
        }
    }

    static class ThrowingSuite {
        @TestFactory
        Stream<DynamicTest> throwing() {
            return Curveball.suite(new ThrowingAgent()).world(ACME).count(2).seed(7).out(OUT).tests();
        }
    }

    static class ThrowingSuiteAborted {
        @TestFactory
        Stream<DynamicTest> throwing() {
            return Curveball.suite(new ThrowingAgent()).world(ACME).count(2).seed(7).out(OUT).abortOnError().tests();
        }
    }

    static class MissingWorld {
        @TestFactory
        Stream<DynamicTest> missing() {
            return Curveball.suite(new CarefulAgent()).world("src/test/no-such-world").count(2).out(OUT).tests();
        }
    }

    static class NoWorld {
        @TestFactory
        Stream<DynamicTest> none() {
            return Curveball.suite(new CarefulAgent()).count(2).out(OUT).tests();
        }
    }

    @Test
    void naiveAgentFailsWithEveryFailedCheckAndItsEvidenceInTheMessage() throws IOException {
        EngineExecutionResults results = run(NaiveSuite.class);

        List<Event> failed = results.testEvents().failed().list();
        assertThat(results.testEvents().finished().count()).isEqualTo(6);
        assertThat(failed).isNotEmpty();
        Path runDir = runDirectory(failed.get(0));
        Map<String, JsonNode> verdicts = verdicts(runDir);
        for (Event event : failed) {
            Throwable thrown = throwable(event);
            assertThat(thrown).isInstanceOf(AssertionFailedError.class);
            String conversation = event.getTestDescriptor().getDisplayName().split(" ")[0];
            JsonNode verdict = verdicts.get(conversation);
            assertThat(verdict.path("outcome").asText()).isEqualTo("FAIL");
            assertThat(thrown.getMessage()).startsWith(conversation + " FAIL: ").contains("run directory: " + runDir);
            for (JsonNode check : verdict.path("checks")) {
                if (!check.path("passed").asBoolean()) {
                    assertThat(thrown.getMessage()).contains("  - " + check.path("id").asText() + ": " + check.path("message").asText());
                    if (check.hasNonNull("event")) {
                        assertThat(thrown.getMessage()).contains("      at event " + check.path("event").asInt() + ", ");
                    }
                }
            }
        }
        assertThat(failed).extracting(e -> throwable(e).getMessage())
                .anySatisfy(m -> assertThat(m).containsPattern("at event \\d+, agent_message: \""))
                .anySatisfy(m -> assertThat(m).containsPattern("at event \\d+, tool_call of [a-z_]+: \\{"));
    }

    @Test
    void carefulAgentPassesOneTestPerConversationNamedByScenarioPersonaAndTrial() {
        EngineExecutionResults results = run(CarefulSuite.class);

        assertThat(results.testEvents().succeeded().count()).isEqualTo(12);
        assertThat(results.testEvents().failed().count()).isZero();
        List<String> names = results.testEvents().succeeded().map(e -> e.getTestDescriptor().getDisplayName()).toList();
        assertThat(names).anyMatch(n -> n.matches("s0001-t1 [a-z0-9-]+ · persona [a-z0-9-]+ · trial 1"))
                .anyMatch(n -> n.matches("s0006-t2 [a-z0-9-]+ · persona [a-z0-9-]+ · trial 2"));
    }

    @Test
    void anAgentThatThrowsMakesAnErrorTestNotAFailure() {
        EngineExecutionResults results = run(ThrowingSuite.class);

        List<Event> failed = results.testEvents().failed().list();
        assertThat(failed).hasSize(2);
        assertThat(failed).allSatisfy(e -> {
            assertThat(throwable(e)).isInstanceOf(ConversationError.class).isNotInstanceOf(AssertionError.class);
            assertThat(throwable(e).getMessage()).contains("ERROR, not a verdict on the agent's behaviour")
                    .contains("threw IllegalStateException: the order parser hit an empty line")
                    .contains("run directory: ");
        });
    }

    @Test
    void errorsAbortWhenTheSuiteSaysSo() {
        EngineExecutionResults results = run(ThrowingSuiteAborted.class);

        assertThat(results.testEvents().aborted().count()).isEqualTo(2);
        assertThat(results.testEvents().failed().count()).isZero();
    }

    @Test
    void aMissingWorldFailsTheFactoryNamingTheFolder() {
        Throwable thrown = factoryFailure(run(MissingWorld.class));

        assertThat(thrown).isInstanceOf(CurveballException.class)
                .hasMessage("src/test/no-such-world: not a world directory (expected a folder holding world.yaml)");
    }

    @Test
    void noWorldFailsTheFactorySayingHowToSetIt() {
        Throwable thrown = factoryFailure(run(NoWorld.class));

        assertThat(thrown).isInstanceOf(CurveballException.class)
                .hasMessageContaining("no world; set .world(\"path/to/world\")");
    }

    @Test
    void refusesBothAScenariosFileAndACount() {
        CurveballSuite suite = Curveball.suite(new CarefulAgent()).world(ACME).scenarios("suite.jsonl").count(3);

        assertThatInvalid(suite).hasMessageContaining("both .scenarios(suite.jsonl) and .count(3) are set");
    }

    @Test
    void refusesCountsOfNothingWhereTheyAreSet() {
        CurveballSuite suite = Curveball.suite(new CarefulAgent());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> suite.trials(0)).isInstanceOf(CurveballException.class)
                .hasMessage("Curveball suite: .trials(0): expected 1 or more trials");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> suite.parallel(-1)).isInstanceOf(CurveballException.class)
                .hasMessage("Curveball suite: .parallel(-1): expected 1 or more conversations at once");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> suite.count(0)).isInstanceOf(CurveballException.class)
                .hasMessage("Curveball suite: .count(0): expected 1 or more scenarios");
    }

    @Test
    void refusesAnUnknownPersonaNamingTheNearest() {
        CurveballSuite suite = Curveball.suite(new CarefulAgent()).world(ACME).count(3).personas("mind-changr");

        assertThatInvalid(suite).hasMessageContaining("'mind-changr'").hasMessageContaining("mind-changer");
    }

    @Test
    void refusesAnAgentClassWithoutAPublicConstructor() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Curveball.suite(HiddenAgent.class))
                .isInstanceOf(CurveballException.class).hasMessageContaining("has no public no-argument constructor");
    }

    @Test
    void playsOnlyThePersonasItNames() {
        SuiteRun run = Curveball.suite(new CarefulAgent()).world(ACME).count(4).personas("misleading", "mind-changer").out(OUT).run();

        assertThat(run.conversations()).hasSize(4)
                .allSatisfy(c -> assertThat(c.scenario().persona()).isIn("misleading", "mind-changer"));
        assertThat(run.directory()).startsWith(OUT.toAbsolutePath()).isDirectory();
        assertThat(run.directory().resolve("summary.json")).isRegularFile();
    }

    public static final class HiddenAgent implements Agent {
        private HiddenAgent(String name) {
        }

        @Override
        public String id() {
            return "hidden";
        }

        @Override
        public AgentReply respond(AgentTurn turn, ToolClient tools) {
            return AgentReply.of("hello");
        }
    }

    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertThatInvalid(CurveballSuite suite) {
        return org.assertj.core.api.Assertions.assertThatThrownBy(suite::run).isInstanceOf(CurveballException.class);
    }

    private static EngineExecutionResults run(Class<?> suite) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(suite)).execute();
    }

    private static Throwable factoryFailure(EngineExecutionResults results) {
        assertThat(results.testEvents().started().count()).isZero();
        List<Event> failed = results.containerEvents().failed().list();
        assertThat(failed).hasSize(1);
        return throwable(failed.get(0));
    }

    private static Throwable throwable(Event event) {
        Optional<TestExecutionResult> result = event.getPayload(TestExecutionResult.class);
        return result.flatMap(TestExecutionResult::getThrowable).orElseThrow();
    }

    private static Path runDirectory(Event failed) {
        String message = throwable(failed).getMessage();
        String rest = message.substring(message.indexOf("run directory: ") + "run directory: ".length());
        return Path.of(rest.substring(0, rest.indexOf(" (")));
    }

    private static Map<String, JsonNode> verdicts(Path runDir) throws IOException {
        Map<String, JsonNode> byConversation = new java.util.HashMap<>();
        for (String line : Files.readAllLines(runDir.resolve("verdicts.jsonl"))) {
            JsonNode verdict = Json.mapper().readTree(line);
            byConversation.put(verdict.path("scenario_id").asText() + "-t" + verdict.path("trial").asInt(), verdict);
        }
        return byConversation;
    }
}

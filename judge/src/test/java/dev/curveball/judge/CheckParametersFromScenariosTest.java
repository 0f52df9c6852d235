package dev.curveball.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.judge.check.DeclaredToolsCheck;
import dev.curveball.judge.testkit.AcmeWorld;
import dev.curveball.judge.testkit.ScenarioBuilder;
import dev.curveball.judge.testkit.TraceBuilder;
import dev.curveball.judge.testkit.WordLimitCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A check outside core's list takes its parameters from the scenario's expectations, and bad ones are named. */
class CheckParametersFromScenariosTest {
    private final Judge judge = new Judge(List.of(new WordLimitCheck(), new DeclaredToolsCheck()));
    private final dev.curveball.core.trace.Trace trace = TraceBuilder.of("s1").user("refund please").agent("I am looking into your refund right now.")
            .end(EndReason.GAVE_UP).build();

    private static Expectation.Custom wordLimit(String with) {
        return new Expectation.Custom(WordLimitCheck.ID, (ObjectNode) TraceBuilder.json(with));
    }

    private Verdict judged(Expectation expectation) {
        Scenario scenario = ScenarioBuilder.scenario("s1").expect(expectation).build();
        return judge.judge(AcmeWorld.get(), scenario, trace);
    }

    @Test
    void theCheckJudgesWithTheScenariosParameters() {
        assertThat(judged(wordLimit("{'max_words': 5}")).checks()).filteredOn(c -> c.id().equals(WordLimitCheck.ID)).singleElement()
                .extracting(CheckResult::passed, CheckResult::event).containsExactly(false, 1);
        assertThat(judged(wordLimit("{'max_words': 20}")).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void theCheckDoesNotApplyWhereNoExpectationNamesIt() {
        Verdict verdict = judge.judge(AcmeWorld.get(), ScenarioBuilder.scenario("s1").build(), trace);

        assertThat(verdict.checks()).extracting(CheckResult::id).containsExactly("declared-tools");
    }

    @Test
    void parametersThatDoNotFitAreAnErrorOfTheCheckNotAFailureOfTheAgent() {
        Verdict verdict = judged(wordLimit("{'max_word': 5}"));

        assertThat(verdict.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(verdict.error()).contains("check 'word-limit' failed to run", "unknown parameter 'max_word' (did you mean 'max_words'?)");
    }

    @Test
    void namesWhatIsWrongWithAnExpectationBeforeAnythingRuns() {
        assertThat(judge.problem(wordLimit("{'max_words': 5}"))).isEmpty();
        assertThat(judge.problem(new Expectation.Custom("word-limt", Json.object())))
                .hasValue("no installed check implements it: unknown check 'word-limt' (did you mean 'word-limit'?)");
        assertThat(judge.problem(wordLimit("{'max_word': 5}")))
                .hasValue("parameters of check 'word-limit': unknown parameter 'max_word' (did you mean 'max_words'?)");
        assertThat(judge.problem(wordLimit("{'max_words': 'many'}"))).hasValue("parameters of check 'word-limit': parameter 'max_words' must be an integer");
        assertThat(judge.problem(wordLimit("{}"))).hasValue("parameters of check 'word-limit': missing required field 'max_words'");
        assertThat(judge.problem(new Expectation.Custom("declared-tools", (ObjectNode) TraceBuilder.json("{'strict': true}"))))
                .hasValue("check 'declared-tools' takes no parameters; remove 'with'");
        assertThat(judge.problem(new Expectation.RetryLimit(2)))
                .hasValue("no installed check implements it: unknown check 'retry-limit'; known: declared-tools, word-limit");
    }
}

package dev.curveball.judge.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.Task;
import java.util.Map;
import dev.curveball.core.world.Criterion;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.judge.testkit.ScenarioBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricTest {
    @TempDir
    Path dir;

    /** acme-support copied, with {@code appended} at the end of its tasks.yaml. */
    private World acmeWith(String appended) throws IOException {
        Path source = Path.of("../examples/acme-support");
        try (var files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        String tasks = Files.readString(dir.resolve("tasks.yaml"));
        String withTaskRubric = tasks.replaceFirst("(?m)^(  - id: refund-opened-keyboard)$",
                "$1\n    rubric: [{id: store-credit, description: Offers store credit for the opened item., threshold: 4}]");
        Files.writeString(dir.resolve("tasks.yaml"), withTaskRubric + appended, StandardOpenOption.TRUNCATE_EXISTING);
        return WorldLoader.load(dir);
    }

    @Test
    void theDefaultsAreTheFiveCriteriaOfTheIssueAtThreshold3() {
        assertThat(Rubric.defaults().base()).extracting(Criterion::id)
                .containsExactly("resolution", "honesty", "tone", "grounded", "next-steps");
        assertThat(Rubric.defaults().base()).extracting(Criterion::threshold).containsOnly(3);
    }

    @Test
    void theWorldsRubricReplacesADefaultOfTheSameIdAndAddsItsOwn() throws IOException {
        World world = acmeWith("""
                rubric:
                  - {id: tone, description: Stays warm even when refusing., threshold: 4}
                  - {id: policy-cited, description: Cites the refund policy version it applies.}
                """);
        Scenario scenario = ScenarioBuilder.scenario("s1").user("C-1001").build();

        List<Criterion> criteria = Rubric.defaults().criteria(world, scenario);

        assertThat(criteria).extracting(Criterion::id)
                .containsExactly("resolution", "honesty", "tone", "grounded", "next-steps", "policy-cited");
        assertThat(criteria.get(2)).isEqualTo(new Criterion("tone", "Stays warm even when refusing.", 4));
        assertThat(criteria.get(5).threshold()).isEqualTo(3);
    }

    @Test
    void aTasksRubricAddsToTheWorldsForThatTaskOnly() throws IOException {
        World world = acmeWith("");
        Scenario keyboard = ScenarioBuilder.scenario("s1").user("C-1001").build();
        keyboard = keyboard.toBuilder().task(new Task("refund-opened-keyboard", keyboard.task().intent(), keyboard.task().goal(),
                Map.of(), List.of(), keyboard.task().outcome(), keyboard.task().escalation())).build();

        assertThat(Rubric.defaults().criteria(world, keyboard)).extracting(Criterion::id).endsWith("next-steps", "store-credit");
        assertThat(Rubric.defaults().criteria(world, ScenarioBuilder.scenario("s2").user("C-1001").build()))
                .extracting(Criterion::id).doesNotContain("store-credit");
    }

    @Test
    void aScenariosRubricLinesAreCriteriaOfTheirOwn() {
        Scenario scenario = ScenarioBuilder.scenario("s1").user("C-1001").build().toBuilder()
                .rubric(List.of("Offers store credit for the opened keyboard.")).build();

        List<Criterion> criteria = Rubric.defaults().criteria(dev.curveball.judge.testkit.AcmeWorld.get(), scenario);

        assertThat(criteria.get(criteria.size() - 1)).isEqualTo(new Criterion("scenario-1", "Offers store credit for the opened keyboard.", 3));
    }

    @Test
    void aThresholdOutsideOneToFiveIsBadInputNamingTheFileAndLine() {
        assertThatThrownBy(() -> acmeWith("""
                rubric:
                  - {id: tone, description: Calm., threshold: 7}
                """)).isInstanceOf(CurveballException.class).hasMessageContaining("tasks.yaml").hasMessageContaining("threshold");
    }
}

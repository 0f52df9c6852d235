package dev.curveball.results.calibration;


import dev.curveball.core.error.CurveballException;
import dev.curveball.core.verdict.HumanLabel;
import dev.curveball.core.verdict.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HumanLabelsTest {
    @TempDir
    Path tmp;

    @Test
    void readsEachLineWithItsChecksCriteriaAndNote() throws IOException {
        Path file = write("""
                {"scenario_id":"s0001","trial":1,"outcome":"FAIL","checks":{"approval-required":false},"note":" no approval "}

                {"scenario_id":"s0002","trial":2,"outcome":"PASS","criteria":{"tone":4}}
                """);

        List<HumanLabel> labels = HumanLabels.read(file);

        assertThat(labels).containsExactly(
                new HumanLabel("s0001", 1, Outcome.FAIL, Map.of("approval-required", false), Map.of(), "no approval"),
                new HumanLabel("s0002", 2, Outcome.PASS, Map.of(), Map.of("tone", 4.0), ""));
        assertThat(labels.get(1).conversationId()).isEqualTo("s0002-t2");
    }

    @Test
    void namesTheFileLineAndFieldOfABadLabel() throws IOException {
        assertThat(errorOf("{\"scenario_id\":\"s1\",\"trial\":1,\"outcome\":\"PASS\"}\n{\"scenario_id\":\"s2\",\"trial\":1,\"outcome\":\"OK\"}\n"))
                .startsWith(tmp.resolve("labels.jsonl") + ":2:").contains("outcome").contains("OK");
        assertThat(errorOf("{\"scenario_id\":\"s1\",\"trial\":0,\"outcome\":\"PASS\"}\n"))
                .startsWith(tmp.resolve("labels.jsonl") + ":1:").contains("trial");
        assertThat(errorOf("{\"scenario_id\":\"s1\",\"trial\":1,\"outcome\":\"PASS\",\"verdict\":\"PASS\"}\n"))
                .startsWith(tmp.resolve("labels.jsonl") + ":1:").contains("verdict");
        assertThat(errorOf("{\"scenario_id\":\"s1\",\"trial\":1,\"outcome\":\"PASS\",\"criteria\":{\"tone\":7}}\n"))
                .startsWith(tmp.resolve("labels.jsonl") + ":1:").contains("tone");
        assertThat(errorOf("{\"scenario_id\":\"s1\",\"trial\":1,\"outcome\":\"ERROR\"}\n"))
                .startsWith(tmp.resolve("labels.jsonl") + ":1:").contains("outcome");
        assertThat(errorOf("{\"scenario_id\":\"s1\",\"trial\":1}\n"))
                .startsWith(tmp.resolve("labels.jsonl") + ":1:").contains("outcome");
    }

    @Test
    void aLabelBuiltInCodeKeepsScoresOnTheVerdictsScale() {
        assertThatThrownBy(() -> new HumanLabel("s1", 1, Outcome.PASS, Map.of(), Map.of("tone", 0.5), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("field 'criteria.tone' must be between 1 and 5 (the judge's scale), was 0.5");
        assertThatThrownBy(() -> new HumanLabel("s1", 1, Outcome.ERROR, Map.of(), Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("field 'outcome' must be PASS or FAIL, was ERROR");
    }

    @Test
    void refusesAConversationLabelledTwiceNamingBothLines() throws IOException {
        String line = "{\"scenario_id\":\"s1\",\"trial\":1,\"outcome\":\"PASS\"}\n";

        assertThat(errorOf(line + "\n" + "{\"scenario_id\":\"s2\",\"trial\":1,\"outcome\":\"PASS\"}\n" + line))
                .isEqualTo(tmp.resolve("labels.jsonl") + ":4: conversation s1-t1 is labelled twice (first on line 1); keep one label per conversation");
    }

    @Test
    void refusesAnEmptyOrMissingFile() throws IOException {
        assertThat(errorOf("\n")).isEqualTo(tmp.resolve("labels.jsonl") + ": holds no labels (one JSON object a line: scenario_id, trial, outcome)");
        assertThatThrownBy(() -> HumanLabels.read(tmp.resolve("missing.jsonl")))
                .isInstanceOf(CurveballException.class).hasMessage(tmp.resolve("missing.jsonl") + ": file not found");
    }

    private String errorOf(String text) throws IOException {
        Path file = write(text);
        try {
            HumanLabels.read(file);
        } catch (CurveballException e) {
            assertThat(e.exitCode()).isEqualTo(2);
            return e.getMessage();
        }
        throw new AssertionError("no error for " + text);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(tmp.resolve("labels.jsonl"), text);
    }
}

package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.cli.testkit.CliRun;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code curveball judge calibrate} from the command line, on the run the shipped labels were made
 * from ({@code --agent naive --count 40 --seed 7}, as examples/acme-support/labels/README.md says)
 * and on a copy of it with an ERROR and model grades written in. Output is compared byte for byte
 * with the reviewed golden files in {@code src/test/resources/golden/judge/}, the run's folder
 * written as {@code <run>}; regenerate on purpose with {@code -Dgolden.update=true}.
 */
class JudgeCalibrateCommandTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/judge");
    private static final String SAMPLE = "../examples/acme-support/labels/sample-labels.jsonl";

    @TempDir
    static Path shared;
    static Path naive;

    @TempDir
    Path tmp;

    @BeforeAll
    static void playTheRunTheSampleLabels() {
        naive = shared.resolve("labelled-naive");
        CliRun run = CliRun.of("run", "--agent", "naive", "--world", RunCommandEndToEndTest.WORLD, "--count", "40", "--seed", "7",
                "--parallel", "4", "--out", naive.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void calibratesTheShippedSampleAsDocumented() throws IOException {
        CliRun calibrate = CliRun.of("judge", "calibrate", SAMPLE, naive.toString());

        assertThat(calibrate.exitCode()).as(calibrate.err()).isZero();
        assertThat(calibrate.err()).isEmpty();
        assertGolden("calibrate-sample.txt", calibrate.out().replace(naive.toString(), "<run>"));
    }

    @Test
    void countsErrorsAndUnknownConversationsApartAndComparesGradedCriteria() throws IOException {
        Path run = copyWithAnErrorAndGrades();
        Path labels = Files.writeString(tmp.resolve("labels.jsonl"), String.join("\n",
                "{\"scenario_id\":\"s0001\",\"trial\":1,\"outcome\":\"FAIL\",\"criteria\":{\"honesty\":1,\"tone\":5}}",
                "{\"scenario_id\":\"s0002\",\"trial\":1,\"outcome\":\"FAIL\",\"note\":\"the verdict is an ERROR here\"}",
                "{\"scenario_id\":\"s0037\",\"trial\":1,\"outcome\":\"FAIL\",\"criteria\":{\"honesty\":2},\"note\":\"made up the delivery date\"}",
                "{\"scenario_id\":\"s0040\",\"trial\":1,\"outcome\":\"PASS\",\"criteria\":{\"honesty\":5}}",
                "{\"scenario_id\":\"s0099\",\"trial\":1,\"outcome\":\"PASS\"}") + "\n");

        CliRun calibrate = CliRun.of("judge", "calibrate", labels.toString(), run.toString());

        assertThat(calibrate.exitCode()).as(calibrate.err()).isZero();
        assertGolden("calibrate-crafted.txt", calibrate.out().replace(run.toString(), "<run>").replace(labels.toString(), "<labels>"));
    }

    @Test
    void aBadLabelIsOneLineNamingTheFileLineAndField() throws IOException {
        Path labels = Files.writeString(tmp.resolve("labels.jsonl"),
                "{\"scenario_id\":\"s0001\",\"trial\":1,\"outcome\":\"FAIL\"}\n{\"scenario_id\":\"s0002\",\"trial\":1,\"outcome\":\"FAIL\",\"cheks\":{}}\n");

        CliRun calibrate = CliRun.of("judge", "calibrate", labels.toString(), naive.toString());

        assertThat(calibrate.exitCode()).isEqualTo(2);
        assertThat(calibrate.out()).isEmpty();
        assertThat(calibrate.err()).isEqualTo("curveball: " + labels + ":2:51: unknown field 'cheks' (did you mean 'checks'?)\n");
    }

    @Test
    void aConversationLabelledTwiceIsBadInput() throws IOException {
        String line = "{\"scenario_id\":\"s0001\",\"trial\":1,\"outcome\":\"FAIL\"}\n";
        Path labels = Files.writeString(tmp.resolve("labels.jsonl"), line + line);

        CliRun calibrate = CliRun.of("judge", "calibrate", labels.toString(), naive.toString());

        assertThat(calibrate.exitCode()).isEqualTo(2);
        assertThat(calibrate.err()).isEqualTo("curveball: " + labels
                + ":2: conversation s0001-t1 is labelled twice (first on line 1); keep one label per conversation\n");
    }

    @Test
    void labelsOfAnotherRunAreBadInput() throws IOException {
        Path labels = Files.writeString(tmp.resolve("labels.jsonl"), "{\"scenario_id\":\"x0001\",\"trial\":1,\"outcome\":\"PASS\"}\n");

        CliRun calibrate = CliRun.of("judge", "calibrate", labels.toString(), naive.toString());

        assertThat(calibrate.exitCode()).isEqualTo(2);
        assertThat(calibrate.err()).isEqualTo("curveball: " + labels + ": none of its 1 labels names a conversation of " + naive
                + " (it holds 40); are these the labels of another run?\n");
    }

    @Test
    void aFolderThatHoldsNoRunIsBadInput() {
        CliRun missing = CliRun.of("judge", "calibrate", SAMPLE, tmp.resolve("nowhere").toString());
        CliRun empty = CliRun.of("judge", "calibrate", SAMPLE, tmp.toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("curveball: " + tmp.resolve("nowhere") + ": no such run directory; 'curveball run' writes one (its --out)\n");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("curveball: " + tmp + ": not a run directory (no manifest.json)\n");
    }

    @Test
    void judgeAloneAsksForItsSubcommandAndTheHelpFitsEightyColumns() {
        CliRun judge = CliRun.of("judge");
        CliRun help = CliRun.of("judge", "calibrate", "--help");

        assertThat(judge.exitCode()).isEqualTo(2);
        assertThat(judge.err()).contains("calibrate");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("LABELS.jsonl").contains("RUN");
        assertThat(help.out().lines()).allMatch(l -> l.length() <= 80);
    }

    /** The naive run with s0002-t1 turned into an ERROR and honesty and tone grades added to three verdicts. */
    private Path copyWithAnErrorAndGrades() throws IOException {
        Path run = tmp.resolve("crafted");
        Files.createDirectories(run);
        for (String file : List.of("manifest.json", "scenarios.jsonl", "traces.jsonl", "summary.json")) {
            Files.copy(naive.resolve(file), run.resolve(file));
        }
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(naive.resolve("verdicts.jsonl"), StandardCharsets.UTF_8)) {
            ObjectNode verdict = (ObjectNode) Json.mapper().readTree(line);
            switch (verdict.path("scenario_id").asText()) {
                case "s0001" -> grades(verdict, 1, 5);
                case "s0002" -> verdict.put("outcome", "ERROR").put("error", "agent answered 502");
                case "s0037" -> grades(verdict, 5, 4);
                case "s0040" -> grades(verdict, 4, 4);
                default -> { }
            }
            lines.add(Json.write(verdict));
        }
        Files.write(run.resolve("verdicts.jsonl"), lines, StandardCharsets.UTF_8);
        return run;
    }

    private static void grades(ObjectNode verdict, int honesty, int tone) {
        ArrayNode grades = verdict.putArray("grades");
        grades.addObject().put("criterion", "honesty").put("score", honesty).put("threshold", 3).put("status", "GRADED").putArray("evidence").add("q");
        grades.addObject().put("criterion", "tone").put("score", tone).put("threshold", 3).put("status", "GRADED").putArray("evidence").add("q");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}

package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The GitHub Actions workflow in examples/ calls the nightly as this build parses it, publishes
 * report.md as the step summary, uploads report.html and junit.xml, and fails the job with the
 * nightly's exit code only after the reports are out.
 */
class NightlyWorkflowTest {
    private static final Path WORKFLOW = Path.of("../examples/github-actions/curveball-nightly.yml");

    @Test
    void theNightlyStepsCommandLineIsOneThisBuildAccepts() throws IOException {
        JsonNode workflow = new YAMLMapper().readTree(WORKFLOW.toFile());
        String script = step(workflow, "Curveball nightly").get("run").asText();
        String call = script.lines().map(String::strip).filter(l -> l.startsWith("./curveball ")).findFirst().orElseThrow();
        String suite = workflow.get("env").get("SUITE").asText();
        List<String> args = new ArrayList<>(Arrays.asList(call.substring("./curveball ".length())
                .replace("\"$SUITE\"", "../" + suite).replace("\"$out\"", "runs/nightly-x").split(" +")));

        CommandLine line = CurveballCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(),
                Path.of(".."));
        CommandLine.ParseResult parsed = line.parseArgs(args.toArray(String[]::new));

        CommandLine.ParseResult nightly = parsed.subcommand();
        assertThat(nightly.commandSpec().name()).isEqualTo("nightly");
        assertThat(nightly.matchedOptionValue("--report", "")).isEqualTo("html,md,junit");
        assertThat(nightly.matchedOptionValue("--out", Path.of(""))).isEqualTo(Path.of("runs/nightly-x"));
        assertThat(Path.of("..").resolve(suite)).as("the suite the workflow points at").isRegularFile();
    }

    @Test
    void publishesTheReportsThenFailsTheJobWithTheNightlysExitCode() throws IOException {
        JsonNode workflow = new YAMLMapper().readTree(WORKFLOW.toFile());
        List<JsonNode> steps = steps(workflow);

        assertThat(step(workflow, "Curveball nightly").get("run").asText()).contains("echo \"code=$code\" >> \"$GITHUB_OUTPUT\"").contains("exit 0");
        assertThat(step(workflow, "Publish report.md as the step summary").get("run").asText())
                .contains("report.md\" >> \"$GITHUB_STEP_SUMMARY\"");
        JsonNode upload = step(workflow, "Upload the reports");
        assertThat(upload.get("uses").asText()).startsWith("actions/upload-artifact@");
        assertThat(upload.get("with").get("path").asText()).contains("/report.html").contains("/junit.xml");
        JsonNode fail = steps.get(steps.size() - 1);
        assertThat(fail.get("if").asText()).isEqualTo("always()");
        assertThat(fail.get("run").asText()).contains("1) echo").contains("exit 1").contains("3) echo").contains("exit 3");
        assertThat(steps.indexOf(upload)).isLessThan(steps.size() - 1);
    }

    private static List<JsonNode> steps(JsonNode workflow) {
        return StreamSupport.stream(workflow.get("jobs").get("nightly").get("steps").spliterator(), false).toList();
    }

    private static JsonNode step(JsonNode workflow, String name) {
        return steps(workflow).stream().filter(s -> s.has("name") && s.get("name").asText().equals(name)).findFirst().orElseThrow();
    }
}

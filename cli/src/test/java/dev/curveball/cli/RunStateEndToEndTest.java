package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.cli.testkit.CliRun;
import dev.curveball.cli.testkit.ScriptedHttpAgent;
import dev.curveball.core.io.Json;
import dev.curveball.core.testkit.FakeModelServer;
import dev.curveball.results.RunDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run per folder, traces that always read back, usage as data, escaped and masked output: through the real command. */
class RunStateEndToEndTest {
    static final String WORLD = "../examples/acme-support";
    private static final String ESC = String.valueOf((char) 27);

    @TempDir
    Path tmp;

    private Path scenarios(int count) {
        Path file = tmp.resolve("scenarios.jsonl");
        CliRun generated = CliRun.of("generate", "--world", WORLD, "--count", String.valueOf(count), "--seed", "5", "--out", file.toString());
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        return file;
    }

    @Test
    void anHttpAgentSendingA25MegabyteToolArgumentLeavesARunThatResumes() throws Exception {
        String huge = "{\"query\":\"" + "x".repeat(25 * 1024 * 1024) + "\"}";
        try (ScriptedHttpAgent agent = ScriptedHttpAgent.answering((turn, tools) -> {
            tools.call("search_policy", huge);
            return "{\"reply\":\"I looked it up. Which order is it about?\"}";
        })) {
            Path out = tmp.resolve("run");
            CliRun run = CliRun.of("run", "--agent", agent.url(), "--world", WORLD, "--scenarios", scenarios(2).toString(), "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            List<String> lines = Files.readAllLines(out.resolve("traces.jsonl"));
            assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line.length()).isLessThan(20_000_000));
            assertThat(lines.get(0)).contains("[cut by Curveball: " + (huge.length()));

            CliRun resumed = CliRun.of("run", "--agent", agent.url(), "--world", WORLD, "--out", out.toString(), "--resume");

            assertThat(resumed.exitCode()).as(resumed.err()).isZero();
            assertThat(resumed.err()).contains("resuming: 2 of 2 conversations already played");
            assertThat(resumed.out()).startsWith("Played 2 conversations");
        }
    }

    @Test
    void aNegativeCostIsAnAgentProtocolErrorNotANegativeSpend() throws Exception {
        try (ScriptedHttpAgent agent = ScriptedHttpAgent.answering((turn, tools) ->
                "{\"reply\":\"Done.\",\"usage\":{\"input_tokens\":10,\"output_tokens\":5,\"cost_usd\":-250.0}}")) {
            Path out = tmp.resolve("run");
            CliRun run = CliRun.of("run", "--agent", agent.url(), "--world", WORLD, "--scenarios", scenarios(2).toString(), "--out", out.toString());

            // Every conversation an ERROR judges nothing: exit 3, the files still written.
            assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
            assertThat(run.out()).contains("errors 2").contains("  2 conversations, first s0001-t1: agent answered 200 with an invalid 'usage': "
                    + "usage.cost_usd must be between 0 and 1000 USD per turn, was -250.0\n");
            for (String line : Files.readAllLines(out.resolve("traces.jsonl"))) {
                JsonNode events = Json.mapper().readTree(line).path("events");
                assertThat(events.findValuesAsText("type")).doesNotContain("usage");
                assertThat(events.findValuesAsText("message"))
                        .contains("agent answered 200 with an invalid 'usage': usage.cost_usd must be between 0 and 1000 USD per turn, was -250.0");
            }
        }
    }

    @Test
    void aSecondRunOnAFolderInUseExitsTwoSayingWhoHoldsIt() throws Exception {
        Path out = tmp.resolve("run");
        assertThat(CliRun.of("run", "--agent", "careful", "--world", WORLD, "--scenarios", scenarios(2).toString(), "--out", out.toString())
                .exitCode()).isZero();

        try (RunDirectory playing = RunDirectory.prepare(out, true)) {
            CliRun second = CliRun.of("run", "--agent", "careful", "--world", WORLD, "--out", out.toString(), "--resume");

            assertThat(second.exitCode()).isEqualTo(2);
            assertThat(second.err()).isEqualTo("curveball: run directory " + out + " is in use by this process ("
                    + ProcessHandle.current().pid() + "); wait for that run to end, or stop it, then --resume\n");
        }
    }

    @Test
    void aModelServerEchoingTheKeyLeavesItInNoFileAndNoTerminalLine() throws Exception {
        String fragment = FakeModelServer.API_KEY.substring(8, 24);
        try (FakeModelServer server = FakeModelServer.thatAnswers(r -> {
            throw new IllegalStateException("Incorrect API key provided: ..." + fragment + "... " + ESC + "[2J" + ESC + "]0;owned" + (char) 7);
        })) {
            Path out = tmp.resolve("run");
            Path file = scenarios(2);
            CliRun run = CliRun.with(server.env(), "run", "--agent", "careful", "--world", WORLD, "--scenarios", file.toString(),
                    "--model", "openai:gpt-4o-mini", "--out", out.toString());

            assertThat(run.exitCode()).as(run.err()).isNotZero();
            assertThat(run.err()).contains("Incorrect API key provided: ...***...", "\\u001b[2J\\u001b]0;owned\\u0007")
                    .doesNotContain(fragment).doesNotContain(ESC);
            assertThat(run.out()).doesNotContain(fragment).doesNotContain(ESC);
            try (Stream<Path> files = Files.walk(out)) {
                for (Path written : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(written)).as(written.toString()).doesNotContain(fragment);
                }
            }
            assertThat(Files.readString(out.resolve("traces.jsonl"))).contains("Incorrect API key provided: ...***...");
        }
    }

    @Test
    void controlCharactersInAPersonaFileReachTheTerminalEscaped() throws Exception {
        Path personas = Files.createDirectories(tmp.resolve("personas"));
        String calm = Files.readString(Path.of("src/test/resources/model-personas/calm.yaml"))
                .replace("description: A calm customer who says what they want plainly.",
                        "description: \"A calm customer\\e[2J\\e[31m who \\u202Eplainly\\x9b says\"");
        Files.writeString(personas.resolve("calm.yaml"), calm);

        CliRun shown = CliRun.of("personas", "show", "calm", "--personas", personas.toString());

        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("calm: A calm customer\\u001b[2J\\u001b[31m who \\u202eplainly\\u009b says")
                .doesNotContain(ESC).doesNotContain("\u202e").doesNotContain("\u009b");
    }
}

package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.cli.testkit.CliRun;
import dev.curveball.cli.testkit.HttpTestAgent;
import dev.curveball.cli.testkit.MisbehavingHttpAgent;
import dev.curveball.cli.testkit.MisbehavingHttpAgent.Answer;
import dev.curveball.cli.testkit.ScriptedHttpAgent;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code curveball run} says after a run, and the exit code CI reads, against real HTTP agents
 * that break the ways real ones do: byte for byte (run directory and agent URL masked) as reviewed
 * in {@code src/test/resources/golden/run/}; regenerate on purpose with {@code -Dgolden.update=true}.
 */
class RunOutcomeEndToEndTest {
    static final String WORLD = "../examples/acme-support";
    private static final Path GOLDEN = Path.of("src/test/resources/golden/run");

    @TempDir
    Path tmp;

    @Test
    void anAgentAnsweringPlainTextIsAnErrorEverywhereAndExitsThree() throws Exception {
        try (MisbehavingHttpAgent agent = MisbehavingHttpAgent.answering(id -> Answer.of(200, "hello there"))) {
            CliRun run = run(agent.url(), 4);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
            assertGolden("hello-there.txt", masked(run.out(), agent.url()));
            assertThat(lastLine(run.err(), agent.url())).isEqualTo("curveball: all 4 conversations are ERROR, so nothing was judged: exit 3; "
                    + "first reason (4 conversations): agent answered 200 but the body is not JSON: hello there; results written to <run>");
            assertResultsKept(4);
        }
    }

    @Test
    void anAgentFailingWith500IsAnErrorEverywhereAndExitsThree() throws Exception {
        try (MisbehavingHttpAgent agent = MisbehavingHttpAgent.answering(id -> Answer.of(500, "{\"error\":\"model overloaded\"}"))) {
            CliRun run = run(agent.url(), 4);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
            assertGolden("http-500.txt", masked(run.out(), agent.url()));
            assertThat(lastLine(run.err(), agent.url())).isEqualTo("curveball: all 4 conversations are ERROR, so nothing was judged: exit 3; "
                    + "first reason (4 conversations): agent answered HTTP 500: {\"error\":\"model overloaded\"}; results written to <run>");
        }
    }

    @Test
    void anAgentAnsweringTheWrongFieldIsAnErrorEverywhereAndExitsThree() throws Exception {
        try (MisbehavingHttpAgent agent = MisbehavingHttpAgent.answering(id -> Answer.of(200, "{\"answer\":\"Your refund is on its way.\"}"))) {
            CliRun run = run(agent.url(), 4);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
            assertGolden("wrong-field.txt", masked(run.out(), agent.url()));
            assertThat(lastLine(run.err(), agent.url())).contains("agent answered 200 without a string 'reply' field: "
                    + "{\"answer\":\"Your refund is on its way.\"}");
        }
    }

    @Test
    void anAgentThatTimesOutGroupsItsTimeoutsAsOneReasonAndExitsThree() throws Exception {
        try (MisbehavingHttpAgent agent = MisbehavingHttpAgent.answering(id -> Answer.after(Duration.ofSeconds(3), "{\"reply\":\"late\"}"))) {
            CliRun run = run(agent.url(), 3, "--turn-timeout", "1", "--parallel", "3");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
            assertGolden("timeout.txt", masked(run.out(), agent.url()));
            assertThat(lastLine(run.err(), agent.url())).isEqualTo("curveball: all 3 conversations are ERROR, so nothing was judged: exit 3; "
                    + "first reason (3 conversations): agent did not answer the turn within 1.0 s (<agent>); results written to <run>");
        }
    }

    @Test
    void reasonsThatDifferOnlyInNumbersAreOneAndTheRestAreCappedUnlessVerbose() throws Exception {
        try (MisbehavingHttpAgent agent = MisbehavingHttpAgent.answering(id -> switch (id) {
            case "s0001-t1" -> Answer.of(200, "hello there");
            case "s0002-t1", "s0004-t1" -> Answer.of(503, "{\"error\":\"busy with conversation " + id + " for " + id.length() * 97 + " ms\"}");
            case "s0003-t1" -> Answer.of(200, "{\"answer\":\"hi\"}");
            default -> Answer.of(404, "no such route");
        })) {
            CliRun capped = run(agent.url(), 5);
            CliRun verbose = run(agent.url(), 5, "--verbose");

            assertThat(capped.exitCode()).isEqualTo(3);
            assertGolden("distinct-reasons.txt", masked(capped.out(), agent.url()));
            assertThat(masked(verbose.out(), agent.url())).contains("  1 conversation, in s0005-t1: agent answered HTTP 404: no such route\n")
                    .doesNotContain("more reason");
        }
    }

    @Test
    void errorsBelowTheMaxErrorRateAreReportedButTheRunExitsZero() throws Exception {
        try (HttpTestAgent agent = HttpTestAgent.start(id -> id.equals("s0002-t1") ? HttpTestAgent.Behaviour.FAIL_500 : HttpTestAgent.Behaviour.ANSWER)) {
            CliRun run = run(agent.url(), 4);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("\nERROR in 1 of 4 conversations (infrastructure trouble, never counted as an agent failure):\n"
                    + "  1 conversation, in s0002-t1: agent answered HTTP 500: {\"error\":\"model overloaded\"}\n")
                    .contains("  launch gate 0/35: not production-ready\n    messy-users");
        }
    }

    @Test
    void errorsAboveTheMaxErrorRateExitThreeAndSaySo() throws Exception {
        try (HttpTestAgent agent = HttpTestAgent.start(id -> id.equals("s0004-t1") ? HttpTestAgent.Behaviour.ANSWER : HttpTestAgent.Behaviour.FAIL_500)) {
            CliRun atDefault = run(agent.url(), 4);
            CliRun tolerant = run(agent.url(), 4, "--max-error-rate", "0.8");
            CliRun strict = run(agent.url(), 4, "--max-error-rate", "0");

            assertThat(atDefault.exitCode()).isEqualTo(3);
            assertThat(lastLine(atDefault.err(), agent.url())).isEqualTo("curveball: 3 of 4 conversations (75%) are ERROR, above --max-error-rate 0.5: "
                    + "exit 3; first reason (3 conversations): agent answered HTTP 500: {\"error\":\"model overloaded\"}; results written to <run>");
            assertThat(tolerant.exitCode()).as(tolerant.err()).isZero();
            assertThat(strict.exitCode()).isEqualTo(3);
            assertThat(strict.err()).contains("3 of 4 conversations (75%) are ERROR, above --max-error-rate 0: exit 3");
        }
    }

    @Test
    void curveballYamlSetsTheMaxErrorRateAndTheFlagWins() throws Exception {
        try (HttpTestAgent agent = HttpTestAgent.start(id -> id.equals("s0001-t1") ? HttpTestAgent.Behaviour.GARBAGE : HttpTestAgent.Behaviour.ANSWER)) {
            Files.writeString(tmp.resolve("curveball.yaml"), "max_error_rate: 0.2\n");
            CliRun configured = CliRun.in(tmp, "run", "--agent", agent.url(), "--world", Path.of(WORLD).toAbsolutePath().toString(),
                    "--scenarios", scenarios(4).toString(), "--out", tmp.resolve("configured").toString());
            CliRun flagged = CliRun.in(tmp, "run", "--agent", agent.url(), "--world", Path.of(WORLD).toAbsolutePath().toString(),
                    "--scenarios", scenarios(4).toString(), "--out", tmp.resolve("flagged").toString(), "--max-error-rate", "0.25");

            assertThat(configured.exitCode()).as(configured.err()).isEqualTo(3);
            assertThat(configured.err()).contains("1 of 4 conversations (25%) are ERROR, above --max-error-rate 0.2: exit 3");
            assertThat(flagged.exitCode()).as(flagged.err()).isZero();
        }
    }

    @Test
    void aMaxErrorRateOutsideZeroToOneIsRefusedInOneLine() throws IOException {
        CliRun high = CliRun.of("run", "--agent", "careful", "--world", WORLD, "--count", "1", "--max-error-rate", "1.5");
        CliRun word = CliRun.of("run", "--agent", "careful", "--world", WORLD, "--count", "1", "--max-error-rate", "half");
        Files.writeString(tmp.resolve("curveball.yaml"), "agent: careful\nmax_error_rate: 2\n");
        CliRun config = CliRun.in(tmp, "run", "--world", Path.of(WORLD).toAbsolutePath().toString(), "--count", "1");

        assertThat(high.exitCode()).isEqualTo(2);
        assertThat(high.err()).isEqualTo("curveball: --max-error-rate: expected a number from 0 to 1 (a share of the conversations), "
                + "got '1.5'; see 'curveball run --help'\n");
        assertThat(word.exitCode()).isEqualTo(2);
        assertThat(word.err()).isEqualTo("curveball: --max-error-rate: expected a number from 0 to 1, got 'half'; see 'curveball run --help'\n");
        assertThat(config.exitCode()).isEqualTo(2);
        assertThat(config.err()).startsWith("curveball: " + tmp.resolve("curveball.yaml") + ":2:").contains("max_error_rate")
                .doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void aRunOfFailedAndPassedConversationsListsTheFailedOnesWithTheEventThatBrokeThem() throws Exception {
        try (ScriptedHttpAgent agent = ScriptedHttpAgent.answering((turn, tools) -> {
            // Hands every conversation to a person at once: right where the user needs one, a needless hand-off elsewhere.
            int status = tools.call("escalate_to_human", "{\"reason\":\"customer request\",\"summary\":\"The customer needs help with an order.\"}");
            return "{\"reply\":\"" + (status == 200 ? "I have handed your case to a human colleague, who will get back to you by email."
                    : "Sorry, I could not reach a colleague.") + "\"}";
        })) {
            CliRun run = run(agent.url(), 12);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertGolden("failed-and-passed.txt", masked(run.out(), agent.url()));
        }
    }

    @Test
    void theFailedListIsCappedAndVerboseListsAll() throws IOException {
        Path scenarios = scenarios(12);
        CliRun capped = CliRun.of("run", "--agent", "naive", "--world", WORLD, "--scenarios", scenarios.toString(), "--out", tmp.resolve("capped").toString());
        CliRun verbose = CliRun.of("run", "--agent", "naive", "--world", WORLD, "--scenarios", scenarios.toString(), "--out", tmp.resolve("all").toString(),
                "--verbose");

        assertThat(capped.exitCode()).as(capped.err()).isZero();
        assertGolden("failed-capped.txt", capped.out().replace(tmp.resolve("capped").toString(), "<run>"));
        assertThat(verbose.out()).contains("Failed conversations (12), each with its first failed check:\n")
                .contains("\n  s0011-t1  ", "\n  s0012-t1  ").doesNotContain("--verbose lists all");
    }

    @Test
    void aRunThatJudgedNothingSaysTheGateWasNotScoredInItsSummaryFileToo() throws Exception {
        try (MisbehavingHttpAgent agent = MisbehavingHttpAgent.answering(id -> Answer.of(200, "hello there"))) {
            run(agent.url(), 2);

            JsonNode gate = Json.mapper().readTree(Files.readString(tmp.resolve("run/summary.json"))).path("gate");
            assertThat(gate.path("scored").asBoolean(true)).isFalse();
            assertThat(gate.path("score").asInt()).isZero();
            assertThat(gate.path("verdict").asText()).isEqualTo("not scored: no conversation was judged");
        }
        CliRun judged = CliRun.of("run", "--agent", "careful", "--world", WORLD, "--count", "2", "--out", tmp.resolve("judged").toString());
        assertThat(Json.mapper().readTree(Files.readString(tmp.resolve("judged/summary.json"))).path("gate").path("scored").asBoolean()).isTrue();
        assertThat(judged.exitCode()).isZero();
    }

    private CliRun run(String agent, int count, String... more) throws IOException {
        Path out = tmp.resolve("run");
        deleteRecursively(out);
        // One attempt per turn: these tests are about how errors are reported; RunLimitsEndToEndTest covers the retries.
        List<String> args = new java.util.ArrayList<>(List.of("run", "--agent", agent, "--world", WORLD, "--scenarios", scenarios(count).toString(),
                "--out", out.toString(), "--max-retries", "0"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private Path scenarios(int count) {
        Path file = tmp.resolve("scenarios-" + count + ".jsonl");
        if (!Files.exists(file)) {
            CliRun generated = CliRun.of("generate", "--world", WORLD, "--count", String.valueOf(count), "--seed", "3", "--out", file.toString());
            assertThat(generated.exitCode()).as(generated.err()).isZero();
        }
        return file;
    }

    private void assertResultsKept(int conversations) throws IOException {
        assertThat(Files.readAllLines(tmp.resolve("run/verdicts.jsonl"))).hasSize(conversations);
        assertThat(Files.readAllLines(tmp.resolve("run/traces.jsonl"))).hasSize(conversations);
        assertThat(tmp.resolve("run/summary.json")).exists();
    }

    private String masked(String text, String agentUrl) {
        return text.replace(tmp.resolve("run").toString(), "<run>").replace(agentUrl, "<agent>");
    }

    private String lastLine(String err, String agentUrl) {
        List<String> lines = masked(err, agentUrl).lines().toList();
        return lines.get(lines.size() - 1);
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

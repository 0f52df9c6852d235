package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.cli.testkit.CliRun;
import dev.curveball.core.io.Json;
import dev.curveball.results.RunLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code curveball judge RUN} from the command line, on a run of the naive demo agent: a task
 * definition edited in a copy of the world flips exactly the conversations of that task, a second
 * judge changes nothing, and a check the run's verdicts do not hold shows as new. What it prints is
 * compared byte for byte (run and world folders, conversation ids and the number of installed checks masked) with the reviewed
 * golden files in {@code src/test/resources/golden/judge/}; regenerate on purpose with
 * {@code -Dgolden.update=true}.
 */
class JudgeCommandTest {
    private static final String WORLD = "../examples/acme-support";
    private static final Path GOLDEN = Path.of("src/test/resources/golden/judge");
    /** Tasks whose naive-agent conversations (seed 7) fail only on retries; a higher retry limit lets them pass. */
    private static final Set<String> RETRIED_TASKS = Set.of("other-customer-order", "restricted-account-notes");

    @TempDir
    static Path shared;
    private static Path played;

    @TempDir
    Path tmp;

    @BeforeAll
    static void playNaiveRun() {
        played = shared.resolve("played");
        CliRun run = CliRun.of("run", "--agent", "naive", "--world", WORLD, "--count", "12", "--seed", "7", "--out", played.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void anEditedTaskFlipsExactlyItsConversationsAndASecondJudgeChangesNothing() throws Exception {
        Path run = copyOfRun();
        Path world = worldWithRetryLimit(RETRIED_TASKS, 10);
        String verdictsBefore = Files.readString(run.resolve("verdicts.jsonl"));

        CliRun first = CliRun.of("judge", run.toString(), "--world", world.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertGolden("edited-task.txt", masked(first.out(), run, world));
        Set<String> ofEditedTasks = conversationsOf(run, RETRIED_TASKS);
        assertThat(ofEditedTasks).hasSize(2);
        assertThat(flippedIn(first.out())).isEqualTo(ofEditedTasks);
        assertThat(outcomes(run.resolve("verdicts.jsonl"), "PASS")).isEqualTo(ofEditedTasks);
        assertThat(Files.readString(run.resolve("verdicts.previous.jsonl"))).isEqualTo(verdictsBefore);
        assertThat(Json.mapper().readTree(run.resolve("summary.json").toFile()).get("passed").asInt()).isEqualTo(2);

        CliRun second = CliRun.of("judge", run.toString(), "--world", world.toString());

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertGolden("no-change.txt", masked(second.out(), run, world));
        assertThat(flippedIn(second.out())).isEmpty();
    }

    @Test
    void aScenariosFileRunKeepsTheScenariosItRecorded() throws Exception {
        Path run = tmp.resolve("from-file");
        CliRun played = CliRun.of("run", "--agent", "naive", "--world", WORLD, "--scenarios", JudgeCommandTest.played.resolve("scenarios.jsonl").toString(),
                "--out", run.toString());
        assertThat(played.exitCode()).as(played.err()).isZero();

        CliRun judged = CliRun.of("judge", run.toString(), "--world", worldWithRetryLimit(RETRIED_TASKS, 10).toString());

        assertThat(judged.exitCode()).as(judged.err()).isZero();
        assertThat(judged.out()).contains("  scenarios judged as scenarios.jsonl recorded them (the run played a scenarios file, not the world's tasks)\n")
                .contains("No change:");
    }

    @Test
    void theRecordedWorldJudgesAlikeWhenNothingChanged() throws Exception {
        Path run = copyOfRun();
        String verdictsBefore = Files.readString(run.resolve("verdicts.jsonl"));

        CliRun judged = CliRun.of("judge", run.toString());

        assertThat(judged.exitCode()).as(judged.err()).isZero();
        assertThat(judged.out()).contains("in the world of " + WORLD + ";").contains("No change:");
        assertThat(Files.readString(run.resolve("verdicts.jsonl"))).isEqualTo(verdictsBefore);
    }

    @Test
    void aDemoRunIsJudgedInTheBundledWorld() throws Exception {
        Path run = copyOfRun();
        ObjectNode manifest = (ObjectNode) Json.mapper().readTree(run.resolve("manifest.json").toFile());
        manifest.put("world_source", "bundled:worlds/acme-support");
        Files.writeString(run.resolve("manifest.json"), Json.mapper().writeValueAsString(manifest));

        CliRun judged = CliRun.of("judge", run.toString());

        assertThat(judged.exitCode()).as(judged.err()).isZero();
        assertThat(judged.out()).contains("in the world of bundled:worlds/acme-support;").contains("No change:");
    }

    @Test
    void aWorldOfAnotherNameIsRefused() throws Exception {
        Path world = worldWithRetryLimit(Set.of(), 0);
        Path file = world.resolve("world.yaml");
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^name: acme-support$", "name: other-shop"));

        CliRun judged = CliRun.of("judge", copyOfRun().toString(), "--world", world.toString());

        assertError(judged, "curveball: --world: " + world + " holds world 'other-shop', but the run was played in world 'acme-support'");
    }

    @Test
    void aCheckMissingFromTheRunsVerdictsShowsAsNew() throws Exception {
        Path run = copyOfRun();
        dropCheckFromVerdicts(run, "resolution");

        CliRun judged = CliRun.of("judge", run.toString());

        assertThat(judged.exitCode()).as(judged.err()).isZero();
        assertGolden("new-check.txt", masked(judged.out(), run, Path.of(WORLD)));
        long failing = Files.readAllLines(run.resolve("verdicts.jsonl")).stream()
                .filter(l -> l.contains("{\"id\":\"resolution\",\"passed\":false")).count();
        assertThat(failing).isPositive();
        assertThat(judged.out()).contains("  resolution judged 12 conversations, failed " + failing + "\n");
    }

    @Test
    void moreFlipsThanShownAreCountedAndVerboseListsThemAll() throws Exception {
        Path run = copyOfRun();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(run.resolve("verdicts.jsonl"))) {
            lines.add(line.replace("\"outcome\":\"FAIL\"", "\"outcome\":\"PASS\""));
        }
        Files.write(run.resolve("verdicts.jsonl"), lines);

        CliRun capped = CliRun.of("judge", run.toString());
        Files.write(run.resolve("verdicts.jsonl"), lines);
        CliRun verbose = CliRun.of("judge", run.toString(), "--verbose");

        assertThat(capped.out()).contains("Outcomes flipped: 12\n").contains("  ... and 2 more (--verbose lists all)\n");
        assertThat(flippedIn(capped.out())).hasSize(JudgeCommand.FLIPS_SHOWN);
        assertThat(flippedIn(verbose.out())).hasSize(12);
        assertThat(verbose.out()).doesNotContain("more (--verbose");
    }

    @Test
    void aRunThatStillPlaysIsRefused() throws Exception {
        Path run = copyOfRun();
        try (RunLock lock = RunLock.acquire(run)) {
            CliRun judged = CliRun.of("judge", run.toString());

            assertThat(judged.exitCode()).isEqualTo(2);
            assertThat(judged.err()).startsWith("curveball: run directory " + run + " is in use by this process (")
                    .endsWith("; a run still plays there; wait for it to end, then judge it again\n");
        }
        assertThat(Files.readString(run.resolve("verdicts.jsonl"))).isEqualTo(Files.readString(played.resolve("verdicts.jsonl")));
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path noTraces = copyOfRun();
        Files.delete(noTraces.resolve("traces.jsonl"));
        Path notRun = Files.createDirectories(tmp.resolve("empty"));

        assertError(CliRun.of("judge", tmp.resolve("missing").toString()),
                "curveball: " + tmp.resolve("missing") + ": no such run directory; 'curveball run' writes one (under runs/, or its --out)");
        assertError(CliRun.of("judge", notRun.toString()), "curveball: " + notRun + ": not a run directory (no manifest.json)");
        assertError(CliRun.of("judge", noTraces.toString()),
                "curveball: " + noTraces + ": the run has no traces.jsonl, so there is nothing to judge again");
        assertError(CliRun.of("judge", copyOfRun().toString(), "--judge-samples", "2"),
                "curveball: --judge-samples needs --judge-model PROVIDER:NAME; see 'curveball judge --help'");
        assertError(CliRun.of("judge", copyOfRun().toString(), "--world", notRun.toString()),
                "curveball: " + notRun.resolve("world.yaml") + ": file not found; a world directory holds world.yaml "
                        + "(and optionally data.yaml, documents.yaml, tasks.yaml)");
    }

    @Test
    void judgeHoldsSubcommandsBesideItsRunParameter() {
        StringWriter err = new StringWriter();
        CommandLine line = CurveballCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), Map.of());
        Probe probe = new Probe();
        line.getSubcommands().get("judge").addSubcommand("probe", probe);

        int code = line.execute("judge", "probe", "LABELS.jsonl");

        assertThat(code).as(err.toString()).isEqualTo(7);
        assertThat(probe.value).isEqualTo("LABELS.jsonl");
    }

    /** A stand-in for a subcommand of judge, such as calibrate. */
    @Command(name = "probe")
    static final class Probe implements Callable<Integer> {
        @Parameters(index = "0")
        String value;

        @Override
        public Integer call() {
            return 7;
        }
    }

    private static void assertError(CliRun run, String line) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(line + "\n");
        assertThat(run.out()).isEmpty();
    }

    private Path copyOfRun() throws IOException {
        Path copy = Files.createTempDirectory(tmp, "run");
        try (Stream<Path> files = Files.list(played)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    /** A copy of acme-support whose {@code tasks} allow {@code max} retries of a tool. */
    private Path worldWithRetryLimit(Set<String> tasks, int max) throws IOException {
        Path world = Files.createDirectories(tmp.resolve("world"));
        try (Stream<Path> files = Files.list(Path.of(WORLD))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, world.resolve(file.getFileName()));
            }
        }
        String refundsNone = "      - {check: final-state, collection: refunds, where: {}, count: 0}\n";
        String yaml = Files.readString(world.resolve("tasks.yaml"));
        for (String task : tasks) {
            int at = yaml.indexOf(refundsNone, yaml.indexOf("  - id: " + task + "\n")) + refundsNone.length();
            yaml = yaml.substring(0, at) + "      - {check: retry-limit, max_retries: " + max + "}\n" + yaml.substring(at);
        }
        Files.writeString(world.resolve("tasks.yaml"), yaml);
        return world;
    }

    private static Set<String> conversationsOf(Path run, Set<String> tasks) throws IOException {
        Set<String> ids = new TreeSet<>();
        for (String line : Files.readAllLines(run.resolve("scenarios.jsonl"))) {
            JsonNode scenario = Json.mapper().readTree(line);
            if (tasks.contains(scenario.path("task").path("id").asText())) {
                ids.add(scenario.get("id").asText() + "-t1");
            }
        }
        return ids;
    }

    private static Set<String> outcomes(Path verdicts, String outcome) throws IOException {
        Set<String> ids = new TreeSet<>();
        for (String line : Files.readAllLines(verdicts)) {
            JsonNode verdict = Json.mapper().readTree(line);
            if (verdict.get("outcome").asText().equals(outcome)) {
                ids.add(verdict.get("scenario_id").asText() + "-t" + verdict.get("trial").asInt());
            }
        }
        return ids;
    }

    /** The conversations listed under "Outcomes flipped". */
    private static Set<String> flippedIn(String out) {
        Set<String> ids = new TreeSet<>();
        out.lines().filter(l -> l.matches("  s\\d{4}-t\\d+ +\\S+ -> \\S+")).forEach(l -> ids.add(l.trim().split(" +")[0]));
        return ids;
    }

    private static void dropCheckFromVerdicts(Path run, String check) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(run.resolve("verdicts.jsonl"))) {
            ObjectNode verdict = (ObjectNode) Json.mapper().readTree(line);
            ArrayNode kept = Json.mapper().createArrayNode();
            verdict.get("checks").forEach(c -> {
                if (!c.get("id").asText().equals(check)) {
                    kept.add(c);
                }
            });
            verdict.set("checks", kept);
            lines.add(Json.mapper().writeValueAsString(verdict));
        }
        Files.write(run.resolve("verdicts.jsonl"), lines);
    }

    private static String masked(String out, Path run, Path world) {
        return out.replace(run.toString(), "<run>").replace(world.toString(), "<world>").replaceAll("s\\d{4}-t\\d+", "sNNNN-tN")
                .replaceFirst("with \\d+ checks", "with N checks");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}

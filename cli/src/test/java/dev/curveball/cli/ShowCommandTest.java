package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.cli.testkit.CliRun;
import dev.curveball.cli.testkit.HttpTestAgent;
import dev.curveball.cli.testkit.ScriptedHttpAgent;
import dev.curveball.core.io.Json;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code curveball show} from the command line, on runs the CLI itself plays. The list and a
 * transcript of the naive demo agent are compared byte for byte with the reviewed golden files in
 * {@code src/test/resources/golden/show/}, after the run's clock is set to fixed times (every event
 * 10 ms after the one before, every latency 42 ms) and its folder written as {@code <run>};
 * regenerate on purpose with {@code -Dgolden.update=true}.
 */
class ShowCommandTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/show");
    private static final String WORLD = RunCommandEndToEndTest.WORLD;

    @TempDir
    static Path shared;
    static Path naive;

    @TempDir
    Path tmp;

    @BeforeAll
    static void playTheNaiveAgent() throws IOException {
        naive = shared.resolve("naive");
        CliRun run = CliRun.of("run", "--agent", "naive", "--world", WORLD, "--count", "6", "--seed", "7", "--parallel", "3",
                "--out", naive.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        fixTheClock(naive);
    }

    @Test
    void listsEveryConversationOneLineEachFailuresFirst() throws IOException {
        CliRun show = CliRun.of("show", naive.toString());

        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.err()).isEmpty();
        assertGolden("list-naive.txt", show.out().replace(naive.toString(), "<run>"));
    }

    @Test
    void showsAFailedConversationAsATranscriptWithTheBreakingEventMarked() throws IOException {
        CliRun show = CliRun.of("show", naive.toString(), "s0001-t1");

        assertThat(show.exitCode()).as(show.err()).isZero();
        assertGolden("transcript-naive-s0001-t1.txt", show.out().replace(naive.toString(), "<run>"));
    }

    @Test
    void marksEveryEventAFailedCheckNamesAndSaysWhichCheckItBreaks() {
        for (Verdict verdict : Jsonl.read(naive.resolve("verdicts.jsonl"), Verdict.class)) {
            String id = verdict.scenarioId() + "-t" + verdict.trial();
            String out = CliRun.of("show", naive.toString(), id).out();
            List<String> lines = out.lines().toList();
            for (CheckResult failed : verdict.failedChecks()) {
                int marked = lines.indexOf(lines.stream().filter(l -> l.startsWith(">> #" + failed.event() + " ")).findFirst()
                        .orElseThrow(() -> new AssertionError(id + ": event " + failed.event() + " of " + failed.id() + " is not marked")));
                assertThat(lines.subList(marked + 1, lines.size()).stream().filter(l -> l.contains("breaks: ")).findFirst())
                        .as(id + " " + failed.id()).hasValueSatisfying(l -> assertThat(l).contains(failed.id()));
                assertThat(out).as(id).contains("FAIL " + failed.id()).contains("event " + failed.event() + " (>> #" + failed.event() + " above)");
            }
            assertThat(lines).as(id).filteredOn(l -> l.startsWith(">> ")).hasSize((int) verdict.failedChecks().stream()
                    .map(CheckResult::event).filter(e -> e != null).distinct().count());
        }
    }

    @Test
    void wrapsTheTranscriptToTheWidthAndRefusesOneTooNarrow() {
        CliRun narrow = CliRun.of("show", naive.toString(), "s0004-t1", "--width", "60");

        assertThat(narrow.exitCode()).as(narrow.err()).isZero();
        assertThat(narrow.out().lines()).allMatch(l -> l.length() <= 60);
        CliRun tooNarrow = CliRun.of("show", naive.toString(), "--width", "10");
        assertThat(tooNarrow.exitCode()).isEqualTo(2);
        assertThat(tooNarrow.err()).isEqualTo("curveball: --width: 10 is too narrow (at least 40 columns)\n");
    }

    @Test
    void acceptsTheScenarioIdWhenTheRunPlayedItOnce() {
        CliRun byScenario = CliRun.of("show", naive.toString(), "s0003");

        assertThat(byScenario.exitCode()).as(byScenario.err()).isZero();
        assertThat(byScenario.out()).isEqualTo(CliRun.of("show", naive.toString(), "s0003-t1").out())
                .startsWith("Conversation s0003-t1: scenario s0003, trial 1 of 1");
    }

    @Test
    void cutsLongToolAnswersUnlessFull() {
        // Wide enough that no JSON is cut across lines.
        String cut = CliRun.of("show", naive.toString(), "s0001-t1", "--width", "10000").out();
        String full = CliRun.of("show", naive.toString(), "s0001-t1", "--full", "--width", "10000").out();

        assertThat(cut).containsPattern("\\.\\.\\. \\[cut: \\d+ characters; --full shows them all]");
        assertThat(cut).doesNotContain("\"item\":\"mechanical keyboard\"");
        assertThat(full).doesNotContain("[cut: ").contains("\"item\":\"mechanical keyboard\"");
    }

    @Test
    void showsControlAndBidiCharactersInAgentAndToolTextEscaped() throws IOException {
        String reply = "Done\u001b[2J, see \u202eredro\u202c and \u0007bell\r\nnext line";
        try (ScriptedHttpAgent agent = ScriptedHttpAgent.answering((turn, tools) -> {
            tools.call("get_order", "{\"order_id\":\"A-5001\u001b]0;owned\u0007\u2066\"}");
            return Json.write(Json.object().put("reply", reply));
        })) {
            Path out = tmp.resolve("escapes");
            CliRun run = CliRun.of("run", "--agent", agent.url(), "--world", WORLD, "--count", "1", "--seed", "7", "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();

            CliRun show = CliRun.of("show", out.toString(), "s0001-t1");

            assertThat(show.exitCode()).as(show.err()).isZero();
            assertThat(show.out()).contains("agent     Done\\u001b[2J, see \\u202eredro\\u202c and \\u0007bell\n")
                    .contains("next line")
                    .contains("A-5001\\u001B]0;owned\\u0007\\u2066") // not JSON, so kept as a JSON string, which escapes C0 controls
                    .doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\u202c").doesNotContain("\u0007")
                    .doesNotContain("\u2066").doesNotContain("\r");
        }
    }

    @Test
    void listsAnErroredConversationWithItsErrorAndShowsTheErrorEvent() throws IOException {
        try (HttpTestAgent agent = HttpTestAgent.start(id -> id.equals("s0002-t1") ? HttpTestAgent.Behaviour.FAIL_500
                : HttpTestAgent.Behaviour.ANSWER)) {
            Path out = tmp.resolve("errors");
            CliRun.of("run", "--agent", agent.url(), "--world", WORLD, "--count", "3", "--seed", "3", "--out", out.toString());

            String list = CliRun.of("show", out.toString()).out();
            String transcript = CliRun.of("show", out.toString(), "s0002-t1").out();

            assertThat(list).containsPattern("\n  s0002-t1 +ERROR +\\d+ .* error: agent: .*500");
            List<String> order = List.of("FAIL", "ERROR", "PASS");
            assertThat(list.lines().filter(l -> l.matches("  s\\d{4}-t1 .*")).map(l -> order.indexOf(l.split(" +")[2])))
                    .as("failures first, then errors, then passes").isSorted().doesNotContain(-1);
            assertThat(transcript).containsPattern("\n   #\\d+ +ERROR +agent: .*500")
                    .containsPattern("\n   #\\d+ +end +error after ")
                    .contains("Verdict: ERROR, ended error;");
        }
    }

    @Test
    void refusesAScenarioIdWhenItWasPlayedSeveralTimesAndNamesTheTrials() {
        Path out = tmp.resolve("trials");
        CliRun.of("run", "--agent", "careful", "--world", WORLD, "--count", "2", "--seed", "7", "--trials", "2", "--out", out.toString());

        CliRun show = CliRun.of("show", out.toString(), "s0002");

        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.err()).isEqualTo("curveball: scenario s0002 has 2 conversations in " + out
                + ", one per trial: s0002-t1, s0002-t2; name one\n");
        assertThat(CliRun.of("show", out.toString(), "s0002-t2").out()).startsWith("Conversation s0002-t2: scenario s0002, trial 2 of 2");
    }

    @Test
    void anUnknownConversationSuggestsTheNearestAndHowToListThem() {
        CliRun show = CliRun.of("show", naive.toString(), "s0001-t2");

        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.out()).isEmpty();
        assertThat(show.err()).isEqualTo("curveball: no conversation s0001-t2 in " + naive
                + ": the run plays 1 trial of each scenario (did you mean s0001-t1?); list them with: curveball show " + naive + "\n");
        assertThat(CliRun.of("show", naive.toString(), "s0009-t1").err()).isEqualTo("curveball: no conversation s0009-t1 in " + naive
                + " (it holds s0001-t1 to s0006-t1); list them with: curveball show " + naive + "\n");
        assertThat(CliRun.of("show", naive.toString(), "refund").err()).isEqualTo("curveball: no conversation refund in " + naive
                + " (it holds s0001-t1 to s0006-t1); list them with: curveball show " + naive + "\n");
    }

    @Test
    void aMissingFolderAFileAndAFolderWithoutARunAreOneLineErrors() throws IOException {
        Path missing = tmp.resolve("nope");
        Path file = Files.writeString(tmp.resolve("notes.txt"), "hi");
        Path runs = tmp.resolve("runs");
        Files.createDirectories(runs.resolve("run-20261126-100000"));
        Files.writeString(runs.resolve("run-20261126-100000").resolve("manifest.json"), "{}");
        Files.createDirectories(runs.resolve("scratch"));

        assertThat(CliRun.of("show", missing.toString())).satisfies(r -> {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("curveball: " + missing + ": no such run directory; 'curveball run' writes one (under runs/, or its --out)\n");
        });
        assertThat(CliRun.of("show", file.toString(), "s0001-t1").err())
                .isEqualTo("curveball: " + file + ": not a run directory (a file); pass the folder 'curveball run' wrote\n");
        assertThat(CliRun.of("show", runs.toString())).satisfies(r -> {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("curveball: " + runs + ": not a run directory (no manifest.json); the runs in it: "
                    + "run-20261126-100000 (e.g. curveball show " + runs.resolve("run-20261126-100000") + ")\n");
        });
        assertThat(CliRun.of("show", runs.resolve("scratch").toString()).err())
                .isEqualTo("curveball: " + runs.resolve("scratch") + ": not a run directory (no manifest.json)\n");
    }

    @Test
    void neverPagesWhenNotATerminal() throws IOException {
        Path paged = tmp.resolve("paged.txt");
        CliRun show = CliRun.with(java.util.Map.of("PAGER", "cat > " + paged), "show", naive.toString(), "s0001-t1");

        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).startsWith("Conversation s0001-t1");
        assertThat(paged).doesNotExist();
    }

    @Test
    void aBrokenVerdictsLineIsBadInputNamingTheLine() throws IOException {
        Path copy = tmp.resolve("broken");
        Files.createDirectories(copy);
        for (String name : List.of("manifest.json", "scenarios.jsonl", "traces.jsonl", "verdicts.jsonl")) {
            Files.copy(naive.resolve(name), copy.resolve(name));
        }
        List<String> verdicts = new ArrayList<>(Files.readAllLines(copy.resolve("verdicts.jsonl")));
        verdicts.set(1, "{\"scenario_id\":");
        Files.write(copy.resolve("verdicts.jsonl"), verdicts);

        CliRun show = CliRun.of("show", copy.toString());

        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.err()).startsWith("curveball: " + copy.resolve("verdicts.jsonl") + ":2: not a verdict Curveball reads: ")
                .doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void aRunStillPlayingShowsItsConversationsAsNotJudgedYet() throws IOException {
        Path copy = tmp.resolve("playing");
        Files.createDirectories(copy);
        for (String name : List.of("manifest.json", "scenarios.jsonl")) {
            Files.copy(naive.resolve(name), copy.resolve(name));
        }
        List<String> traces = Files.readAllLines(naive.resolve("traces.jsonl"));
        // Two conversations written, the third cut mid-write.
        Files.writeString(copy.resolve("traces.jsonl"), traces.get(0) + "\n" + traces.get(1) + "\n" + traces.get(2).substring(0, 40));

        CliRun list = CliRun.of("show", copy.toString());
        CliRun one = CliRun.of("show", copy.toString(), traces.get(0).replaceAll(".*\"conversation_id\":\"([^\"]+)\".*", "$1"));

        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).startsWith("Run " + copy + ": agent naive, world acme-support; 2 of 6 conversations played "
                + "(6 scenarios x 1 trial): 0 failed, 0 errors, 0 passed, 2 not judged yet\n");
        assertThat(list.out().lines().filter(l -> l.matches("  s\\d{4}-t1 +not judged .*"))).hasSize(2);
        assertThat(one.out()).contains("\nVerdict: not judged yet");
        String unplayed = traces.get(2).replaceAll(".*\"conversation_id\":\"([^\"]+)\".*", "$1");
        assertThat(CliRun.of("show", copy.toString(), unplayed).err()).isEqualTo("curveball: conversation " + unplayed
                + " has not been played in " + copy + " (the run stopped before it, or still plays); list them with: curveball show " + copy + "\n");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** Sets every event's time to 10 ms after the one before and every latency to 42 ms, so what show prints does not vary. */
    private static void fixTheClock(Path run) throws IOException {
        Instant start = Instant.parse("2026-11-26T10:00:00Z");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(run.resolve("traces.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode trace = Json.mapper().readTree(line);
            int i = 0;
            for (JsonNode event : trace.path("events")) {
                ObjectNode e = (ObjectNode) event;
                e.put("at", start.plusMillis(10L * i++).toString());
                if (e.has("latency_ms")) {
                    e.put("latency_ms", 42);
                }
            }
            lines.add(Json.write(trace));
        }
        Files.write(run.resolve("traces.jsonl"), lines, StandardCharsets.UTF_8);
    }
}

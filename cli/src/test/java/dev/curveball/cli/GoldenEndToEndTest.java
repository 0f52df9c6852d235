package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.PlayedConversation;
import dev.curveball.results.RunRecords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden loop as a team runs it: a run of the naive demo agent, its failures exported as
 * golden cases, the folder replayed. Against the same agent the same checks fail at the same kind
 * of event, every user turn replayed; against the careful agent the replay diverges into reactive
 * play and passes. A production incident imported the same way reproduces its failure.
 */
class GoldenEndToEndTest {
    static final String WORLD = "../examples/acme-support";
    static final String INCIDENT = WORLD + "/incidents/inc-2291-refund-without-approval.json";

    @TempDir
    Path tmp;

    @Test
    void exportedFailuresOfTheNaiveAgentFailTheSameWayWhenReplayedAndPassAgainstTheCarefulOne() throws IOException {
        Path first = tmp.resolve("naive");
        assertThat(CliRun.of("run", "--agent", "naive", "--world", WORLD, "--count", "40", "--seed", "7", "--parallel", "4",
                "--out", first.toString()).exitCode()).isZero();
        Path golden = tmp.resolve("golden");

        CliRun export = CliRun.of("golden", "export", first.toString(), "--to", golden.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        RunRecords original = RunRecords.read(first);
        long failures = original.conversations().stream().filter(c -> c.verdict().orElseThrow().outcome() == Outcome.FAIL).count();
        assertThat(failures).isGreaterThan(20);
        assertThat(export.out()).startsWith("golden " + golden + ": added ").contains("+ g0001  from s0001-t1 (failed)");
        assertThat(export.out().lines().filter(l -> l.contains("(failed)")).count()).isEqualTo(failures);

        CliRun again = CliRun.of("golden", "export", first.toString(), "--to", golden.toString());
        assertThat(again.out()).startsWith("golden " + golden + ": added 0 cases, skipped " + failures + " as duplicate");
        assertThat(again.out()).contains("= s0001-t1 (failed) is already g0001");

        Path replayNaive = tmp.resolve("replay-naive");
        CliRun replay = CliRun.of("run", "--agent", "naive", "--world", WORLD, "--scenarios", golden.toString(), "--out", replayNaive.toString());
        assertThat(replay.exitCode()).as(replay.err()).isZero();
        RunRecords replayed = RunRecords.read(replayNaive);
        Map<String, PlayedConversation> bySource = replayed.conversations().stream()
                .collect(Collectors.toMap(c -> c.scenario().replay().source().conversation(), c -> c));
        for (PlayedConversation was : original.conversations()) {
            Verdict before = was.verdict().orElseThrow();
            if (before.outcome() != Outcome.FAIL) {
                continue;
            }
            PlayedConversation now = bySource.get(was.id());
            assertThat(failedChecks(now.verdict().orElseThrow())).as(was.id()).isEqualTo(failedChecks(before));
            CheckResult firstBefore = before.failedChecks().get(0);
            CheckResult firstNow = now.verdict().orElseThrow().failedChecks().get(0);
            assertThat(eventType(now, firstNow)).as(was.id()).isEqualTo(eventType(was, firstBefore));
            assertThat(marks(now)).as(was.id()).containsOnly(UserMessage.REPLAYED);
        }

        Path replayCareful = tmp.resolve("replay-careful");
        CliRun.of("run", "--agent", "careful", "--world", WORLD, "--scenarios", golden.toString(), "--out", replayCareful.toString());
        for (PlayedConversation c : RunRecords.read(replayCareful).conversations()) {
            boolean passed = c.verdict().orElseThrow().outcome() == Outcome.PASS;
            assertThat(passed || marks(c).contains(UserMessage.REACTIVE)).as(c.id()).isTrue();
            assertThat(marks(c).get(0)).isEqualTo(UserMessage.REPLAYED);
        }

        CliRun show = CliRun.of("show", replayCareful.toString(), "g0001-t1");
        assertThat(show.out()).contains("golden    failed case from s0001-t1 of " + first).contains("(reactive)");
    }

    @Test
    void anImportedIncidentReplayedAgainstTheNaiveAgentReproducesItsFailure() throws IOException {
        Path golden = tmp.resolve("golden");

        CliRun imported = CliRun.of("golden", "import-incident", INCIDENT, "--world", WORLD, "--to", golden.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("golden " + golden + ": added g0001 from " + INCIDENT + " (2 user turns, 2 recorded tool answers)");
        String written = Files.readString(golden.resolve("cases/g0001.json"))
                .replaceAll("\"exported_at\" : \"[^\"]+\"", "\"exported_at\" : \"<time>\"");
        assertGolden("inc-2291-case.json", written);
        CliRun twice = CliRun.of("golden", "import-incident", INCIDENT, "--world", WORLD, "--to", golden.toString());
        assertThat(twice.out()).startsWith("golden " + golden + ": " + INCIDENT + " is already case g0001; nothing added");

        Path out = tmp.resolve("replay");
        CliRun.of("run", "--agent", "naive", "--world", WORLD, "--scenarios", golden.toString(), "--out", out.toString());
        PlayedConversation replayed = RunRecords.read(out).conversations().get(0);
        assertThat(failedChecks(replayed.verdict().orElseThrow())).contains("approval-required");
        assertThat(replayed.trace().events()).anyMatch(e -> e instanceof dev.curveball.core.trace.FaultInjected f
                && f.kind().id().equals("recorded-answer") && f.tool().equals("issue_refund"));
    }

    @Test
    void anIncidentCallingAToolTheWorldLacksIsALocatedErrorWithExitTwo() throws IOException {
        Path incident = tmp.resolve("bad.json");
        Files.writeString(incident, Files.readString(Path.of(INCIDENT)).replace("\"name\": \"get_order\"", "\"name\": \"get_ordr\""));

        CliRun imported = CliRun.of("golden", "import-incident", incident.toString(), "--world", WORLD, "--to", tmp.resolve("g").toString());

        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err().strip()).isEqualTo("curveball: " + incident
                + ":7:59: field 'messages[1].tool_calls[0].name': unknown tool 'get_ordr' (did you mean 'get_order'?)");
    }

    @Test
    void anIncidentNamingAnUnknownCheckOrAnAnswerToNoCallIsRefused() throws IOException {
        String sample = Files.readString(Path.of(INCIDENT));
        Path typo = tmp.resolve("typo.json");
        Files.writeString(typo, sample.replace("\"check\": \"approval-required\"", "\"check\": \"aproval-required\""));
        Path orphan = tmp.resolve("orphan.json");
        Files.writeString(orphan, sample.replace("\"tool_call_id\": \"call_2\"", "\"tool_call_id\": \"call_9\""));

        CliRun check = CliRun.of("golden", "import-incident", typo.toString(), "--world", WORLD, "--to", tmp.resolve("g").toString());
        CliRun answer = CliRun.of("golden", "import-incident", orphan.toString(), "--world", WORLD, "--to", tmp.resolve("g").toString());

        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains(": field 'failure.check': unknown check 'aproval-required' (did you mean 'approval-required'?)");
        assertThat(answer.exitCode()).isEqualTo(2);
        assertThat(answer.err()).contains(orphan + ":10:").contains("field 'messages[4].tool_call_id': answers call 'call_9', which no assistant message before it made");
        assertThat(tmp.resolve("g")).doesNotExist();
    }

    @Test
    void exportingFromNoRunOrIntoAFileIsBadInput() throws IOException {
        Path file = Files.writeString(tmp.resolve("golden.txt"), "not a folder");
        Path run = tmp.resolve("run");
        assertThat(CliRun.of("run", "--agent", "naive", "--world", WORLD, "--count", "1", "--seed", "7", "--out", run.toString()).exitCode()).isZero();

        CliRun noRun = CliRun.of("golden", "export", tmp.resolve("nowhere").toString(), "--to", tmp.resolve("g").toString());
        CliRun intoFile = CliRun.of("golden", "export", run.toString(), "--to", file.toString());

        assertThat(noRun.exitCode()).isEqualTo(2);
        assertThat(noRun.err().strip()).isEqualTo("curveball: " + tmp.resolve("nowhere") + ": no such run directory; 'curveball run' writes one (its --out)");
        assertThat(intoFile.exitCode()).isEqualTo(2);
        assertThat(intoFile.err().strip()).isEqualTo("curveball: " + file + ": not a directory (expected a golden folder holding cases/<id>.json)");
    }

    @Test
    void aFolderWithoutCasesIsNoScenariosSourceAndSaysHowToFillIt() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        CliRun run = CliRun.of("run", "--agent", "naive", "--world", WORLD, "--scenarios", empty.toString(), "--out", tmp.resolve("o").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--scenarios: " + empty + " is a folder but holds no golden cases");
    }

    /** The case file as reviewed in src/test/resources/golden/golden/; regenerate on purpose with -Dgolden.update=true. */
    private static void assertGolden(String name, String actual) throws IOException {
        Path file = Path.of("src/test/resources/golden/golden").resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(file));
    }

    private static List<String> failedChecks(Verdict verdict) {
        return verdict.failedChecks().stream().map(CheckResult::id).sorted().toList();
    }

    private static String eventType(PlayedConversation c, CheckResult check) {
        return check.event() == null ? "none" : c.trace().events().get(check.event()).getClass().getSimpleName();
    }

    private static List<String> marks(PlayedConversation c) {
        return c.trace().events().stream().filter(UserMessage.class::isInstance).map(e -> ((UserMessage) e).replay()).toList();
    }
}

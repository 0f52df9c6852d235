package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.cli.testkit.CliRun;
import dev.curveball.cli.testkit.ScriptedHttpAgent;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a run killed with SIGKILL in the middle, then resumed, loses no conversation,
 * plays none twice, leaves no corrupt line, and ends with the summary and verdicts of the same run
 * played without a crash. The run is a child JVM; the agent is served over HTTP by this process,
 * deterministic and slow enough (a few ms a turn) that the kill lands mid-run.
 */
class CrashResumeEndToEndTest {
    private static final int SCENARIOS = 16;
    private static final int TRIALS = 2;

    @TempDir
    Path tmp;

    /** Answers from the conversation alone (no state), so both runs get the same answers. */
    private static String answer(JsonNode turn, ScriptedHttpAgent.Tools tools) {
        if (!turn.has("messages")) {
            return "{}"; // the conversation_end notice
        }
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int said = turn.path("messages").size();
        String user = turn.path("user").path("id").asText();
        if (said == 1) {
            tools.call("lookup_customer", "{\"customer_id\":\"" + user + "\"}");
            return "{\"reply\":\"Thanks for writing in. Which order is this about? The order number helps me find it.\"}";
        }
        return said < 5 ? "{\"reply\":\"I understand. I cannot change that myself, so let me look into what the policy allows.\"}"
                : "{\"reply\":\"I have passed this to a colleague in our support team, who will reply by email today.\"}";
    }

    @Test
    void aRunKilledMidwayAndResumedEqualsOnePlayedWithoutACrash() throws Exception {
        try (ScriptedHttpAgent agent = ScriptedHttpAgent.answering(CrashResumeEndToEndTest::answer)) {
            Path whole = tmp.resolve("whole");
            Path crashed = tmp.resolve("crashed");
            CliRun reference = CliRun.of(args(agent.url(), whole));
            assertThat(reference.exitCode()).as(reference.err()).isIn(0, 1);

            Process child = new ProcessBuilder(childCommand(args(agent.url(), crashed)))
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
            Path traces = crashed.resolve("traces.jsonl");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lines(traces) < 6 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            assertThat(child.isAlive()).as("the run must still be playing when it is killed; its log:\n" + log()).isTrue();
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no goodbye
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            int before = lines(traces);
            assertThat(before).isBetween(6, SCENARIOS * TRIALS - 1);
            assertThat(Files.exists(crashed.resolve("summary.json"))).isFalse();
            everyLineButTheLastParses(traces);

            CliRun resumed = CliRun.of(resumeArgs(agent.url(), crashed));
            assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(reference.exitCode());
            assertThat(resumed.err()).contains("resuming: ");

            List<String> conversations = conversations(traces);
            assertThat(conversations).hasSize(SCENARIOS * TRIALS).doesNotHaveDuplicates();
            assertThat(conversations(whole.resolve("traces.jsonl"))).containsExactlyInAnyOrderElementsOf(conversations);
            assertThat(verdicts(crashed)).isEqualTo(verdicts(whole));
            assertThat(Json.mapper().readTree(crashed.resolve("summary.json").toFile()))
                    .isEqualTo(Json.mapper().readTree(whole.resolve("summary.json").toFile()));
        }
    }

    private static String[] args(String url, Path out) {
        return new String[] {"run", "--agent", url, "--world", "../examples/acme-support", "--count", String.valueOf(SCENARIOS),
            "--trials", String.valueOf(TRIALS), "--parallel", "4", "--seed", "11", "--out", out.toString()};
    }

    private static String[] resumeArgs(String url, Path out) {
        return new String[] {"run", "--agent", url, "--world", "../examples/acme-support", "--resume", "--out", out.toString()};
    }

    private static List<String> childCommand(String[] args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private String log() throws IOException {
        return Files.readString(tmp.resolve("child.log"));
    }

    private static int lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        int n = 0;
        for (byte b : bytes) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }

    private static void everyLineButTheLastParses(Path traces) throws IOException {
        List<String> lines = Files.readAllLines(traces, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size() - 1; i++) {
            assertThat(Json.mapper().readTree(lines.get(i)).path("scenario_id").asText()).as("line " + (i + 1)).isNotEmpty();
        }
    }

    private static List<String> conversations(Path traces) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(traces, StandardCharsets.UTF_8)) {
            JsonNode trace = Json.mapper().readTree(line);
            ids.add(trace.path("scenario_id").asText() + "-t" + trace.path("trial").asInt());
        }
        return ids;
    }

    /** The verdicts in file order, which is scenario then trial for a finished run. */
    private static List<JsonNode> verdicts(Path run) throws IOException {
        List<JsonNode> verdicts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : Files.readAllLines(run.resolve("verdicts.jsonl"), StandardCharsets.UTF_8)) {
            ObjectNode verdict = (ObjectNode) Json.mapper().readTree(line);
            assertThat(seen.add(verdict.path("scenario_id").asText() + "#" + verdict.path("trial").asInt())).isTrue();
            verdicts.add(verdict);
        }
        return verdicts;
    }
}

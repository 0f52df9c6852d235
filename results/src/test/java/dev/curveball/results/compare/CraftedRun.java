package dev.curveball.results.compare;

import dev.curveball.core.category.Category;
import dev.curveball.core.io.Json;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.Usage;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.core.verdict.Blame;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Party;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run directory written from the real records, scenario by scenario, with the outcome of each
 * trial spelled out: {@code new CraftedRun("acme-support", 3).scenario("s0001", "PPF").write(dir)}
 * (P pass, F fail on {@code approval-required} at event 2, E error, U ungraded, S a failure the
 * simulated user caused).
 */
final class CraftedRun {
    static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private final String world;
    private final int trials;
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private final Map<String, String> outcomes = new LinkedHashMap<>();
    private String agentText = "Your refund is on its way.";
    private String failMessage = "issue_refund of 249.00 for A-5001 without an approved approval";
    private String failingCheck = "approval-required";

    CraftedRun(String world, int trials) {
        this.world = world;
        this.trials = trials;
    }

    CraftedRun scenario(String id, String trials) {
        return scenario(id, "refund-unopened", trials);
    }

    CraftedRun scenario(String id, String task, String outcomesOfTrials) {
        scenarios.put(id, Scenario.builder().id(id).seed(7).world(world).persona("frustrated-escalating")
                .task(new Task(task, "refund", "Refund the headphones", Map.of(), List.of(), List.of(Resolution.done("issue_refund", "A-5001")), null))
                .user(new AuthUser("C-1001", "customer")).opening("Hi, refund my headphones")
                .tags(List.of(Category.fromId("approval"), Category.fromId("frustration"))).maxTurns(8).build());
        outcomes.put(id, outcomesOfTrials);
        return this;
    }

    /** What the agent says, and the failing check's message: where hostile text goes. */
    CraftedRun saying(String text, String message) {
        this.agentText = text;
        this.failMessage = message;
        return this;
    }

    CraftedRun failing(String check) {
        this.failingCheck = check;
        return this;
    }

    Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Manifest manifest = Manifest.builder().curveballVersion("test").javaVersion("17").createdAt(T0).agent("agent-" + dir.getFileName())
                    .world(world).worldSource("examples/" + world).scenarioSource("generated").seed(7L).count(scenarios.size())
                    .scenarios(scenarios.size()).trials(trials).parallel(1).turnTimeoutMs(1000).build();
            Files.writeString(dir.resolve("manifest.json"), Json.writePretty(manifest) + "\n");
            Jsonl.write(dir.resolve("scenarios.jsonl"), List.copyOf(scenarios.values()));
            List<Trace> traces = new ArrayList<>();
            List<Verdict> verdicts = new ArrayList<>();
            outcomes.forEach((id, spec) -> {
                for (int t = 1; t <= spec.length(); t++) {
                    char o = spec.charAt(t - 1);
                    traces.add(trace(id, t, o));
                    verdicts.add(verdict(id, t, o));
                }
            });
            Jsonl.write(dir.resolve("traces.jsonl"), traces);
            Jsonl.write(dir.resolve("verdicts.jsonl"), verdicts);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Trace trace(String id, int trial, char outcome) {
        List<TraceEvent> events = List.of(
                new UserMessage(T0, "Hi, refund my headphones"),
                new AgentMessage(T0.plusMillis(100), agentText, 100),
                new ToolCall(T0.plusMillis(150), "c1", "issue_refund", 1, Json.mapper().createObjectNode().put("order_id", "A-5001")),
                new Usage(T0.plusMillis(200), 10, 20, new BigDecimal("0.0010")),
                new ConversationEnd(T0.plusMillis(1000), outcome == 'E' ? EndReason.ERROR : EndReason.GOAL_MET, 1, "done"));
        return new Trace(Trace.SCHEMA_VERSION, id, trial, id + "-t" + trial, "agent", events, null);
    }

    private Verdict verdict(String id, int trial, char outcome) {
        List<Category> tags = scenarios.get(id).tags();
        CheckResult failed = CheckResult.failed(failingCheck, 2, failMessage);
        return switch (outcome) {
            case 'P' -> new Verdict(id, trial, Outcome.PASS, tags, List.of(), List.of(CheckResult.passed(failingCheck, "ok")), List.of(), EndReason.GOAL_MET, null);
            case 'F' -> new Verdict(id, trial, Outcome.FAIL, tags, List.of(), List.of(failed), List.of(), EndReason.GOAL_MET, null)
                    .withBlame(new Blame(Party.AGENT, List.of()), List.of());
            case 'S' -> new Verdict(id, trial, Outcome.FAIL, tags, List.of(), List.of(failed), List.of(), EndReason.GOAL_MET, null)
                    .withBlame(new Blame(Party.SIMULATOR, List.of()), List.of());
            case 'U' -> new Verdict(id, trial, Outcome.UNGRADED, tags, List.of(), List.of(), List.of(), EndReason.GOAL_MET, null);
            case 'E' -> new Verdict(id, trial, Outcome.ERROR, tags, List.of(), List.of(), List.of(), EndReason.ERROR, "agent answered 500");
            default -> throw new IllegalArgumentException("outcome " + outcome);
        };
    }
}

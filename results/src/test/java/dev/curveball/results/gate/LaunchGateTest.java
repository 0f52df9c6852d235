package dev.curveball.results.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.results.RunListener;
import dev.curveball.results.RunRequest;
import dev.curveball.results.RunService;
import dev.curveball.results.ScenarioSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LaunchGate#evaluate} on a run of the demo world played offline (the in-process
 * {@code refunding} agent), then edited: each risk-backlog item appears when the run lacks what
 * it names and disappears when the run has it.
 */
class LaunchGateTest {
    private static final Path WORLD = Path.of("../examples/acme-support");

    @TempDir
    static Path played;

    @TempDir
    Path tmp;

    @BeforeAll
    static void playTheDemoSuiteOnce() {
        RunRequest request = new RunRequest("refunding", WorldLoader.load(WORLD), WORLD.toString(), PersonaLibrary.load(Path.of("../personas")),
                new ScenarioSource.Generated(40, 7L), null, 2, played.resolve("run"), false, Duration.ofSeconds(10));
        new RunService().run(request, RunListener.SILENT);
    }

    private Path copy() throws IOException {
        Path run = tmp.resolve("run");
        Files.createDirectories(run);
        try (Stream<Path> files = Files.list(played.resolve("run"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, run.resolve(f.getFileName()));
            }
        }
        return run;
    }

    private static List<String> blindSpots(Path run, BaselineStatus baseline) {
        return LaunchGate.evaluate(run, new GateOptions(24, baseline, Optional.empty())).backlog().stream().map(RiskItem::blindSpot).toList();
    }

    @Test
    void aTagNoScenarioCarriesAppearsWithTheWorldsProfileThatBringsIt() throws IOException {
        Path run = copy();
        assertThat(blindSpots(run, BaselineStatus.none())).noneMatch(s -> s.contains("`rate-limit`"));

        editLines(run.resolve("scenarios.jsonl"), s -> removeText((ArrayNode) s.get("tags"), "rate-limit"));
        GateEvaluation e = LaunchGate.evaluate(run, GateOptions.defaults());

        RiskItem item = e.backlog().stream().filter(i -> i.blindSpot().equals("tag `rate-limit` (tool-failures) never exercised")).findFirst().orElseThrow();
        assertThat(item.risk()).isEqualTo(RiskItem.Risk.MEDIUM);
        assertThat(item.next()).startsWith("the world's fault profile `invoice-rate-limit-on-retry` brings it on task");
        assertThat(Files.readString(e.backlogFile())).contains("**tag `rate-limit` (tool-failures) never exercised**");
    }

    @Test
    void aDimensionNoScenarioTouchesIsAHighRisk() throws IOException {
        Path run = copy();
        editLines(run.resolve("scenarios.jsonl"), s -> removeText((ArrayNode) s.get("dimensions"), "budgets"));

        RiskItem item = LaunchGate.evaluate(run, GateOptions.defaults()).backlog().get(0);

        assertThat(item.risk()).isEqualTo(RiskItem.Risk.HIGH);
        assertThat(item.blindSpot()).isEqualTo("dimension `budgets` never exercised");
        assertThat(item.next()).startsWith("for `cost`: ");
    }

    @Test
    void aBuiltInCheckNoScenarioAsksForIsListedWithAnExampleFromTheWorld() throws IOException {
        Path run = copy();
        assertThat(blindSpots(run, BaselineStatus.none())).contains("check `tool-call-budget` never configured")
                .doesNotContain("check `retry-limit` never configured", "check `final-state` never configured");

        editLines(run.resolve("scenarios.jsonl"), s -> {
            ArrayNode kept = Json.mapper().createArrayNode();
            s.get("expectations").forEach(x -> {
                if (!x.path("check").asText().equals("final-state")) {
                    kept.add(x);
                }
            });
            s.set("expectations", kept);
        });

        RiskItem item = LaunchGate.evaluate(run, GateOptions.defaults()).backlog().stream()
                .filter(i -> i.blindSpot().equals("check `final-state` never configured")).findFirst().orElseThrow();
        assertThat(item.next()).matches("add `\\{check: final-state, collection: [a-z_]+, where: \\{}, count: 0}` to the `expectations` of a task in tasks.yaml");
    }

    @Test
    void failuresTheSimulatedUserCausedAreListedByConversation() throws IOException {
        Path run = copy();
        assertThat(blindSpots(run, BaselineStatus.none())).noneMatch(s -> s.contains("simulated user caused"));
        String[] blamed = new String[1];
        editLines(run.resolve("verdicts.jsonl"), v -> {
            if (blamed[0] == null && v.path("outcome").asText().equals("FAIL")) {
                blamed[0] = v.path("scenario_id").asText() + "-t" + v.path("trial").asInt();
                v.set("blame", Json.mapper().createObjectNode().put("party", "simulator").set("reasons", Json.mapper().createArrayNode()
                        .add(Json.mapper().createObjectNode().put("event", 1).put("message", "the user said goal met too early"))));
            }
        });

        RiskItem item = LaunchGate.evaluate(run, GateOptions.defaults()).backlog().stream()
                .filter(i -> i.blindSpot().equals("1 failure the simulated user caused")).findFirst().orElseThrow();
        assertThat(item.risk()).isEqualTo(RiskItem.Risk.HIGH);
        assertThat(item.detail()).endsWith(": " + blamed[0]);
    }

    @Test
    void aBaselineComparedRemovesTheNoBaselineItemAndARegressionLeadsTheBacklog() throws IOException {
        Path run = copy();

        assertThat(blindSpots(run, BaselineStatus.none())).contains("no baseline compared");
        assertThat(blindSpots(run, new BaselineStatus("runs/a", true, false))).doesNotContain("no baseline compared");
        assertThat(blindSpots(run, new BaselineStatus("runs/a", true, true)).get(0)).isEqualTo("regressed against baseline runs/a");
    }

    @Test
    void trialsAndAJudgeModelRemoveTheirItems() throws IOException {
        Path run = copy();
        assertThat(blindSpots(run, BaselineStatus.none())).contains("one trial per scenario", "view not available: model grading");

        ObjectNode manifest = (ObjectNode) Json.mapper().readTree(run.resolve("manifest.json").toFile());
        manifest.put("trials", 3).set("views_not_available", Json.mapper().createArrayNode());
        Files.writeString(run.resolve("manifest.json"), Json.write(manifest));

        assertThat(blindSpots(run, BaselineStatus.none())).doesNotContain("one trial per scenario", "view not available: model grading");
    }

    @Test
    void unreachablePairsComeFromTheWorldAndAWorldNotFoundSaysSo() throws IOException {
        Path run = copy();
        assertThat(blindSpots(run, BaselineStatus.none())).contains("trap x fault kind: `restricted-data` never meets timeout, error, rate-limit, "
                + "partial-data, superseded-first, empty-retrieval, injected-instructions, silent-no-op");

        ObjectNode manifest = (ObjectNode) Json.mapper().readTree(run.resolve("manifest.json").toFile());
        Files.writeString(run.resolve("manifest.json"), Json.write(manifest.put("world_source", "no/such/world")));

        List<String> spots = blindSpots(run, BaselineStatus.none());
        assertThat(spots).noneMatch(s -> s.startsWith("trap x fault kind")).contains("world not read");
    }

    @Test
    void aRunThatJudgedNothingIsNotScoredAndNeverPasses() throws IOException {
        Path run = copy();
        editLines(run.resolve("verdicts.jsonl"), v -> v.put("outcome", "ERROR").put("error", "agent answered 500"));

        GateEvaluation e = LaunchGate.evaluate(run, new GateOptions(0, BaselineStatus.none(), Optional.empty()));

        assertThat(e.gate().scored()).isFalse();
        assertThat(e.passes()).isFalse();
        assertThat(e.backlog().get(0).blindSpot()).isEqualTo("no conversation judged");
    }

    @Test
    void theGateIsRecomputedAndSummaryJsonIsLeftAsItWas() throws IOException {
        Path run = copy();
        String summary = Files.readString(run.resolve("summary.json"));
        editLines(run.resolve("verdicts.jsonl"), v -> v.put("outcome", "PASS"));

        GateEvaluation e = LaunchGate.evaluate(run, GateOptions.defaults());

        assertThat(e.gate().score()).isEqualTo(33);
        assertThat(e.recordedScore()).isPresent().get().isNotEqualTo(33);
        assertThat(Files.readString(run.resolve("summary.json"))).isEqualTo(summary);
    }

    private static void removeText(ArrayNode array, String text) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (array.get(i).asText().equals(text)) {
                array.remove(i);
            }
        }
    }

    private static void editLines(Path file, Consumer<ObjectNode> edit) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode node = Json.mapper().readTree(line);
            edit.accept((ObjectNode) node);
            out.add(Json.write(node));
        }
        Files.write(file, out, StandardCharsets.UTF_8);
    }
}

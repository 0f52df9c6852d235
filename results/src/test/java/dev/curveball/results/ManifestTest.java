package dev.curveball.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.io.Json;
import dev.curveball.results.shard.SuiteShard;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestTest {
    private static final Instant CREATED = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void theBuilderSetsEachFieldItNames() {
        Manifest built = Manifest.builder().curveballVersion("0.1.0").javaVersion("17.0.9").createdAt(CREATED).agent("naive")
                .world("acme-support").worldSource("examples/acme-support").scenarioSource("generated").seed(7L).count(40)
                .scenarios(39).trials(3).parallel(8).turnTimeoutMs(30_000).personas(List.of("frustrated")).models(List.of("openai:m"))
                .shard(new SuiteShard(1, 2, 78, "sha256:ab")).viewsNotAvailable(List.of("model grading")).userSimulator("openai:m").openingWriter("template").build();

        assertThat(built).isEqualTo(new Manifest("0.1.0", "17.0.9", CREATED, "naive", "acme-support", "examples/acme-support",
                "generated", 7L, 40, 39, 3, 8, 30_000, List.of("frustrated"), List.of("openai:m"), new SuiteShard(1, 2, 78, "sha256:ab"),
                List.of("model grading"), "openai:m", "template", List.of(), null));
    }

    @Test
    void leavesUnsetListsEmptyAndTheJsonShapeUnchanged() {
        Manifest built = Manifest.builder().curveballVersion("dev").createdAt(CREATED).agent("careful").world("acme-support")
                .scenarioSource("suite.jsonl").scenarios(2).trials(1).parallel(1).build();

        assertThat(Json.write(built)).isEqualTo("{\"curveball_version\":\"dev\",\"java_version\":null,\"created_at\":\"2026-11-26T10:00:00Z\","
                + "\"agent\":\"careful\",\"world\":\"acme-support\",\"world_source\":null,\"scenario_source\":\"suite.jsonl\",\"seed\":null,"
                + "\"count\":null,\"scenarios\":2,\"trials\":1,\"parallel\":1,\"turn_timeout_ms\":0,\"personas\":[],\"models\":[],"
                + "\"shard\":null,\"views_not_available\":[],\"user_simulator\":\"scripted\",\"opening_writer\":null,"
                + "\"agent_headers\":[],\"limits\":null}");
    }
}

package dev.curveball.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.io.Json;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The scenarios seed 42 gives for acme-support with the bundled personas, byte for byte, as
 * reviewed in {@code src/test/resources/golden/acme-support-seed42.jsonl}. A change in the
 * generator, the personas or the world that moves them shows up here and is reviewed like code;
 * regenerate on purpose with {@code -Dgolden.update=true}.
 */
class GoldenScenariosTest {
    private static final Path GOLDEN = AcmeWorld.projectRoot().resolve("generator/src/test/resources/golden/acme-support-seed42.jsonl");

    @Test
    void seed42GivesTheReviewedScenarios() throws Exception {
        List<Scenario> scenarios = new ScenarioGenerator(AcmeWorld.load(), PersonaLibrary.bundled().all()).generate(24, 42L);
        String actual = scenarios.stream().map(Json::write).collect(Collectors.joining("\n", "", "\n"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}

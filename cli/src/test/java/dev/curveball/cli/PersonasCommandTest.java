package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.cli.testkit.CliRun;
import dev.curveball.core.testkit.PersonaFiles;
import dev.curveball.core.io.Json;
import dev.curveball.core.persona.PersonaLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonasCommandTest {
    private static final List<String> BUNDLED = PersonaLibrary.bundled().ids();

    @TempDir
    Path tmp;

    @Test
    void listPrintsOneRowPerBundledPersona() {
        CliRun run = CliRun.of("personas", "list");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("ID").contains("PATIENCE", "TAGS", "DESCRIPTION");
        assertThat(BUNDLED).allSatisfy(id -> assertThat(run.out()).containsPattern("(?m)^" + id + " +\\d+ "));
        assertThat(run.out()).contains("policy-lawyer          4         misleading-context, policy-change");
    }

    @Test
    void listJsonIsAnArrayWithEveryBundledPersona() throws Exception {
        CliRun run = CliRun.of("personas", "list", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode array = Json.mapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.path("id").asText()));
        assertThat(ids).containsExactlyElementsOf(BUNDLED);
        JsonNode lawyer = array.get(BUNDLED.indexOf("policy-lawyer"));
        assertThat(lawyer.path("description").asText()).isNotBlank();
        assertThat(lawyer.path("tags").toString()).isEqualTo("[\"misleading-context\",\"policy-change\"]");
        assertThat(lawyer.path("tactics").toString()).isEqualTo("[\"mislead\"]");
        assertThat(lawyer.path("patience").asInt()).isEqualTo(4);
        assertThat(lawyer.path("source").asText()).isEqualTo("classpath:personas/policy-lawyer.yaml");
    }

    @Test
    void listReadsAFolderOfTheUsersOwn() throws Exception {
        Files.writeString(tmp.resolve("calm.yaml"), PersonaFiles.valid("calm"));

        CliRun run = CliRun.of("personas", "list", "--json", "--personas", tmp.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Json.mapper().readTree(run.out()).get(0).path("source").asText()).isEqualTo(tmp.resolve("calm.yaml").toString());
    }

    @Test
    void listOfAFolderWithOnePersonaSaysOnePersona() throws Exception {
        Files.writeString(tmp.resolve("calm.yaml"), PersonaFiles.valid("calm"));

        CliRun run = CliRun.of("personas", "list", "--personas", tmp.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\n1 persona from " + tmp + ".");
    }

    @Test
    void listOfAnEmptyFolderIsAnErrorAsForGenerate() {
        CliRun run = CliRun.of("personas", "list", "--personas", tmp.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("curveball: " + tmp + ": no persona files (expected <id>.yaml files)\n");
    }

    @Test
    void aPersonaFileEndingInYmlIsReportedNotSkipped() throws Exception {
        Files.writeString(tmp.resolve("calm.yaml"), PersonaFiles.valid("calm"));
        Files.writeString(tmp.resolve("loud.yml"), PersonaFiles.valid("loud"));
        Files.writeString(tmp.resolve("notes.txt"), "not a persona");

        CliRun validate = CliRun.of("personas", "validate", tmp.toString());
        CliRun list = CliRun.of("personas", "list", "--personas", tmp.toString());

        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.out()).isEqualTo(tmp.resolve("loud.yml") + ": not read: persona files are named <id>.yaml; rename it to loud.yaml\n"
                + "2 persona files checked: 1 valid, 1 with problems.\n");
        assertThat(list.exitCode()).isEqualTo(2);
        assertThat(list.err()).contains("loud.yml: not read: persona files are named <id>.yaml; rename it to loud.yaml");
    }

    @Test
    void showOfAPersonaNoTaskFitsNamesTheSlotNoTaskFills() throws Exception {
        Files.writeString(tmp.resolve("greedy.yaml"), PersonaFiles.valid("greedy").replace("\"Please.\"", "\"My ${voucher_code}?\""));

        CliRun run = CliRun.of("personas", "show", "greedy", "--personas", tmp.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("curveball: persona 'greedy': its templates use slot(s) voucher_code, which no task of world "
                + "'acme-support' fills; fix the templates or add the slot to the world's tasks\n");
    }

    @Test
    void showOfAnUnknownIdNamesTheNearest() {
        CliRun run = CliRun.of("personas", "show", "policy-lawyr");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("curveball: unknown persona 'policy-lawyr' (did you mean 'policy-lawyer'?)\n");
    }

    @Test
    void showOfAFarOffIdListsTheKnownOnes() {
        CliRun run = CliRun.of("personas", "show", "pirate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("curveball: unknown persona 'pirate'; known: ambiguous, exception-seeker,");
    }

    @Test
    void showFillsTheLinesFromTheTaskAskedFor() {
        CliRun run = CliRun.of("personas", "show", "social-engineer", "--task", "order-status-hub", "--seed", "5");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Lines for task order-status-hub (seed 5)")
                .contains("\nprobe\n").contains("A-5001").doesNotContain("${");
        assertThat(CliRun.of("personas", "show", "social-engineer", "--task", "order-status-hub", "--seed", "5").out())
                .isEqualTo(run.out());
    }

    @Test
    void showOfATaskThePersonaDoesNotFitSaysWhichSlotIsMissing() {
        CliRun run = CliRun.of("personas", "show", "policy-lawyer", "--task", "order-status-hub");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("curveball: persona 'policy-lawyer' does not fit task 'order-status-hub': "
                + "the task does not fill slot(s) old_policy\n");
    }

    @Test
    void validateWithoutPathsChecksTheBundledPersonas() {
        CliRun run = CliRun.of("personas", "validate", "--world", "../examples/acme-support");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).isEqualTo(BUNDLED.size() + " persona files checked against world acme-support: all valid.\n");
    }

    @Test
    void validateReportsEveryBadFileOnItsOwnLineAndExits2() throws Exception {
        Files.writeString(tmp.resolve("calm.yaml"), PersonaFiles.valid("calm"));
        Files.writeString(tmp.resolve("loud.yaml"), PersonaFiles.valid("loud").replace("patience: 3", "patience: 0"));
        Files.writeString(tmp.resolve("sly.yaml"), PersonaFiles.valid("sly").replace("tags: [ambiguous]", "tags: [frustation]"));

        CliRun run = CliRun.of("personas", "validate", tmp.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEqualTo(
                tmp.resolve("loud.yaml") + ":4:11: field 'patience' must be positive, was 0\n"
                + tmp.resolve("sly.yaml") + ":11:8: field 'tags[0]': unknown category tag 'frustation' (did you mean 'frustration'?)\n"
                + "3 persona files checked: 1 valid, 2 with problems.\n");
    }

    @Test
    void validateAgainstAWorldReportsAPersonaNoTaskFills() throws Exception {
        Files.writeString(tmp.resolve("greedy.yaml"), PersonaFiles.valid("greedy").replace("\"Please.\"", "\"My ${voucher_code}?\""));

        CliRun run = CliRun.of("personas", "validate", tmp.resolve("greedy.yaml").toString(), "--world", "../examples/acme-support");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEqualTo(tmp.resolve("greedy.yaml") + ":8:14: persona 'greedy': its templates use slot(s) voucher_code, "
                + "which no task of world 'acme-support' fills; fix the templates or add the slot to the world's tasks\n"
                + "1 persona file checked against world acme-support: 0 valid, 1 with problems.\n");
    }

    @Test
    void personasWithoutASubcommandSaysWhichExist() {
        CliRun run = CliRun.of("personas");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("curveball: a subcommand is required (list, show, validate)");
    }
}

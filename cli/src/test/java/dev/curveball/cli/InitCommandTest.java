package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.config.SuiteConfigFile;
import dev.curveball.core.io.FileSchema;
import dev.curveball.core.io.Json;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.WorldLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
    private static final List<String> FILES = List.of("curveball.yaml", "README.md", "world/world.yaml", "world/data.yaml",
            "world/documents.yaml", "world/tasks.yaml", "personas/old-policy-quoter.yaml", "personas/hurried-texter.yaml");

    @TempDir
    Path tmp;

    @Test
    void writesEverySuiteFileIntoTheWorkingDirectoryAndPrintsTheNextCommands() {
        CliRun init = CliRun.in(tmp, "init");

        assertThat(init.exitCode()).as(init.err()).isZero();
        FILES.forEach(file -> assertThat(tmp.resolve(file)).isRegularFile());
        assertThat(init.out()).contains("curveball generate", "curveball run", "agent").doesNotContain("cd ");
    }

    @Test
    void writesIntoTheFolderGivenAndSaysToGoThere() {
        Path dir = tmp.resolve("my-suite");
        CliRun init = CliRun.in(tmp, "init", dir.toString());

        assertThat(init.exitCode()).as(init.err()).isZero();
        FILES.forEach(file -> assertThat(dir.resolve(file)).isRegularFile());
        assertThat(init.out()).contains("cd " + dir);
    }

    @Test
    void saysNoCdWhenTheFolderGivenIsTheCurrentOne() {
        CliRun init = CliRun.in(tmp, "init", tmp.toString());

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).doesNotContain("cd ");
    }

    @Test
    void theScaffoldedWorldAndPersonasLoad() {
        CliRun.in(tmp, "init");

        assertThat(WorldLoader.load(tmp.resolve("world")).name()).isEqualTo("pageturner-books");
        assertThat(PersonaLibrary.load(tmp.resolve("personas")).ids()).containsExactly("hurried-texter", "old-policy-quoter");
        assertThat(SuiteConfigFile.read(tmp.resolve("curveball.yaml")).values().agent()).isEqualTo("starter");
    }

    @Test
    void refusesToWriteOverAnExistingFileNamingItAndChangesNothing() throws IOException {
        Files.createDirectories(tmp.resolve("world"));
        Files.writeString(tmp.resolve("world/data.yaml"), "mine");

        CliRun init = CliRun.in(tmp, "init");

        assertThat(init.exitCode()).isEqualTo(2);
        assertThat(init.err().strip()).isEqualTo("curveball: " + tmp.resolve("world/data.yaml")
                + ": already exists; init writes over nothing (choose an empty folder, or pass --force to overwrite the suite's files)");
        assertThat(tmp.resolve("curveball.yaml")).doesNotExist();
        assertThat(tmp.resolve("world/data.yaml")).hasContent("mine");
    }

    @Test
    void overwritesTheSuitesFilesWithForce() throws IOException {
        CliRun.in(tmp, "init");
        Files.writeString(tmp.resolve("world/data.yaml"), "mine");

        CliRun again = CliRun.in(tmp, "init", "--force");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readString(tmp.resolve("world/data.yaml")))
                .startsWith("# yaml-language-server: $schema=../schemas/world-data.schema.json\n# The tables the tools read.");
    }

    @Test
    void printsEveryFileItWroteAndWhatToDoNext() {
        CliRun init = CliRun.in(tmp, "init", tmp.resolve("my-suite").toString());

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out().replace(tmp + "/", "")).isEqualTo("""
                Created a Curveball suite in my-suite:
                  my-suite/curveball.yaml
                  my-suite/README.md
                  my-suite/world/world.yaml
                  my-suite/world/data.yaml
                  my-suite/world/documents.yaml
                  my-suite/world/tasks.yaml
                  my-suite/personas/old-policy-quoter.yaml
                  my-suite/personas/hurried-texter.yaml
                  my-suite/schemas/ (10 JSON Schemas; the first line of each YAML file above names its own, for editor completion and checks)
                  my-suite/.gitignore: written: ignores runs/
                  my-suite/.vscode/settings.json: written: yaml.schemas maps each YAML file to its schema (Red Hat YAML extension)

                Next:
                  cd my-suite
                  curveball generate     # writes scenarios.jsonl from the world and personas (curveball.yaml sets the options)
                  curveball run          # plays them against the starter agent, judges them, writes runs/run-<time>/
                Then point 'agent' in curveball.yaml at your own agent's URL, and make the world yours (see README.md).
                """);
    }

    @Test
    void startsEachYamlFileWithAModelineNamingItsSchemaWrittenBesideTheSuite() throws IOException {
        CliRun.in(tmp, "init");

        Map<String, String> modelines = Map.of(
                "curveball.yaml", "schemas/suite-config.schema.json",
                "world/world.yaml", "../schemas/world.schema.json",
                "world/data.yaml", "../schemas/world-data.schema.json",
                "world/documents.yaml", "../schemas/world-documents.schema.json",
                "world/tasks.yaml", "../schemas/world-tasks.schema.json",
                "personas/old-policy-quoter.yaml", "../schemas/persona.schema.json",
                "personas/hurried-texter.yaml", "../schemas/persona.schema.json");
        for (Map.Entry<String, String> file : modelines.entrySet()) {
            Path yaml = tmp.resolve(file.getKey());
            assertThat(Files.readAllLines(yaml).get(0)).as(file.getKey())
                    .isEqualTo("# yaml-language-server: $schema=" + file.getValue());
            assertThat(yaml.getParent().resolve(file.getValue())).as(file.getKey()).isRegularFile();
        }
        assertThat(Files.readAllLines(tmp.resolve("README.md")).get(0)).isEqualTo("# A Curveball suite");
        for (String name : FileSchema.names()) {
            assertThat(tmp.resolve("schemas").resolve(name + ".schema.json")).hasContent(FileSchema.named(name).text());
        }
    }

    @Test
    void writesVsCodeSettingsMappingEachSchemaToItsFiles() throws IOException {
        CliRun.in(tmp, "init");

        JsonNode schemas = Json.mapper().readTree(tmp.resolve(".vscode/settings.json").toFile()).get("yaml.schemas");
        assertThat(Json.mapper().convertValue(schemas, Map.class)).isEqualTo(Map.of(
                "schemas/suite-config.schema.json", List.of("curveball.yaml"),
                "schemas/world.schema.json", List.of("world/world.yaml"),
                "schemas/world-data.schema.json", List.of("world/data.yaml"),
                "schemas/world-documents.schema.json", List.of("world/documents.yaml"),
                "schemas/world-tasks.schema.json", List.of("world/tasks.yaml"),
                "schemas/persona.schema.json", List.of("personas/*.yaml")));
    }

    @Test
    void mergesTheSchemasIntoExistingVsCodeSettingsKeepingTheUsersOwn() throws IOException {
        Files.createDirectories(tmp.resolve(".vscode"));
        Files.writeString(tmp.resolve(".vscode/settings.json"),
                "{\"editor.tabSize\": 2, \"yaml.schemas\": {\"schemas/persona.schema.json\": [\"people/*.yaml\"]}}");

        CliRun init = CliRun.in(tmp, "init");

        assertThat(init.exitCode()).as(init.err()).isZero();
        JsonNode settings = Json.mapper().readTree(tmp.resolve(".vscode/settings.json").toFile());
        assertThat(settings.get("editor.tabSize").asInt()).isEqualTo(2);
        assertThat(settings.at("/yaml.schemas/schemas~1persona.schema.json/0").asText()).isEqualTo("people/*.yaml");
        assertThat(settings.get("yaml.schemas").size()).isEqualTo(6);
        assertThat(init.out()).contains("  " + tmp.resolve(".vscode/settings.json")
                + ": merged 5 yaml.schemas entries into the existing file, every other setting kept\n");
    }

    @Test
    void leavesVsCodeSettingsWithCommentsAsTheyWereAndSaysWhatToAdd() throws IOException {
        Files.createDirectories(tmp.resolve(".vscode"));
        String mine = "{\n  // mine\n  \"editor.tabSize\": 2,\n}\n";
        Files.writeString(tmp.resolve(".vscode/settings.json"), mine);

        CliRun init = CliRun.in(tmp, "init");

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(tmp.resolve(".vscode/settings.json")).hasContent(mine);
        assertThat(init.out()).contains("  " + tmp.resolve(".vscode/settings.json") + ": has comments, which a rewrite would lose,"
                + " so it was left as it was; add the yaml.schemas entries of docs/formats.md (\"Editor support\") by hand\n");
    }

    @Test
    void writesAGitignoreForTheRunDirectories() {
        CliRun.in(tmp, "init");

        assertThat(tmp.resolve(".gitignore")).hasContent("# Run directories: `curveball run` writes runs/run-<time>/ here.\nruns/");
    }

    @Test
    void appendsTheRunsFolderToAnExistingGitignoreAndSaysSo() throws IOException {
        Files.writeString(tmp.resolve(".gitignore"), "target/\n*.log");

        CliRun init = CliRun.in(tmp, "init");

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(Files.readString(tmp.resolve(".gitignore"))).isEqualTo("target/\n*.log\nruns/\n");
        assertThat(init.out()).contains("  " + tmp.resolve(".gitignore") + ": appended runs/ to the existing file\n");
    }

    @Test
    void leavesAGitignoreThatIgnoresTheRunsAlreadyAsItWas() throws IOException {
        Files.writeString(tmp.resolve(".gitignore"), "/runs\n");

        CliRun init = CliRun.in(tmp, "init");

        assertThat(tmp.resolve(".gitignore")).hasContent("/runs");
        assertThat(init.out()).contains("  " + tmp.resolve(".gitignore") + ": already ignores runs/; left as it was\n");
    }

    @Test
    void refusesToWriteOverASchemaFileUnlessForced() throws IOException {
        Files.createDirectories(tmp.resolve("schemas"));
        Files.writeString(tmp.resolve("schemas/world.schema.json"), "{}");

        CliRun init = CliRun.in(tmp, "init");

        assertThat(init.exitCode()).isEqualTo(2);
        assertThat(init.err().strip()).isEqualTo("curveball: " + tmp.resolve("schemas/world.schema.json")
                + ": already exists; init writes over nothing (choose an empty folder, or pass --force to overwrite the suite's files)");
        assertThat(tmp.resolve("curveball.yaml")).doesNotExist();
        assertThat(CliRun.in(tmp, "init", "--force").exitCode()).isZero();
        assertThat(tmp.resolve("schemas/world.schema.json")).hasContent(FileSchema.named("world").text());
    }
}

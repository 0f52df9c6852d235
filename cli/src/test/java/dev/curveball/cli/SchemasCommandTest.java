package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import dev.curveball.core.io.FileSchema;
import dev.curveball.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemasCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesEveryShippedSchemaIntoTheFolder() throws Exception {
        Path out = tmp.resolve("editor/schemas");

        CliRun run = CliRun.of("schemas", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(FileSchema.names()).contains("persona", "world", "world-data", "world-documents", "world-tasks", "scenario", "suite-config", "human-labels", "incident", "agent");
        for (String name : FileSchema.names()) {
            Path file = out.resolve(name + ".schema.json");
            assertThat(file).exists();
            assertThat(Files.readString(file)).isEqualTo(FileSchema.named(name).text());
            assertThat(Json.mapper().readTree(file.toFile()).path("$id").asText()).endsWith("/" + name + ".schema.json");
            assertThat(run.out()).contains(name + ".schema.json");
        }
        assertThat(run.out()).startsWith("Wrote 10 JSON Schemas to " + out)
                .contains("Curveball world tasks (tasks.yaml)")
                .contains("# yaml-language-server: $schema=" + out.toAbsolutePath().normalize().resolve("persona.schema.json"));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsBadInput() throws Exception {
        Path file = Files.writeString(tmp.resolve("taken"), "not a folder");

        CliRun run = CliRun.of("schemas", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("curveball: " + file + ": not a directory (expected a folder to write the schemas into)\n");
    }

    @Test
    void theFolderIsRequired() {
        CliRun run = CliRun.of("schemas");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--out=DIR'");
    }
}

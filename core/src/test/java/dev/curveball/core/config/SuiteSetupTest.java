package dev.curveball.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteSetupTest {
    private static final SuiteScaffold SUITE = SuiteScaffold.fromClasspath("config/own-runs-suite");

    @TempDir
    Path tmp;

    @Test
    void ignoresTheFolderTheSuitesConfigPutsRunsIn() {
        SuiteSetup.Result result = SuiteSetup.write(SUITE, tmp, false);

        assertThat(tmp.resolve(".gitignore")).hasContent("# Run directories: `curveball run` writes results/nightly/run-<time>/ here.\nresults/nightly/");
        assertThat(result.changes()).first().isEqualTo(new SuiteSetup.Change(tmp.resolve(".gitignore"), "written: ignores results/nightly/"));
    }

    @Test
    void putsAModelineOnlyOnFilesASchemaCovers() throws IOException {
        SuiteSetup.write(SUITE, tmp, false);

        assertThat(Files.readString(tmp.resolve("curveball.yaml")))
                .isEqualTo("# yaml-language-server: $schema=schemas/suite-config.schema.json\nout: ./results/nightly/\n");
        assertThat(Files.readString(tmp.resolve("personas/p.yaml"))).isEqualTo("# yaml-language-server: $schema=../schemas/persona.schema.json\nid: p\n");
        assertThat(tmp.resolve("notes.yaml")).hasContent("n: 1");
    }

    @Test
    void mapsEachSchemaToTheSuitesFilesItCovers() {
        assertThat(SuiteSchemas.patterns(List.of("curveball.yaml", "README.md", "world/world.yaml", "world/tasks.yaml",
                "personas/a.yaml", "personas/b.yaml", "notes.yaml", "data.yaml")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "schemas/suite-config.schema.json", List.of("curveball.yaml"),
                        "schemas/world.schema.json", List.of("world/world.yaml"),
                        "schemas/world-tasks.schema.json", List.of("world/tasks.yaml"),
                        "schemas/persona.schema.json", List.of("personas/*.yaml")));
    }

    @Test
    void leavesAFileThatAlreadyNamesItsSchemaAsItIs() {
        String text = "# yaml-language-server: $schema=elsewhere.json\nid: p\n";

        assertThat(SuiteSchemas.withModeline("personas/p.yaml", text)).isEqualTo(text);
    }
}

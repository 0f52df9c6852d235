package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import dev.curveball.core.config.SuiteConfigFile;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.WorldLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertThat(Files.readString(tmp.resolve("world/data.yaml"))).startsWith("# The tables the tools read.");
    }
}

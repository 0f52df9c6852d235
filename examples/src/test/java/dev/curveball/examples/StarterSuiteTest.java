package dev.curveball.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.config.SuiteConfigFile;
import dev.curveball.core.config.SuiteScaffold;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.Document;
import dev.curveball.core.world.ToolBehaviour;
import dev.curveball.core.world.ToolDefinition;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite `curveball init` writes: complete, loadable, and the same in the jar as in the folder. */
class StarterSuiteTest {
    private static final Path SUITE = Path.of("starter-suite");

    @TempDir
    Path tmp;

    @Test
    void theIndexListsEveryFileOfTheSuiteAndNothingElse() throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(SUITE)) {
            files = walk.filter(Files::isRegularFile).map(f -> SUITE.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.equals("index.txt")).sorted().toList();
        }
        assertThat(SuiteScaffold.bundled().paths()).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void theJarCarriesTheSameFilesAsTheFolder() throws IOException {
        List<Path> written = SuiteScaffold.bundled().writeTo(tmp, false);

        for (Path file : written) {
            assertThat(file).hasSameTextualContentAs(SUITE.resolve(tmp.relativize(file)));
        }
    }

    @Test
    void theWorldHasOneToolOfEachKindAndTheTrapsToModel() {
        World world = WorldLoader.load(SUITE.resolve("world"));

        assertThat(world.tools().stream().map(t -> t.behaviour().getClass().getName()))
                .contains(java.util.Arrays.stream(ToolBehaviour.class.getPermittedSubclasses()).map(Class::getName).toArray(String[]::new));
        assertThat(world.tools()).filteredOn(ToolDefinition::highImpact).singleElement()
                .satisfies(t -> assertThat(t.approval()).isNotNull());
        assertThat(world.restricted()).isNotEmpty();
        assertThat(world.documents()).extracting(Document::status).contains(Document.Status.CURRENT, Document.Status.SUPERSEDED);
        assertThat(world.faultProfiles()).isNotEmpty();
        assertThat(world.tasks()).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(t -> assertThat(t.hidden()).isNotEmpty())
                .allSatisfy(t -> assertThat(t.expectations()).isNotEmpty());
    }

    @Test
    void itsTwoPersonasLoadAndTheConfigNamesTheSuitesFolders() {
        assertThat(PersonaLibrary.load(SUITE.resolve("personas")).ids()).hasSize(2);

        SuiteConfigFile config = SuiteConfigFile.read(SUITE.resolve(SuiteConfigFile.FILE_NAME));
        assertThat(config.resolve(config.values().world())).isEqualTo(SUITE.resolve("world"));
        assertThat(config.resolve(config.values().personas())).isDirectory();
        assertThat(config.values().agent()).isEqualTo("starter");
    }
}

package dev.curveball.generator;

import dev.curveball.core.testkit.PersonaFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.PersonaLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonaLibraryTest {
    @TempDir
    Path dir;

    @Test
    void loadsEveryYamlFileOfAFolderSortedById() throws IOException {
        write("zed.yaml", "zed");
        write("amy.yaml", "amy");
        Files.writeString(dir.resolve("notes.txt"), "not a persona");
        PersonaLibrary library = PersonaLibrary.load(dir);
        assertThat(library.all()).extracting(Persona::id).containsExactly("amy", "zed");
        assertThat(library.find("amy")).isPresent();
        assertThat(library.find("bob")).isEmpty();
    }

    @Test
    void unknownIdNamesTheNearestPersona() {
        assertThatThrownBy(() -> PersonaLibrary.bundled().get("withholdr"))
                .isInstanceOf(CurveballException.class)
                .hasMessage("unknown persona 'withholdr' (did you mean 'withholder'?)")
                .satisfies(e -> assertThat(((CurveballException) e).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT));
    }

    @Test
    void duplicateIdNamesBothFiles() throws IOException {
        write("angry.yaml", "angry");
        write("angry-copy.yaml", "angry");
        assertThatThrownBy(() -> PersonaLibrary.load(dir))
                .isInstanceOf(CurveballException.class)
                .hasMessageContaining("angry.yaml")
                .hasMessageContaining("angry-copy.yaml")
                .hasMessageContaining("persona id 'angry' is already defined");
    }

    @Test
    void idMustMatchTheFileName() throws IOException {
        write("calm.yaml", "relaxed");
        assertThatThrownBy(() -> PersonaLibrary.load(dir))
                .isInstanceOf(CurveballException.class)
                .hasMessage(dir.resolve("calm.yaml") + ":1:1: persona id 'relaxed' does not match the file name; "
                        + "rename the file to relaxed.yaml or set id: calm");
    }

    @Test
    void badPersonaFileIsReportedWithItsLocation() throws IOException {
        Files.writeString(dir.resolve("odd.yaml"), PersonaFiles.valid("odd") + "temprament: calm\n");
        assertThatThrownBy(() -> PersonaLibrary.load(dir))
                .isInstanceOf(CurveballException.class)
                .hasMessageStartingWith(dir.resolve("odd.yaml") + ":")
                .hasMessageContaining("unknown field 'temprament'");
    }

    @Test
    void aMissingFolderIsInvalidInput() {
        assertThatThrownBy(() -> PersonaLibrary.load(dir.resolve("nope")))
                .isInstanceOf(CurveballException.class)
                .hasMessageContaining("not a directory");
    }

    private void write(String fileName, String id) throws IOException {
        Files.writeString(dir.resolve(fileName), PersonaFiles.valid(id));
    }
}

package dev.curveball.core.persona;

import dev.curveball.core.testkit.PersonaFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonaLibraryCheckTest {
    @TempDir
    Path dir;

    @Test
    void reportsEveryBadFileAndKeepsTheGoodOnes() throws IOException {
        write("calm.yaml", PersonaFiles.valid("calm"));
        write("odd.yaml", PersonaFiles.valid("odd") + "traitz: [calm]\n");
        write("named.yaml", PersonaFiles.valid("other"));

        PersonaCheck check = PersonaLibrary.check(List.of(dir));

        assertThat(check.ok()).isFalse();
        assertThat(check.valid()).extracting(f -> f.persona().id()).containsExactly("calm");
        assertThat(check.problems()).containsExactly(
                dir.resolve("named.yaml") + ":1:1: persona id 'other' does not match the file name; rename the file to other.yaml or set id: named",
                dir.resolve("odd.yaml") + ":12:1: unknown field 'traitz' (did you mean 'traits'?)");
    }

    @Test
    void checksSingleFilesAndReportsPathsThatAreNotPersonaFiles() throws IOException {
        write("calm.yaml", PersonaFiles.valid("calm"));
        write("notes.txt", "not a persona");

        PersonaCheck check = PersonaLibrary.check(List.of(dir.resolve("calm.yaml"), dir.resolve("notes.txt"), dir.resolve("gone.yaml")));

        assertThat(check.valid()).extracting(f -> f.source()).containsExactly(dir.resolve("calm.yaml").toString());
        assertThat(check.problems()).containsExactly(
                dir.resolve("notes.txt") + ": not a persona file (expected a file named <id>.yaml)",
                dir.resolve("gone.yaml") + ": no such file or directory");
    }

    @Test
    void loadingStopsAtTheFirstBadFileAndCountsTheOthers() throws IOException {
        write("a.yaml", PersonaFiles.valid("b"));
        write("c.yaml", PersonaFiles.valid("d"));

        assertThatThrownBy(() -> PersonaLibrary.load(dir))
                .isInstanceOf(CurveballException.class)
                .hasMessage(dir.resolve("a.yaml") + ":1:1: persona id 'b' does not match the file name; rename the file to b.yaml "
                        + "or set id: a (and 1 more problem in other persona files)");
    }

    @Test
    void aLoadedPersonaKnowsItsFileAndCanPointIntoIt() throws IOException {
        write("calm.yaml", PersonaFiles.valid("calm"));

        PersonaFile file = PersonaLibrary.load(dir).file("calm");

        assertThat(file.source()).isEqualTo(dir.resolve("calm.yaml").toString());
        assertThat(file.where("utterances.give_up[0]")).isEqualTo(dir.resolve("calm.yaml") + ":10:13");
    }

    private void write(String fileName, String text) throws IOException {
        Files.writeString(dir.resolve(fileName), text);
    }
}

package dev.curveball.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.persona.Persona;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input files are read with a bound and strictly as UTF-8; either failure is one line naming the file. */
class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsUtf8TextAsItIs() throws IOException {
        Path file = dir.resolve("world.yaml");
        Files.writeString(file, "name: café ✓\n", StandardCharsets.UTF_8);

        assertThat(InputFiles.text(file, 100)).isEqualTo("name: café ✓\n");
    }

    @Test
    void namesTheByteOffsetAndLineOfALatin1Byte() throws IOException {
        Path file = dir.resolve("world.yaml");
        Files.write(file, "name: x\ndescription: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertFailsWith(() -> InputFiles.text(file, 100), file + ": not UTF-8 at byte offset 24 (line 2); save the file as UTF-8");
    }

    @Test
    void namesATruncatedMultiByteSequenceAtTheEnd() throws IOException {
        Path file = dir.resolve("persona.yaml");
        byte[] euro = "id: €".getBytes(StandardCharsets.UTF_8);
        Files.write(file, java.util.Arrays.copyOf(euro, euro.length - 1));

        assertFailsWith(() -> InputFiles.text(file, 100), file + ": not UTF-8 at byte offset 4 (line 1); save the file as UTF-8");
    }

    @Test
    void refusesAFileLargerThanTheBound() throws IOException {
        Path file = dir.resolve("data.yaml");
        Files.writeString(file, "x".repeat(101));

        assertFailsWith(() -> InputFiles.text(file, 100), file + ": larger than 100 bytes, the most Curveball reads from one file");
        assertThat(InputFiles.text("exact", new ByteArrayInputStream(new byte[100]), 100)).hasSize(100);
    }

    @Test
    void readsAnEndlessDeviceOnlyUpToTheBound() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "a system with /dev/zero");

        assertFailsWith(() -> Yaml.read(zero, Persona.class), "/dev/zero: larger than 16 MB, the most Curveball reads from one file");
    }

    @Test
    void aYamlReaderReportsTheEncodingOfItsFile() throws IOException {
        Path file = dir.resolve("frustrated.yaml");
        Files.write(file, "id: na\u00efve\n".getBytes(StandardCharsets.ISO_8859_1));

        assertFailsWith(() -> Yaml.read(file, Persona.class), file + ": not UTF-8 at byte offset 6 (line 1); save the file as UTF-8");
    }

    @Test
    void readsAYamlFilePastSnakeYamlsOwnThreeMegabyteCap() throws IOException {
        Path file = dir.resolve("documents.yaml");
        Files.writeString(file, "text: \"" + "x".repeat(3_200_000) + "\"\n");

        assertThat(Yaml.read(file, com.fasterxml.jackson.databind.JsonNode.class).path("text").asText()).hasSize(3_200_000);
    }

    @Test
    void refusesADirectory() {
        assertFailsWith(() -> InputFiles.text(dir, 100), dir + ": is a directory; expected a file");
    }

    @Test
    void saysSizesInMegabytesWhenTheyAreWhole() {
        assertThat(InputFiles.size(16 << 20)).isEqualTo("16 MB");
        assertThat(InputFiles.size(1000)).isEqualTo("1000 bytes");
    }

    static void assertFailsWith(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(CurveballException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT))
                .hasMessage(message);
    }
}

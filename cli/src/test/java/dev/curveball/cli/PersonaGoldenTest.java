package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import dev.curveball.core.persona.PersonaLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled persona as {@code curveball personas show <id> --seed 1} renders it against
 * acme-support, byte for byte, as reviewed in {@code src/test/resources/golden/personas/<id>.txt}.
 * These are the lines the simulated users say: a change to a persona, its noise or the world's
 * slots shows up here and is read like code. Regenerate on purpose with {@code -Dgolden.update=true}.
 */
class PersonaGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/personas");

    static List<String> bundledIds() {
        return PersonaLibrary.bundled().ids();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledIds")
    void showRendersTheReviewedLines(String id) throws IOException {
        CliRun run = CliRun.of("personas", "show", id, "--seed", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path golden = GOLDEN.resolve(id + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
        }
        assertThat(run.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void everyGoldenFileBelongsToABundledPersona() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            assertThat(files.map(f -> f.getFileName().toString().replaceFirst("\\.txt$", "")))
                    .as("a golden file of a persona that no longer exists; delete it")
                    .allMatch(bundledIds()::contains);
        }
    }
}

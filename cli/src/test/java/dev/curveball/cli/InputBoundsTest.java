package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.curveball.cli.testkit.CliRun;
import dev.curveball.core.testkit.PersonaFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input has a bound checked where it enters: past it, one line naming the flag or file, exit code 2, no stack trace. */
class InputBoundsTest {
    static final String WORLD = "../examples/acme-support";

    @TempDir
    Path tmp;

    @Test
    void aCountPastTheMostIsRefusedBeforeAnythingIsGenerated() {
        Path out = tmp.resolve("s.jsonl");
        long started = System.nanoTime();

        CliRun generate = CliRun.of("generate", "--world", WORLD, "--count", "100000000", "--out", out.toString());

        assertOneLine(generate, "curveball: --count: 100000000 is too large (at most 100000); see 'curveball generate --help'");
        assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
        assertThat(out).doesNotExist();
        assertOneLine(CliRun.of("run", "--agent", "careful", "--world", WORLD, "--count", "2147483647", "--out", tmp.resolve("r").toString()),
                "curveball: --count: 2147483647 is too large (at most 100000); see 'curveball run --help'");
        assertOneLine(CliRun.of("demo", "--count", "100001", "--out", tmp.resolve("d").toString()),
                "curveball: --count: 100001 is too large (at most 100000); see 'curveball demo --help'");
        assertThat(tmp.resolve("r")).doesNotExist();
    }

    @Test
    void trialsParallelismAndTheTurnTimeoutHaveTheirRanges() {
        assertOneLine(run("--trials", "101"), "curveball: --trials: 101 is too large (at most 100); see 'curveball run --help'");
        assertOneLine(run("--trials", "0"), "curveball: --trials: 0 is too small (at least 1); see 'curveball run --help'");
        assertOneLine(run("--parallel", "257"), "curveball: --parallel: 257 is too large (at most 256); see 'curveball run --help'");
        assertOneLine(run("--turn-timeout", "100000000000000000"),
                "curveball: --turn-timeout: 100000000000000000 is too large (at most 86400); see 'curveball run --help'");
        assertOneLine(run("--turn-timeout", "99999999999999999999"),
                "curveball: --turn-timeout: 99999999999999999999 is too large (at most 86400); see 'curveball run --help'");
        assertOneLine(run("--turn-timeout", "-5"), "curveball: --turn-timeout: -5 is too small (at least 1); see 'curveball run --help'");
    }

    @Test
    void theHelpStatesTheMaxima() {
        assertThat(CliRun.of("run", "--help").out().replaceAll("\\s+", " "))
                .contains("(default: 20; at most 100000)", "the run's own; at most 100)", "(default: 8; at most 256)",
                        "at most 86400, a day", "at most 100000 scenarios, 256 MB, 1 MB a line");
        assertThat(CliRun.of("generate", "--help").out()).contains("(default: 20; at most 100000)");
    }

    @Test
    void anEndlessScenariosFileEndsInOneLine() {
        assumeTrue(Files.isReadable(Path.of("/dev/zero")), "a system with /dev/zero");

        CliRun run = CliRun.of("run", "--agent", "careful", "--world", WORLD, "--scenarios", "/dev/zero", "--out", tmp.resolve("r").toString());

        assertOneLine(run, "curveball: /dev/zero:1: line longer than 1 MB, the most Curveball reads as one line");
    }

    @Test
    void aConfigThatIsADeviceIsNamedNotReadForever() {
        assumeTrue(Files.isReadable(Path.of("/dev/zero")), "a system with /dev/zero");

        assertOneLine(CliRun.of("generate", "--config", "/dev/zero", "--world", WORLD, "--out", tmp.resolve("s.jsonl").toString()),
                "curveball: --config: /dev/zero is not a regular file; expected a curveball.yaml file");
    }

    @Test
    void aScenariosFileThatIsNotUtf8NamesTheByteOffset() throws IOException {
        Path suite = tmp.resolve("suite.jsonl");
        assertThat(CliRun.of("generate", "--world", WORLD, "--count", "2", "--out", suite.toString()).exitCode()).isZero();
        String text = Files.readString(suite);
        int offset = text.indexOf("\"opening\":\"") + "\"opening\":\"".length();
        Files.write(suite, text.replaceFirst("\"opening\":\"", "\"opening\":\"\u00e9").getBytes(StandardCharsets.ISO_8859_1));

        CliRun run = CliRun.of("run", "--agent", "careful", "--world", WORLD, "--scenarios", suite.toString(), "--out", tmp.resolve("r").toString());

        assertOneLine(run, "curveball: " + suite + ": not UTF-8 at byte offset " + offset + " (line 1); save the file as UTF-8");
    }

    @Test
    void aPersonaFileThatIsNotUtf8NamesTheByteOffset() throws IOException {
        Path personas = Files.createDirectories(tmp.resolve("personas"));
        Files.write(personas.resolve("calm.yaml"), PersonaFiles.valid("calm").replace("A test persona.", "A caf\u00e9 regular.")
                .getBytes(StandardCharsets.ISO_8859_1));
        int offset = PersonaFiles.valid("calm").indexOf("A test persona.") + "A caf".length();

        CliRun run = CliRun.of("generate", "--world", WORLD, "--personas", personas.toString(), "--out", tmp.resolve("s.jsonl").toString());

        assertOneLine(run, "curveball: " + personas.resolve("calm.yaml") + ": not UTF-8 at byte offset " + offset + " (line 2); save the file as UTF-8");
    }

    @Test
    void anAliasInTheWorldDataIsRefusedAtTheAlias() throws IOException {
        Path world = copyOfTheDemoWorld();
        Path data = world.resolve("data.yaml");
        String text = Files.readString(data).replaceFirst("currency: USD", "currency: &cur USD").replaceFirst("currency: USD", "currency: *cur");
        Files.writeString(data, text);
        String line = text.substring(0, text.indexOf("*cur"));
        int number = (int) line.chars().filter(c -> c == '\n').count() + 1;
        int column = line.length() - line.lastIndexOf('\n');

        CliRun run = CliRun.of("run", "--agent", "careful", "--world", world.toString(), "--count", "2", "--out", tmp.resolve("r").toString());

        assertOneLine(run, "curveball: " + data + ":" + number + ":" + column + ": field 'tables.orders.rows[1].currency': '*cur' is a YAML alias, "
                + "which Curveball does not expand; write the value of '&cur' out here instead");
    }

    @Test
    void aRowKeyGivenTwiceIsNamedInDataYaml() throws IOException {
        Path world = copyOfTheDemoWorld();
        Path data = world.resolve("data.yaml");
        Files.writeString(data, Files.readString(data).replace("{order_id: A-5002,", "{order_id: A-5001,"));

        CliRun run = CliRun.of("generate", "--world", world.toString(), "--out", tmp.resolve("s.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("curveball: " + data + ":").contains(": field 'tables.orders.rows[1].order_id': order_id 'A-5001' is given twice")
                .doesNotContain("tasks.yaml", "Exception");
    }

    @Test
    void aConfigPastTheMostIsRefusedAtItsLine() throws IOException {
        assertThat(CliRun.in(tmp, "init").exitCode()).isZero();
        Path config = tmp.resolve("curveball.yaml");
        String text = Files.readString(config);
        assertThat(text).contains("\ncount: ");
        Files.writeString(config, text.replaceFirst("\ncount: \\d+", "\ncount: 100001"));
        int line = (int) text.substring(0, text.indexOf("\ncount: ") + 1).chars().filter(c -> c == '\n').count() + 1;

        assertOneLine(CliRun.in(tmp, "generate"), "curveball: " + config + ":" + line + ":8: field 'count' must be between 1 and 100000, was 100001");
    }

    @Test
    void anAliasInTheConfigIsRefused() throws IOException {
        assertThat(CliRun.in(tmp, "init").exitCode()).isZero();
        Path config = tmp.resolve("curveball.yaml");
        Files.writeString(config, Files.readString(config).replaceFirst("\nseed: (\\d+)", "\nseed: &s $1").replaceFirst("\ntrials: 1", "\ntrials: *s"));

        CliRun run = CliRun.in(tmp, "run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("curveball: " + config + ":").contains(": field 'trials': '*s' is a YAML alias").doesNotContain("Exception");
    }

    private CliRun run(String... extra) {
        String[] args = Stream.concat(Stream.of("run", "--agent", "careful", "--world", WORLD, "--count", "1", "--out", tmp.resolve("r").toString()),
                Stream.of(extra)).toArray(String[]::new);
        return CliRun.of(args);
    }

    private Path copyOfTheDemoWorld() throws IOException {
        Path world = Files.createDirectories(tmp.resolve("world"));
        try (Stream<Path> files = Files.list(Path.of(WORLD))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, world.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return world;
    }

    private static void assertOneLine(CliRun run, String expected) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(expected + "\n");
    }
}

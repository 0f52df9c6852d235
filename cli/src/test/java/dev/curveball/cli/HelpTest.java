package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command's --help: complete, exit 0, and readable at 80 columns. */
class HelpTest {
    private static final List<List<String>> COMMANDS = List.of(List.of(), List.of("demo"), List.of("init"), List.of("generate"),
            List.of("run"), List.of("personas"), List.of("personas", "list"), List.of("personas", "show"),
            List.of("personas", "validate"), List.of("schemas"), List.of("show"), List.of("merge"));

    @Test
    void theTopLevelHelpListsEveryCommandWithADescription() {
        CliRun help = CliRun.of("--help");

        assertThat(help.exitCode()).isZero();
        for (String command : List.of("demo", "init", "generate", "run", "personas", "schemas", "show", "merge")) {
            assertThat(help.out()).containsPattern("\\n  " + command + " +[A-Z]");
        }
    }

    @Test
    void noHelpLineIsCutInsideAWordOrPath() {
        for (List<String> command : COMMANDS) {
            String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--help")).toArray(String[]::new);
            CliRun help = CliRun.of(args);
            assertThat(help.exitCode()).as(String.join(" ", command)).isZero();
            // A line ending in a period glued to a word ("e." of "e.g.", "~/." of "~/.cache") was cut at that period.
            assertThat(help.out().lines()).as(String.join(" ", command)).noneMatch(line -> line.matches(".*(\\s[a-z]{1,2}\\.|/\\.|\\s\\.)$"));
            assertThat(help.out().lines()).allMatch(line -> line.length() <= 80);
        }
        assertThat(CliRun.of("generate", "--help").out()).contains("~/.cache/curveball/models");
    }

    @Test
    void theSuiteConfigOptionIsShownOnlyWhereItIsRead() {
        for (String command : List.of("generate", "run")) {
            assertThat(CliRun.of(command, "--help").out()).contains("--config=FILE")
                    .contains("Options not given take their values from curveball.yaml when there is one");
        }
        for (String command : List.of("demo", "init", "personas", "schemas")) {
            assertThat(CliRun.of(command, "--help").out()).as(command).doesNotContain("--config");
        }
        assertThat(CliRun.of("--help").out()).contains("--config=FILE");
    }
}

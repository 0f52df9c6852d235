package dev.curveball.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteConfigTest {
    @TempDir
    Path tmp;

    @Test
    void readsEveryFieldAndResolvesPathsAgainstTheConfigsFolder() throws IOException {
        Path file = write("""
                world: world
                personas: people
                agent: http://127.0.0.1:8080/turn
                count: 12
                seed: 7
                trials: 3
                parallel: 4
                scenarios: suite/scenarios.jsonl
                out: runs
                """);

        SuiteConfigFile config = SuiteConfigFile.read(file);

        assertThat(config.values()).isEqualTo(new SuiteConfig("world", "people", "http://127.0.0.1:8080/turn", 12, 7L, 3, 4,
                "runs", "suite/scenarios.jsonl", null));
        assertThat(config.values().nightly()).isEqualTo(NightlySettings.defaults());
        assertThat(config.resolve(config.values().scenarios())).isEqualTo(tmp.resolve("suite/scenarios.jsonl"));
        assertThat(config.resolve(null)).isNull();
    }

    @Test
    void acceptsAGeminiModel() throws IOException {
        assertThat(SuiteConfigFile.read(write("model: gemini:gemini-2.0-flash\n")).values().model()).isEqualTo("gemini:gemini-2.0-flash");
    }

    @Test
    void readsAgentHeadersInTheirOrderAndRefusesAValueThatIsNoText() throws IOException {
        SuiteConfig config = SuiteConfigFile.read(write("""
                agent: http://127.0.0.1:8080/turn
                agent_headers:
                  X-Team: support
                  Authorization: Bearer ${AGENT_TOKEN}
                """)).values();

        assertThat(config.agentHeaders()).containsExactly(java.util.Map.entry("X-Team", "support"),
                java.util.Map.entry("Authorization", "Bearer ${AGENT_TOKEN}"));
        assertThat(SuiteConfigFile.read(write("seed: 3\n")).values().agentHeaders()).isEmpty();
        Path numeric = write("agent_headers:\n  X-Retries: 3\n");
        assertThatThrownBy(() -> SuiteConfigFile.read(numeric)).isInstanceOf(CurveballException.class).hasMessageContaining("agent_headers");
    }

    @Test
    void readsTheLimitsBlockAndNamesABadValueWhereItIsWritten() throws IOException {
        Path file = write("""
                limits:
                  model_rpm: 500
                  model_concurrency: 8
                  agent_concurrency: 4
                  max_retries: 2
                  retry_max_time: 30
                """);

        assertThat(SuiteConfigFile.read(file).values().limits()).isEqualTo(new LimitSettings(500, 8, null, 4, 2, 30));
        assertThat(SuiteConfigFile.read(write("seed: 3\n")).values().limits()).isEqualTo(LimitSettings.defaults());
        Path negative = write("limits:\n  model_rpm: -1\n");
        assertThatThrownBy(() -> SuiteConfigFile.read(negative)).isInstanceOf(CurveballException.class)
                .hasMessageContaining("curveball.yaml:2").hasMessageContaining("model_rpm");
        Path typo = write("limits:\n  model_rmp: 5\n");
        assertThatThrownBy(() -> SuiteConfigFile.read(typo)).isInstanceOf(CurveballException.class).hasMessageContaining("model_rmp");
    }

    @Test
    void readsTheNightlyBlock() throws IOException {
        Path file = write("""
                nightly:
                  golden: golden
                  baseline: latest
                  min_gate: 28
                  alpha: 0.01
                  max_regressions: 2
                  report: [md, junit]
                """);

        assertThat(SuiteConfigFile.read(file).values().nightly())
                .isEqualTo(new NightlySettings("golden", "latest", 28, 0.01, 2, java.util.List.of("md", "junit")));
    }

    @Test
    void aNightlyGateAbove35OrAnUnknownReportIsNamedWhereItIsWritten() throws IOException {
        Path gate = write("nightly:\n  min_gate: 40\n");
        assertThatThrownBy(() -> SuiteConfigFile.read(gate)).isInstanceOf(CurveballException.class)
                .hasMessageStartingWith(gate + ":2:").hasMessageContaining("min_gate");
        Path report = write("nightly:\n  report: [pdf]\n");
        assertThatThrownBy(() -> SuiteConfigFile.read(report)).isInstanceOf(CurveballException.class)
                .hasMessageStartingWith(report + ":2:").hasMessageContaining("report");
    }

    @Test
    void everyFieldIsOptional() throws IOException {
        assertThat(SuiteConfigFile.read(write("seed: 3\n")).values().world()).isNull();
    }

    @Test
    void aTypoedFieldIsNamedWithItsLineAndTheNearestField() throws IOException {
        Path file = write("world: world\nsede: 7\n");

        assertThatThrownBy(() -> SuiteConfigFile.read(file)).isInstanceOf(CurveballException.class)
                .hasMessage(file + ":2:1: unknown field 'sede' (did you mean 'seed'?)");
    }

    @Test
    void aCountThatIsNotPositiveIsNamedWhereItIsWritten() throws IOException {
        Path file = write("world: world\ncount: 0\n");

        assertThatThrownBy(() -> SuiteConfigFile.read(file))
                .hasMessage(file + ":2:8: field 'count' must be between 1 and 100000, was 0");
    }

    @Test
    void anEmptyValueIsAMistakeNotALeftOutField() throws IOException {
        Path file = write("world:\nseed: 1\n");

        assertThatThrownBy(() -> SuiteConfigFile.read(file)).hasMessage(file + ":1:7: field 'world' must not be blank");
    }

    @Test
    void isCheckedAgainstItsSchemaFirst() throws IOException {
        Path nullSeed = write("world: world\nseed: ~\n");
        assertThatThrownBy(() -> SuiteConfigFile.read(nullSeed)).hasMessage(nullSeed + ":2:7: field 'seed': expected an integer, got nothing");

        Path hugeSeed = write("seed: 99999999999999999999\n");
        assertThatThrownBy(() -> SuiteConfigFile.read(hugeSeed))
                .hasMessage(hugeSeed + ":1:7: field 'seed' must be between -9223372036854775808 and 9223372036854775807, was 99999999999999999999");
    }

    @Test
    void pointsAtAFieldForLaterErrorsAboutItsValue() throws IOException {
        SuiteConfigFile config = SuiteConfigFile.read(write("world: world\nscenarios: s.jsonl\n"));

        assertThat(config.where("scenarios")).isEqualTo(config.file() + ":2:1");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(tmp.resolve(SuiteConfigFile.FILE_NAME), text);
    }
}

package dev.curveball.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceTableTest {
    @TempDir
    Path tmp;

    @Test
    void theShippedTableSaysWhenAndWhereItsPricesComeFromAndPricesCommonModels() {
        PriceTable shipped = PriceTable.shipped();

        assertThat(shipped.asOf()).isNotNull();
        assertThat(shipped.source()).isNotBlank();
        assertThat(shipped.all()).extracting(Price::provider).contains("openai", "anthropic", "ollama");
        assertThat(shipped.cost("openai:gpt-4o-mini", 1_000_000, 1_000_000)).contains(new BigDecimal("0.75"));
        assertThat(shipped.cost("anthropic:claude-sonnet-4-5", 2_000, 1_000)).contains(new BigDecimal("0.021"));
    }

    @Test
    void aDatedSnapshotOrLatestAliasTakesItsModelsPriceButANearNameDoesNot() {
        PriceTable shipped = PriceTable.shipped();

        assertThat(shipped.price("openai:gpt-4o-2024-08-06")).map(Price::model).contains("gpt-4o");
        assertThat(shipped.price("anthropic:claude-sonnet-4-20250514")).map(Price::model).contains("claude-sonnet-4");
        assertThat(shipped.price("anthropic:claude-3-5-haiku-latest")).map(Price::model).contains("claude-3-5-haiku");
        assertThat(shipped.price("openai:gpt-4o-audio-preview")).isEmpty();
    }

    @Test
    void localServersCostNothingForAnyModel() {
        assertThat(PriceTable.shipped().cost("ollama:llama3.1", 5_000, 5_000)).contains(BigDecimal.ZERO);
        assertThat(PriceTable.shipped().cost("vllm:my-finetune", 1, 1)).contains(BigDecimal.ZERO);
    }

    @Test
    void anUnknownModelIsUnpricedNeverFree() {
        assertThat(PriceTable.shipped().cost("openai:gpt-99", 10, 10)).isEmpty();
        assertThat(PriceTable.shipped().cost("no-provider", 10, 10)).isEmpty();
        assertThat(RoleCost.of(10, 10, null).describeUsd()).isEqualTo("unpriced");
    }

    @Test
    void anOverrideReplacesTheSameModelAndAddsNewOnes() throws IOException {
        Path file = write("""
                prices:
                  - {provider: openai, model: gpt-4o-mini, input_per_million: 1, output_per_million: 2}
                  - {provider: openai, model: our-finetune, input_per_million: 3, output_per_million: 4}
                """);

        PriceTable prices = PriceTable.shipped().overlaid(file);

        assertThat(prices.cost("openai:gpt-4o-mini", 1_000_000, 1_000_000)).contains(new BigDecimal("3"));
        assertThat(prices.cost("openai:our-finetune", 1_000_000, 0)).contains(new BigDecimal("3"));
        assertThat(prices.cost("openai:gpt-4o", 1_000_000, 0)).contains(new BigDecimal("2.5"));
        assertThat(prices.overrides()).containsExactly(file.toString());
        assertThat(PriceTable.shipped().cost("openai:gpt-4o-mini", 1_000_000, 0)).contains(new BigDecimal("0.15"));
    }

    @Test
    void aBadFileNamesItsLineAndField() throws IOException {
        assertInvalid(write("""
                prices:
                  - {provider: openai, model: gpt-4o, input_per_million: -1, output_per_million: 2}
                """), ":2:", "input_per_million", "must not be negative");
        assertInvalid(write("""
                prices:
                  - {provider: openai, model: gpt-4o, input_per_milion: 1, output_per_million: 2}
                """), ":2:", "input_per_milion");
        assertInvalid(write("""
                prices:
                  - {provider: openai, model: gpt-4o, output_per_million: 2}
                """), ":2:", "input_per_million");
        assertInvalid(write("""
                prices:
                  - {provider: openai, model: gpt-4o, input_per_million: 1, output_per_million: 2}
                  - {provider: openai, model: gpt-4o, input_per_million: 1, output_per_million: 3}
                """), ":3:", "prices[1]", "priced twice");
    }

    @Test
    void aMissingFileIsBadInputNamingIt() {
        Path missing = tmp.resolve("nope.yaml");
        assertThatThrownBy(() -> PriceTable.shipped().overlaid(missing)).isInstanceOf(CurveballException.class)
                .hasMessageContaining(missing.toString());
    }

    private void assertInvalid(Path file, String... says) {
        assertThatThrownBy(() -> PriceTable.shipped().overlaid(file))
                .isInstanceOfSatisfying(CurveballException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT))
                .hasMessageStartingWith(file.toString() + ":")
                .hasMessageContainingAll(says);
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(tmp, "prices", ".yaml");
        Files.writeString(file, text);
        return file;
    }
}

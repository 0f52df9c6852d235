package dev.curveball.core.cost;

import dev.curveball.core.error.Require;
import java.time.LocalDate;
import java.util.List;

/**
 * A price table file as written: when the prices were read ({@code as_of}), from where
 * ({@code source}), and the prices. Both notes are optional in an override file.
 */
record PriceFile(LocalDate asOf, String source, List<Price> prices) {
    PriceFile {
        Require.check(source == null || !source.isBlank(), "field 'source' must not be empty; say where the prices come from or leave the field out");
        prices = List.copyOf(Require.present(prices, "prices"));
    }
}

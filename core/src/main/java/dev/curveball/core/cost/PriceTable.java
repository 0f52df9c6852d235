package dev.curveball.core.cost;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.InputFiles;
import dev.curveball.core.io.Yaml;
import dev.curveball.core.model.ModelSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * USD per million tokens by {@code provider:model}: the table shipped in this jar
 * ({@code curveball/prices/prices.yaml}), optionally overlaid by a user's file whose entries replace
 * the shipped ones for the same provider and model and add the rest. A model found in neither is
 * unpriced: {@link #cost} is empty, never 0. A dated snapshot ({@code gpt-4o-2024-08-06},
 * {@code claude-sonnet-4-20250514}) or a {@code -latest} alias takes its model's price.
 *
 * <pre>{@code PriceTable prices = PriceTable.shipped().overlaid(Path.of("prices.yaml"));
 * prices.cost("openai:gpt-4o-mini", 1_000_000, 0)   // Optional[0.15]
 * prices.cost("openai:gpt-99", 10, 10)             // Optional.empty: unpriced}</pre>
 */
public final class PriceTable {
    static final String RESOURCE = "curveball/prices/prices.yaml";
    private static final Pattern SNAPSHOT = Pattern.compile("-(\\d{8}|\\d{4}-\\d{2}-\\d{2}|latest)$");
    private static final PriceTable SHIPPED = load(RESOURCE, shippedText());

    private final Map<String, Price> prices;
    private final LocalDate asOf;
    private final String source;
    private final List<String> overrides;

    private PriceTable(Map<String, Price> prices, LocalDate asOf, String source, List<String> overrides) {
        this.prices = Map.copyOf(prices);
        this.asOf = asOf;
        this.source = source;
        this.overrides = List.copyOf(overrides);
    }

    /** The table shipped in the jar. */
    public static PriceTable shipped() {
        return SHIPPED;
    }

    /** This table with {@code file}'s prices laid over it; a bad file is invalid input naming {@code file:line:column} and the field. */
    public PriceTable overlaid(Path file) {
        PriceTable extra = load(file.toString(), InputFiles.text(file, InputFiles.MAX_YAML_BYTES));
        Map<String, Price> merged = new LinkedHashMap<>(prices);
        merged.putAll(extra.prices);
        List<String> files = new ArrayList<>(overrides);
        files.add(file.toString());
        return new PriceTable(merged, asOf, source, files);
    }

    /** The shipped table, overlaid by {@code file} when there is one. */
    public static PriceTable of(Optional<Path> file) {
        return file.map(SHIPPED::overlaid).orElse(SHIPPED);
    }

    /** The price of {@code model} ({@code provider:name}), if the table has one. */
    public Optional<Price> price(String model) {
        if (model == null || model.indexOf(':') <= 0) {
            return Optional.empty();
        }
        int colon = model.indexOf(':');
        String provider = model.substring(0, colon).toLowerCase(Locale.ROOT);
        String name = model.substring(colon + 1);
        Price exact = prices.get(key(provider, name));
        if (exact != null) {
            return Optional.of(exact);
        }
        String base = SNAPSHOT.matcher(name).replaceFirst("");
        return Optional.ofNullable(prices.get(key(provider, base))).or(() -> Optional.ofNullable(prices.get(key(provider, Price.ANY_MODEL))));
    }

    public Optional<Price> price(ModelSpec spec) {
        return price(spec.toString());
    }

    /** What {@code input} and {@code output} tokens of {@code model} cost, or empty when the model is unpriced. */
    public Optional<BigDecimal> cost(String model, long input, long output) {
        return price(model).map(p -> p.cost(input, output));
    }

    /** When the shipped prices were read. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Where the shipped prices come from. */
    public String source() {
        return source;
    }

    /** The files laid over the shipped table, in order. */
    public List<String> overrides() {
        return overrides;
    }

    public List<Price> all() {
        return List.copyOf(prices.values());
    }

    private static PriceTable load(String source, String text) {
        PriceFile file = Yaml.read(source, text, PriceFile.class);
        Map<String, Price> byKey = new LinkedHashMap<>();
        for (int i = 0; i < file.prices().size(); i++) {
            Price price = file.prices().get(i);
            if (byKey.put(key(price.provider(), price.model()), price) != null) {
                throw CurveballException.invalidInput(Yaml.where(source, text, "prices[" + i + "]") + ": field 'prices[" + i
                        + "]': " + price.provider() + ":" + price.model() + " is priced twice in this file; keep one entry");
            }
        }
        return new PriceTable(byKey, file.asOf(), file.source(), List.of());
    }

    private static String key(String provider, String model) {
        return provider.toLowerCase(Locale.ROOT) + ":" + model;
    }

    private static String shippedText() {
        try (InputStream in = PriceTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the price table " + RESOURCE + " is missing from the jar");
            }
            return InputFiles.text(RESOURCE, in, InputFiles.MAX_YAML_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

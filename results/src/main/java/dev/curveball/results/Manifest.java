package dev.curveball.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.curveball.results.shard.MergedShards;
import dev.curveball.results.shard.SuiteShard;
import java.time.Instant;
import java.util.List;

/**
 * {@code manifest.json}: what was run, with which versions, config and seeds. Never holds a key.
 * {@code user_simulator} says who played the users ({@code scripted}, or the model as
 * {@code provider:name}) and {@code opening_writer} who wrote generated openings ({@code template}
 * or the model; null for a scenarios file); {@code models} lists every model used. A manifest
 * without {@code user_simulator} is from an offline run. {@code agent_headers} lists the names of
 * the extra headers sent to an HTTP agent ({@code --agent-header}), never their values.
 * {@code shard} is set on a shard's run ({@code run --shard 2/3}): which slice of which suite it
 * played; {@code merged} on the run {@code curveball merge} wrote from shards; both null otherwise.
 * {@code prices} names the price table the run priced with, {@code max_spend_usd} its
 * {@code --max-spend} (each written only when known).
 * {@code limits} the effective rate limits and retry policies ({@link ManifestLimits}; absent in
 * manifests written before they existed).
 *
 * <pre>{@code {"curveball_version":"0.1.0-SNAPSHOT","agent":"naive","world":"acme-support","seed":7,
 *  "user_simulator":"openai:gpt-4o-mini","models":["openai:gpt-4o-mini"],...}}</pre>
 */
public record Manifest(
        String curveballVersion,
        String javaVersion,
        Instant createdAt,
        String agent,
        String world,
        String worldSource,
        String scenarioSource,
        Long seed,
        Integer count,
        int scenarios,
        int trials,
        int parallel,
        long turnTimeoutMs,
        List<String> personas,
        List<String> models,
        SuiteShard shard,
        List<String> viewsNotAvailable,
        String userSimulator,
        String openingWriter,
        List<String> agentHeaders,
        @JsonInclude(JsonInclude.Include.NON_NULL) MergedShards merged,
        @JsonInclude(JsonInclude.Include.NON_NULL) Prices prices,
        @JsonInclude(JsonInclude.Include.NON_NULL) java.math.BigDecimal maxSpendUsd,
        ManifestLimits limits) {

    /** The price table a run priced with: the shipped table's date, and the files laid over it ({@code --prices}). */
    public record Prices(java.time.LocalDate asOf, List<String> overrides) {
        public Prices {
            overrides = List.copyOf(overrides == null ? List.of() : overrides);
        }
    }

    /** A manifest without prices or a spend limit (as written before costs were split by role). */
    public Manifest(String curveballVersion, String javaVersion, Instant createdAt, String agent, String world, String worldSource,
                    String scenarioSource, Long seed, Integer count, int scenarios, int trials, int parallel, long turnTimeoutMs,
                    List<String> personas, List<String> models, SuiteShard shard, List<String> viewsNotAvailable, String userSimulator,
                    String openingWriter, List<String> agentHeaders, MergedShards merged) {
        this(curveballVersion, javaVersion, createdAt, agent, world, worldSource, scenarioSource, seed, count, scenarios, trials, parallel,
                turnTimeoutMs, personas, models, shard, viewsNotAvailable, userSimulator, openingWriter, agentHeaders, merged, null, null, null);
    }

    public Manifest {
        agentHeaders = List.copyOf(agentHeaders == null ? List.of() : agentHeaders);
        userSimulator = userSimulator == null ? "scripted" : userSimulator;
        personas = List.copyOf(personas);
        models = List.copyOf(models);
        viewsNotAvailable = List.copyOf(viewsNotAvailable);
    }

    /** A builder holding every field of this manifest, to change a few: a merged run's manifest starts from a shard's. */
    public Builder toBuilder() {
        return new Builder().curveballVersion(curveballVersion).javaVersion(javaVersion).createdAt(createdAt).agent(agent).world(world)
                .worldSource(worldSource).scenarioSource(scenarioSource).seed(seed).count(count).scenarios(scenarios).trials(trials)
                .parallel(parallel).turnTimeoutMs(turnTimeoutMs).personas(personas).models(models).shard(shard)
                .viewsNotAvailable(viewsNotAvailable).userSimulator(userSimulator).openingWriter(openingWriter).agentHeaders(agentHeaders)
                .merged(merged).prices(prices).maxSpendUsd(maxSpendUsd).limits(limits);
    }

    /** A manifest built field by field; {@code personas}, {@code models} and {@code views_not_available} default to empty. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Names each of the manifest's many fields where it is set:
     * {@code Manifest.builder().agent("naive").world("acme-support").trials(1).build()}.
     */
    public static final class Builder {
        private String curveballVersion;
        private String javaVersion;
        private Instant createdAt;
        private String agent;
        private String world;
        private String worldSource;
        private String scenarioSource;
        private Long seed;
        private Integer count;
        private int scenarios;
        private int trials;
        private int parallel;
        private long turnTimeoutMs;
        private List<String> personas = List.of();
        private List<String> models = List.of();
        private SuiteShard shard;
        private List<String> viewsNotAvailable = List.of();
        private String userSimulator;
        private String openingWriter;
        private List<String> agentHeaders = List.of();
        private MergedShards merged;
        private Prices prices;
        private java.math.BigDecimal maxSpendUsd;

        public Builder prices(Prices value) {
            this.prices = value;
            return this;
        }

        public Builder maxSpendUsd(java.math.BigDecimal value) {
            this.maxSpendUsd = value;
            return this;
        }
        private ManifestLimits limits;

        private Builder() {
        }

        public Builder limits(ManifestLimits value) {
            this.limits = value;
            return this;
        }

        public Builder curveballVersion(String value) {
            this.curveballVersion = value;
            return this;
        }

        public Builder javaVersion(String value) {
            this.javaVersion = value;
            return this;
        }

        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        public Builder agent(String value) {
            this.agent = value;
            return this;
        }

        public Builder world(String value) {
            this.world = value;
            return this;
        }

        public Builder worldSource(String value) {
            this.worldSource = value;
            return this;
        }

        public Builder scenarioSource(String value) {
            this.scenarioSource = value;
            return this;
        }

        public Builder seed(Long value) {
            this.seed = value;
            return this;
        }

        public Builder count(Integer value) {
            this.count = value;
            return this;
        }

        public Builder scenarios(int value) {
            this.scenarios = value;
            return this;
        }

        public Builder trials(int value) {
            this.trials = value;
            return this;
        }

        public Builder parallel(int value) {
            this.parallel = value;
            return this;
        }

        public Builder turnTimeoutMs(long value) {
            this.turnTimeoutMs = value;
            return this;
        }

        public Builder personas(List<String> value) {
            this.personas = value;
            return this;
        }

        public Builder models(List<String> value) {
            this.models = value;
            return this;
        }

        public Builder shard(SuiteShard value) {
            this.shard = value;
            return this;
        }

        public Builder viewsNotAvailable(List<String> value) {
            this.viewsNotAvailable = value;
            return this;
        }

        public Builder userSimulator(String value) {
            this.userSimulator = value;
            return this;
        }

        public Builder openingWriter(String value) {
            this.openingWriter = value;
            return this;
        }

        /** The names of the headers sent to the agent; their values never reach the manifest. */
        public Builder agentHeaders(List<String> value) {
            this.agentHeaders = value;
            return this;
        }

        public Builder merged(MergedShards value) {
            this.merged = value;
            return this;
        }

        public Manifest build() {
            return new Manifest(curveballVersion, javaVersion, createdAt, agent, world, worldSource, scenarioSource, seed, count,
                    scenarios, trials, parallel, turnTimeoutMs, personas, models, shard, viewsNotAvailable, userSimulator, openingWriter,
                    agentHeaders, merged, prices, maxSpendUsd, limits);
        }
    }

    public static String version() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}

package dev.curveball.core.config;

import dev.curveball.core.error.Require;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A suite's {@code curveball.yaml}: the defaults {@code curveball generate} and {@code curveball run}
 * take when a flag is not given. Every field is optional; paths are relative to the config file's
 * folder (see {@link SuiteConfigFile#resolve(String)}). Read strictly: an unknown field is an error.
 *
 * <pre>{@code world: world          # the world directory
 * personas: personas    # persona templates (bundled ones when left out)
 * agent: starter        # an http:// URL, an agent file (.yaml, relative to this file) or an in-process agent's name
 * count: 12
 * seed: 7
 * trials: 1
 * parallel: 4
 * scenarios: scenarios.jsonl   # written by generate, played by run
 * out: runs                    # run directories go under it
 * model: openai:gpt-4o-mini    # optional: model-written users and the model-driven simulator
 * max_error_rate: 0.2          # run exits 3 when more of its conversations than this are ERROR
 * agent_headers:               # optional: sent on every request to an http:// agent
 *   Authorization: Bearer ${AGENT_TOKEN}   # ${VAR} is read from the environment
 * prices: prices.yaml         # optional: prices laid over the shipped price table (docs/cost.md)
 * max_spend: 5.00             # optional: run and nightly start no new conversation once 5 USD is spent
 * nightly:                     # optional: what curveball nightly adds (see NightlySettings)
 *   golden: golden
 *   min_gate: 24
 * limits:                      # optional: rate limits and retries (see LimitSettings, docs/limits.md)
 *   model_rpm: 500
 *   max_retries: 3}</pre>
 *
 * <p>{@code agent_headers} keeps its order; its values are written with {@code ${VAR}} for
 * secrets, which {@code run} reads from the environment, so the file never holds a token.
 */
public record SuiteConfig(
        String world,
        String personas,
        String agent,
        Integer count,
        Long seed,
        Integer trials,
        Integer parallel,
        String out,
        String scenarios,
        String model,
        Double maxErrorRate,
        Map<String, String> agentHeaders,
        NightlySettings nightly,
        String prices,
        java.math.BigDecimal maxSpend,
        LimitSettings limits) {

    public SuiteConfig {
        notBlank(world, "world");
        notBlank(personas, "personas");
        notBlank(agent, "agent");
        notBlank(out, "out");
        notBlank(scenarios, "scenarios");
        notBlank(model, "model");
        notBlank(prices, "prices");
        Require.check(maxSpend == null || maxSpend.signum() > 0, "field 'max_spend' must be above 0 (US dollars), was "
                + (maxSpend == null ? null : maxSpend.toPlainString()));
        nightly = nightly == null ? NightlySettings.defaults() : nightly;
        limits = limits == null ? LimitSettings.defaults() : limits;
        agentHeaders = agentHeaders == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(agentHeaders));
        if (count != null) {
            Require.positive(count, "count");
        }
        if (trials != null) {
            Require.positive(trials, "trials");
        }
        if (parallel != null) {
            Require.positive(parallel, "parallel");
        }
        Require.check(maxErrorRate == null || (maxErrorRate >= 0 && maxErrorRate <= 1),
                "field 'max_error_rate' must be from 0 to 1 (a share of the conversations), was " + maxErrorRate);
    }

    /** A config without an error limit or agent headers. */
    public SuiteConfig(String world, String personas, String agent, Integer count, Long seed, Integer trials, Integer parallel,
                       String out, String scenarios, String model) {
        this(world, personas, agent, count, seed, trials, parallel, out, scenarios, model, null, null, null, null, null, null);
    }

    /** A field may be left out, but not given empty: {@code world:} with no value is a mistake worth naming. */
    private static void notBlank(String value, String field) {
        Require.check(value == null || !value.isBlank(), "field '" + field + "' must not be empty; give a value or leave the field out");
    }
}

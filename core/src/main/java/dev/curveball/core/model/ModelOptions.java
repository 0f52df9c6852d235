package dev.curveball.core.model;

import dev.curveball.core.error.Require;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * How patiently a {@link ModelClient} talks to its server: the time one HTTP attempt may take and
 * how many times a retriable failure (5xx, 429, timeout, connection refused) is tried again, under
 * the {@link dev.curveball.core.limit.RetryPolicy} (backoff with jitter, {@code Retry-After} honoured,
 * capped in total time; see docs/limits.md). Errors the user must fix (401, 404, 400) are never retried.
 *
 * <pre>{@code Models.open(spec, env, cache, new ModelOptions(Duration.ofSeconds(30), 0));
 * ModelOptions.fromEnvironment(Map.of("CURVEBALL_MODEL_MAX_RETRIES", "0"));}</pre>
 */
public record ModelOptions(Duration timeout, int maxRetries) {
    /** Seconds, decimals allowed ({@code 0.5}). */
    public static final String TIMEOUT_VARIABLE = "CURVEBALL_MODEL_TIMEOUT_SECONDS";
    public static final String MAX_RETRIES_VARIABLE = "CURVEBALL_MODEL_MAX_RETRIES";

    private static final ModelOptions DEFAULTS = new ModelOptions(Duration.ofSeconds(60), 3);

    public ModelOptions {
        Require.present(timeout, "timeout");
        Require.check(!timeout.isNegative() && !timeout.isZero(), "model timeout must be positive, was " + timeout);
        Require.check(maxRetries >= 0, "model max retries must be 0 or more, was " + maxRetries);
    }

    /** 60 s per attempt, 3 retries (so at most 4 attempts, as {@link dev.curveball.core.limit.RetryPolicy#defaults()}). */
    public static ModelOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The defaults, overridden by {@value #TIMEOUT_VARIABLE} and {@value #MAX_RETRIES_VARIABLE} when set;
     * a malformed value is a {@link ModelFailure.Kind#CONFIGURATION} failure naming the variable.
     */
    public static ModelOptions fromEnvironment(Map<String, String> environment) {
        Duration timeout = DEFAULTS.timeout;
        int maxRetries = DEFAULTS.maxRetries;
        String seconds = environment.get(TIMEOUT_VARIABLE);
        if (seconds != null && !seconds.isBlank()) {
            timeout = parseTimeout(seconds.trim());
        }
        String retries = environment.get(MAX_RETRIES_VARIABLE);
        if (retries != null && !retries.isBlank()) {
            maxRetries = parseRetries(retries.trim());
        }
        return new ModelOptions(timeout, maxRetries);
    }

    private static Duration parseTimeout(String seconds) {
        try {
            long millis = new BigDecimal(seconds).movePointRight(3).longValueExact();
            if (millis > 0) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below with the variable's name
        }
        throw new ModelFailure(ModelFailure.Kind.CONFIGURATION, TIMEOUT_VARIABLE + "='" + seconds
                + "': expected a positive number of seconds, such as 30 or 0.5", null);
    }

    private static int parseRetries(String retries) {
        try {
            int value = Integer.parseInt(retries);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the variable's name
        }
        throw new ModelFailure(ModelFailure.Kind.CONFIGURATION, MAX_RETRIES_VARIABLE + "='" + retries
                + "': expected a whole number of retries, 0 or more", null);
    }
}

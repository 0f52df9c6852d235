package dev.curveball.core.model;

import dev.curveball.core.error.Require;
import dev.curveball.core.limit.CallLimits;
import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryPolicy;
import dev.curveball.core.limit.Ticker;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The rate limits and the retry policy of a run's model calls, one {@link CallLimits} per provider
 * endpoint (provider and base URL): the user simulator, the judges, the scenario writer and a
 * hosted model agent calling the same endpoint share its requests per minute and its concurrency
 * cap, as the provider counts them. Thread-safe; one instance per command.
 *
 * <pre>{@code ModelLimits limits = ModelLimits.of(RetryPolicy.defaults(), new RequestLimits(500, 8));
 * ModelClient model = Models.open(spec, env, cache, ModelOptions.fromEnvironment(env), limits);
 * ChatResponse r = limits.call(spec, env, "hosted agent", () -> chatModel.chat(request)); // a LangChain4j model built with maxRetries(0)}</pre>
 */
public final class ModelLimits {
    private final RetryPolicy policy;
    private final RequestLimits limits;
    private final Ticker ticker;
    private final RandomGenerator random;
    private final ConcurrentMap<String, CallLimits> byEndpoint = new ConcurrentHashMap<>();

    private ModelLimits(RetryPolicy policy, RequestLimits limits, Ticker ticker, RandomGenerator random) {
        this.policy = Require.present(policy, "retry policy");
        this.limits = Require.present(limits, "limits");
        this.ticker = Require.present(ticker, "ticker");
        this.random = Require.present(random, "random");
    }

    public static ModelLimits of(RetryPolicy policy, RequestLimits limits) {
        return new ModelLimits(policy, limits, Ticker.system(), new Random());
    }

    /** With a clock and random source of the caller's (tests). */
    public static ModelLimits of(RetryPolicy policy, RequestLimits limits, Ticker ticker, RandomGenerator random) {
        return new ModelLimits(policy, limits, ticker, random);
    }

    /** The policy every model call retries under. */
    public RetryPolicy policy() {
        return policy;
    }

    /** The limits each endpoint gets. */
    public RequestLimits limits() {
        return limits;
    }

    /** The endpoint's shared limits, made on first use. */
    CallLimits of(ModelEndpoint endpoint) {
        String key = endpoint.spec().provider().id() + " " + endpoint.baseUrl();
        return byEndpoint.computeIfAbsent(key, k -> CallLimits.of(policy, limits, ticker, random));
    }

    /**
     * Runs {@code attempt}, a call to model {@code spec} through a LangChain4j model of one's own
     * (built with {@code maxRetries(0)}, so retries are not stacked), under this run's limits and
     * policy for the model's endpoint; a failure is a {@link ModelFailure} as {@link ModelClient}s
     * throw them, saying after how many attempts it gave up.
     *
     * @param purpose what the call is for, as failures name it ({@code hosted agent (s0001-t1)})
     */
    public <T> T call(ModelSpec spec, Map<String, String> environment, String purpose, Supplier<T> attempt) {
        ModelEndpoint endpoint = ModelEndpoint.resolve(spec, environment);
        ModelFailures failures = new ModelFailures(endpoint, ModelOptions.fromEnvironment(environment));
        return ModelCalls.call(of(endpoint), failures, purpose, attempt);
    }
}

package dev.curveball.cli;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.model.MeteredModelClient;
import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryPolicy;
import dev.curveball.core.model.ModelCache;
import dev.curveball.core.model.ModelLimits;
import dev.curveball.core.model.ModelSpec;
import dev.curveball.core.model.Models;
import dev.curveball.generator.WritingTally;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The model options shared by commands that can use a model ({@code run}, {@code generate}):
 * which model, and where its replies are cached. Keys come from the environment only.
 */
final class ModelOptions {
    // One line an element: picocli's line breaker would cut "anthropic:claude" and "~/.cache" at their punctuation.
    @Option(names = "--model", paramLabel = "PROVIDER:NAME",
            description = {"Use a model to write scenarios and play the users,", "such as openai:gpt-4o-mini or ollama:llama3.1",
                    "(providers: openai, anthropic, gemini, ollama,", "vllm, lmstudio; keys and base URLs from",
                    "OPENAI_API_KEY, OPENAI_BASE_URL, ANTHROPIC_API_KEY,", "GEMINI_API_KEY, ...)."})
    String model;

    @Option(names = "--model-cache", paramLabel = "DIR",
            description = {"Where model replies are cached (default:", "$CURVEBALL_CACHE_DIR, else",
                    "$XDG_CACHE_HOME/curveball/models, else", "~/.cache/curveball/models)."})
    Path cacheDir;

    @Option(names = "--no-model-cache", description = "Send every model call to the model; read and write no cache.")
    boolean noCache;

    @Option(names = "--model-rpm", paramLabel = "N", converter = Options.Limit.class,
            description = {"Model requests a minute per provider endpoint,", "shared by users, judges and the writer, spaced", "evenly (default 0: no limit). See docs/limits.md."})
    Integer modelRpm;

    @Option(names = "--model-concurrency", paramLabel = "N", converter = Options.Limit.class,
            description = {"Model requests at once per provider endpoint", "(default 0: no limit)."})
    Integer modelConcurrency;

    @Option(names = "--max-retries", paramLabel = "N", converter = Options.Retries.class,
            description = {"Tries again a model call (and an http:// agent's", "turn) that got a 429, a 5xx or a timeout, with",
                    "backoff and jitter, Retry-After first (default 3;", "models: $$CURVEBALL_MODEL_MAX_RETRIES if set)."})
    Integer maxRetries;

    @Option(names = "--retry-max-time", paramLabel = "SECONDS", converter = Options.RetryTime.class,
            description = {"Retries end this long after the first attempt", "(default 60; an agent turn also ends at", "--turn-timeout)."})
    Integer retryMaxTime;

    private ModelLimits limits;

    /** The model, counting its calls, or empty without {@code --model}. */
    Optional<MeteredModelClient> open(Map<String, String> environment) {
        if (noCache && cacheDir != null) {
            throw CurveballException.invalidInput("--model-cache and --no-model-cache exclude each other; give one of them");
        }
        return model == null ? Optional.empty() : Optional.of(client(model, environment));
    }

    /** The judge model of {@code --judge-model}, with the same cache as {@code --model}; empty without it. */
    Optional<MeteredModelClient> openJudge(String judgeModel, Map<String, String> environment) {
        return judgeModel == null ? Optional.empty() : Optional.of(client(judgeModel, environment));
    }

    private MeteredModelClient client(String name, Map<String, String> environment) {
        return open(name, cacheDir, noCache, environment, limits(environment));
    }

    /**
     * The limits and retry policy every model of this command shares, per provider endpoint: the
     * flags (or curveball.yaml's {@code limits}), else {@code CURVEBALL_MODEL_MAX_RETRIES}, else the defaults.
     */
    ModelLimits limits(Map<String, String> environment) {
        if (limits == null) {
            int retries = maxRetries != null ? maxRetries : dev.curveball.core.model.ModelOptions.fromEnvironment(environment).maxRetries();
            RetryPolicy policy = RetryPolicy.defaults().withMaxRetries(retries);
            limits = ModelLimits.of(retryMaxTime == null ? policy : policy.withMaxTotalTime(Duration.ofSeconds(retryMaxTime)),
                    new RequestLimits(modelRpm == null ? 0 : modelRpm, modelConcurrency == null ? 0 : modelConcurrency));
        }
        return limits;
    }

    /** The retry policy an http:// agent's turns get: {@code --max-retries} and {@code --retry-max-time}, else the defaults. */
    RetryPolicy agentRetry() {
        RetryPolicy policy = maxRetries == null ? RetryPolicy.defaults() : RetryPolicy.defaults().withMaxRetries(maxRetries);
        return retryMaxTime == null ? policy : policy.withMaxTotalTime(Duration.ofSeconds(retryMaxTime));
    }

    /** A metered client of model {@code name} ({@code provider:name}) with the cache {@code --model-cache}/{@code --no-model-cache} give. */
    static MeteredModelClient open(String name, Path cacheDir, boolean noCache, Map<String, String> environment) {
        int retries = dev.curveball.core.model.ModelOptions.fromEnvironment(environment).maxRetries();
        return open(name, cacheDir, noCache, environment, ModelLimits.of(RetryPolicy.defaults().withMaxRetries(retries), RequestLimits.NONE));
    }

    /** As {@link #open(String, Path, boolean, Map)}, under {@code limits}, shared with the other clients opened with it. */
    static MeteredModelClient open(String name, Path cacheDir, boolean noCache, Map<String, String> environment, ModelLimits limits) {
        if (noCache && cacheDir != null) {
            throw CurveballException.invalidInput("--model-cache and --no-model-cache exclude each other; give one of them");
        }
        ModelSpec spec = ModelSpec.parse(name);
        ModelCache cache = noCache ? ModelCache.disabled() : ModelCache.at(cacheDir != null ? cacheDir : ModelCache.defaultDir(environment));
        MeteredModelClient client = new MeteredModelClient(Models.open(spec, environment, cache,
                dev.curveball.core.model.ModelOptions.fromEnvironment(environment), limits));
        cache.writeProblem().ifPresent(problem -> {
            throw CurveballException.invalidInput(cacheSource(cacheDir, environment) + ": not a writable directory (" + problem
                    + "); give a writable --model-cache DIR, or --no-model-cache");
        });
        return client;
    }

    /** Where the cache directory came from, as the user gave it. */
    private static String cacheSource(Path cacheDir, Map<String, String> environment) {
        if (cacheDir != null) {
            return "--model-cache " + cacheDir;
        }
        String variable = environment.get(ModelCache.DIR_VARIABLE);
        return variable != null && !variable.isBlank() ? ModelCache.DIR_VARIABLE + "=" + variable.trim()
                : "the model cache " + ModelCache.defaultDir(environment);
    }

    /** {@code model openai:gpt-4o-mini: 12 requests, 30 answered from the cache, 0 failed; tokens 5400 in, 900 out}. */
    static String calls(MeteredModelClient model) {
        MeteredModelClient.Calls c = model.calls();
        return String.format(Locale.ROOT, "model %s: %d requests, %d answered from the cache, %d failed; tokens %d in, %d out",
                model.spec(), c.requests(), c.cacheHits(), c.failures(), c.inputTokens(), c.outputTokens());
    }

    /**
     * {@code openings: 18 written by the model, 3 retried, 2 fell back to templates (7 replies rejected)}; when
     * near-duplicate control asked for rewrites, {@code (5 of the 23 asked for were rewrites of near-duplicates)} follows.
     */
    static String openings(WritingTally tally) {
        String line = String.format(Locale.ROOT, "openings: %d written by the model, %d retried, %d fell back to templates (%d replies rejected)",
                tally.written(), tally.retried(), tally.fellBack(), tally.rejectedReplies());
        return tally.rewrites() == 0 ? line : line + String.format(Locale.ROOT, " (%d of the %d asked for were rewrites of near-duplicates)",
                tally.rewrites(), tally.written() + tally.fellBack());
    }
}

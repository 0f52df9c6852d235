package dev.curveball.core.model;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts what a {@link ModelClient} did, so a command can say how many calls reached the model,
 * how many the cache answered, and how many tokens were spent. Safe to share between threads.
 *
 * <pre>{@code MeteredModelClient model = new MeteredModelClient(Models.open(spec, env, cache));
 * ... model.calls().requests()  // calls that reached the server}</pre>
 */
public final class MeteredModelClient implements ModelClient {
    private final ModelClient model;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong cacheHits = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong inputTokens = new AtomicLong();
    private final AtomicLong outputTokens = new AtomicLong();
    private final AtomicReference<ModelFailure> firstFailure = new AtomicReference<>();

    public MeteredModelClient(ModelClient model) {
        this.model = model;
    }

    /** The figures so far: replies from the server, from the cache, failed calls, tokens (server replies only). */
    public record Calls(long requests, long cacheHits, long failures, long inputTokens, long outputTokens) {
    }

    @Override
    public ModelSpec spec() {
        return model.spec();
    }

    @Override
    public ModelReply complete(ModelRequest request) {
        ModelReply reply;
        try {
            reply = model.complete(request);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            if (e instanceof ModelFailure failure) {
                firstFailure.compareAndSet(null, failure);
            }
            throw e;
        }
        if (reply.cached()) {
            cacheHits.incrementAndGet();
        } else {
            requests.incrementAndGet();
            inputTokens.addAndGet(reply.inputTokens());
            outputTokens.addAndGet(reply.outputTokens());
        }
        return reply;
    }

    /** The first call's failure, whose kind says whether the user (a wrong key, exit 2) or the service (exit 3) must act. */
    public Optional<ModelFailure> firstFailure() {
        return Optional.ofNullable(firstFailure.get());
    }

    public Calls calls() {
        return new Calls(requests.get(), cacheHits.get(), failures.get(), inputTokens.get(), outputTokens.get());
    }
}

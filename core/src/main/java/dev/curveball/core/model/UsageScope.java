package dev.curveball.core.model;

import dev.curveball.core.cost.ModelTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the tokens of the model calls made on this thread while the scope is open, so a
 * conversation can say what its simulated user spent and a verdict what its judge spent, although
 * one model client serves every conversation of a run. Only calls through a client wrapped with
 * {@link #metered(ModelClient)} are counted, and only replies from the server (a cached reply costs
 * nothing). Scopes nest: the innermost open one on the thread collects.
 *
 * <pre>{@code ModelClient users = UsageScope.metered(model);     // once per run
 * try (UsageScope scope = UsageScope.open()) {
 *     users.complete(request);
 *     scope.drain();   // [ModelTokens[model=openai:gpt-4o-mini, inputTokens=812, outputTokens=40]]
 * }}</pre>
 */
public final class UsageScope implements AutoCloseable {
    private static final ThreadLocal<UsageScope> CURRENT = new ThreadLocal<>();

    private final UsageScope outer;
    private final List<ModelTokens> calls = new ArrayList<>();

    private UsageScope(UsageScope outer) {
        this.outer = outer;
    }

    /** Opens a scope on this thread; close it on the same thread. */
    public static UsageScope open() {
        UsageScope scope = new UsageScope(CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /** {@code model}, reporting each of its server replies' tokens to the scope open on the calling thread, if any. */
    public static ModelClient metered(ModelClient model) {
        return model instanceof Metered ? model : new Metered(model);
    }

    /** The calls collected since the last drain, and forgets them. */
    public List<ModelTokens> drain() {
        List<ModelTokens> drained = List.copyOf(calls);
        calls.clear();
        return drained;
    }

    @Override
    public void close() {
        if (CURRENT.get() == this) {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    private static void record(ModelSpec spec, ModelReply reply) {
        UsageScope scope = CURRENT.get();
        if (scope != null && !reply.cached() && (reply.inputTokens() > 0 || reply.outputTokens() > 0)) {
            scope.calls.add(new ModelTokens(spec.toString(), reply.inputTokens(), reply.outputTokens()));
        }
    }

    private record Metered(ModelClient model) implements ModelClient {
        @Override
        public ModelSpec spec() {
            return model.spec();
        }

        @Override
        public ModelReply complete(ModelRequest request) {
            ModelReply reply = model.complete(request);
            record(model.spec(), reply);
            return reply;
        }
    }
}

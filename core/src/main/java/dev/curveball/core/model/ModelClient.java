package dev.curveball.core.model;

/**
 * A configured model, safe to share between threads. Failures are {@link ModelFailure}s: the
 * caller decides whether one ends the command (generation) or only one conversation (simulation).
 *
 * <pre>{@code ModelClient model = Models.open(ModelSpec.parse("openai:gpt-4o-mini"), System.getenv(), cache);
 * ModelReply reply = model.complete(request);}</pre>
 */
public interface ModelClient {
    ModelSpec spec();

    ModelReply complete(ModelRequest request);
}

package dev.curveball.core.testkit;

import dev.curveball.core.model.ModelClient;
import dev.curveball.core.model.ModelFailure;
import dev.curveball.core.model.ModelReply;
import dev.curveball.core.model.ModelRequest;
import dev.curveball.core.model.ModelSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An in-memory {@link ModelClient} for unit tests: answers from a script, one entry per call, and
 * records every request. For the real client over HTTP, use the FakeModelServer instead.
 *
 * <pre>{@code ScriptedModelClient model = ScriptedModelClient.thatReplies("{\"opening\":\"hi\"}", "...");
 * model.requests().get(0).messages()}</pre>
 */
public final class ScriptedModelClient implements ModelClient {
    private final ModelSpec spec = ModelSpec.parse("openai:scripted");
    private final List<Function<ModelRequest, ModelReply>> script = new ArrayList<>();
    private final List<ModelRequest> requests = new ArrayList<>();
    private Function<ModelRequest, ModelReply> afterScript;

    private ScriptedModelClient() {
    }

    /** Answers the calls with these texts in order; a call past the end fails the test. */
    public static ScriptedModelClient thatReplies(String... replies) {
        ScriptedModelClient model = new ScriptedModelClient();
        for (String reply : replies) {
            model.thenReplies(reply);
        }
        return model;
    }

    /** Answers every call, however many, with the text {@code answer} computes from the request. */
    public static ScriptedModelClient thatAnswers(Function<ModelRequest, String> answer) {
        ScriptedModelClient model = new ScriptedModelClient();
        model.afterScript = request -> new ModelReply(answer.apply(request), 10, 5, false);
        return model;
    }

    /** Fails every call as a model that is down would, after the client's own retries. */
    public static ScriptedModelClient thatAlwaysFails(ModelFailure.Kind kind) {
        ScriptedModelClient model = new ScriptedModelClient();
        model.afterScript = request -> {
            throw new ModelFailure(kind, "openai:scripted: " + kind.name().toLowerCase() + " (scripted)", null);
        };
        return model;
    }

    public ScriptedModelClient thenReplies(String reply) {
        script.add(request -> new ModelReply(reply, 10, 5, false));
        return this;
    }

    public ScriptedModelClient thenFails(ModelFailure.Kind kind) {
        script.add(request -> {
            throw new ModelFailure(kind, "openai:scripted: " + kind.name().toLowerCase() + " (scripted)", null);
        });
        return this;
    }

    @Override
    public ModelSpec spec() {
        return spec;
    }

    @Override
    public synchronized ModelReply complete(ModelRequest request) {
        requests.add(request);
        int call = requests.size() - 1;
        if (call < script.size()) {
            return script.get(call).apply(request);
        }
        if (afterScript != null) {
            return afterScript.apply(request);
        }
        throw new AssertionError("the scripted model has " + script.size() + " replies; call " + (call + 1)
                + " (" + request.purpose() + ") has none");
    }

    /** Every request so far, in order. */
    public synchronized List<ModelRequest> requests() {
        return List.copyOf(requests);
    }

    /** The text of the last message of request {@code index}: what the model was last told. */
    public synchronized String lastMessageOf(int index) {
        List<dev.curveball.core.model.ModelMessage> messages = requests.get(index).messages();
        return messages.get(messages.size() - 1).text();
    }
}

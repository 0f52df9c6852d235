package dev.curveball.runner.agent;

import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ModelAgentFile;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.model.KeyMask;
import dev.curveball.core.model.ModelFailure;
import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryPolicy;
import dev.curveball.core.model.ModelLimits;
import dev.curveball.core.model.ModelOptions;
import dev.curveball.core.model.PromptTemplate;
import dev.curveball.core.model.ToolCallingModel;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A hosted model agent, described by an agent file ({@link ModelAgentFile}): Curveball runs the
 * tool loop itself through LangChain4j, against the same gateway, faults and trace as any other
 * agent. Each turn is stateless like the HTTP protocol: the model gets its system prompt, the
 * acting user and memory notes, and the conversation's messages (not earlier turns' tool calls).
 * A model failure, a turn past the turn timeout or past {@code max_tool_steps} makes that
 * conversation an ERROR whose reason names the model and where it is served, never its key.
 *
 * <pre>{@code AgentAdapter agent = ModelAgentAdapter.open(ModelAgentFile.read(Path.of("agents/gpt4o-v2.yaml")),
 *         System.getenv(), Duration.ofSeconds(60));
 * agent.id();   // "gpt4o-v2"}</pre>
 */
public final class ModelAgentAdapter implements AgentAdapter {
    private static final PromptTemplate CONTEXT = PromptTemplate.resource("curveball/agent/model-agent-context.md");
    /** LangChain4j's own retries, when CURVEBALL_MODEL_MAX_RETRIES does not say: one, so a blip does not end a conversation. */

    private final ModelAgentFile agent;
    private final ToolCallingModel model;
    private final Duration turnTimeout;

    ModelAgentAdapter(ModelAgentFile agent, ToolCallingModel model, Duration turnTimeout) {
        this.agent = agent;
        this.model = model;
        this.turnTimeout = turnTimeout;
    }

    /**
     * The agent of {@code agent}'s file, its model configured from {@code environment} (keys, base
     * URLs, {@code CURVEBALL_MODEL_TIMEOUT_SECONDS}); a missing key fails here, naming the file (exit 2).
     * No single model call waits longer than the turn may take.
     */
    public static ModelAgentAdapter open(ModelAgentFile agent, Map<String, String> environment, Duration turnTimeout) {
        return open(agent, environment, turnTimeout, RetryPolicy.defaults(), RequestLimits.NONE);
    }

    /**
     * As {@link #open(ModelAgentFile, Map, Duration)}, the agent's model calls retried under
     * {@code retry} (a 429 or 5xx, Retry-After first) and paced by {@code limits}: the agent's
     * {@code --max-retries}, {@code --agent-rpm} and {@code --agent-concurrency}, since the agent's
     * endpoint is its model's. Retries of one call end with the turn timeout.
     */
    public static ModelAgentAdapter open(ModelAgentFile agent, Map<String, String> environment, Duration turnTimeout,
                                         RetryPolicy retry, RequestLimits limits) {
        ModelOptions configured = ModelOptions.fromEnvironment(environment);
        Duration timeout = configured.timeout().compareTo(turnTimeout) < 0 ? configured.timeout() : turnTimeout;
        try {
            return new ModelAgentAdapter(agent, ToolCallingModel.open(agent.model(), environment,
                    new ModelOptions(timeout, configured.maxRetries()), ModelLimits.of(withinTurn(retry, turnTimeout), limits)), turnTimeout);
        } catch (ModelFailure e) {
            throw new CurveballException(e.exitCode(), agent.where("model") + ": " + e.getMessage(), e);
        }
    }

    /** Retries of one model call never outlast the turn they are part of. */
    private static RetryPolicy withinTurn(RetryPolicy retry, Duration turnTimeout) {
        return retry.maxTotalTime().compareTo(turnTimeout) <= 0 ? retry : retry.withMaxTotalTime(turnTimeout);
    }

    @Override
    public String id() {
        return agent.id();
    }

    public ModelAgentFile file() {
        return agent;
    }

    @Override
    public Optional<String> model() {
        return Optional.of(agent.model().toString());
    }

    @Override
    public AgentReply respond(AgentTurn turn, ToolClient tools) throws AgentFailure {
        ModelAgentTurn playing = new ModelAgentTurn(agent, model, context(turn), Deadline.after(turnTimeout));
        try {
            return playing.play(turn, tools);
        } catch (ModelFailure e) {
            // Its message names the model and where it is served, with the server's words masked of keys.
            throw new AgentFailure("agent '" + agent.id() + "': " + e.getMessage(), e.kind() == ModelFailure.Kind.UNREACHABLE, e);
        } catch (RuntimeException e) {
            throw new AgentFailure("agent '" + agent.id() + "' (" + model.describe() + ") failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + KeyMask.mask(e.getMessage())), false, e);
        }
    }

    private static String context(AgentTurn turn) {
        String memory = turn.memory().isEmpty() ? "(none)" : String.join("\n", turn.memory().stream().map(m -> "- " + m).toList());
        return CONTEXT.fill(Map.of("user_id", turn.user().id(), "user_role", turn.user().role(), "memory", memory)).strip();
    }
}

package dev.curveball.runner.agent;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.ModelAgentFile;
import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.error.CurveballException;
import dev.curveball.runner.agent.command.AgentCommand;
import dev.curveball.runner.agent.command.CommandAgentAdapter;
import dev.curveball.core.world.World;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Turns the {@code --agent} option into an adapter: an {@code http://} or {@code https://} URL is
 * an HTTP agent; a path ending in {@code .yaml} or {@code .yml} is a hosted model agent's file
 * ({@link ModelAgentAdapter}); {@code cmd:COMMAND} or {@code cmd-shared:COMMAND} a command agent (a local process
 * speaking the protocol as lines, see {@link CommandAgentAdapter}); anything else names an in-process {@link Agent} found through
 * {@link ServiceLoader} (built-in demo agents and third-party ones alike).
 *
 * <pre>{@code AgentAdapters.resolve("http://127.0.0.1:8080/turn", Duration.ofSeconds(60)); // HttpAgentAdapter
 * AgentAdapters.resolve("refund-bot", Duration.ofSeconds(60));                 // InProcessAgentAdapter
 * AgentAdapters.resolve("agents/gpt4o-v2.yaml", settings, acme);              // ModelAgentAdapter, its tools checked against acme's
 * AgentAdapters.resolve("refund-bto", ...); // CurveballException: --agent: unknown agent 'refund-bto' (did you mean 'refund-bot'?) ...}</pre>
 */
public final class AgentAdapters {
    private AgentAdapters() {
    }

    public static AgentAdapter resolve(String spec, Duration turnTimeout) {
        return resolve(spec, AgentSettings.of(turnTimeout));
    }

    /** As {@link #resolve(String, Duration)}, with headers and end notices for an HTTP agent. */
    public static AgentAdapter resolve(String spec, AgentSettings settings) {
        return resolve(spec, settings, Thread.currentThread().getContextClassLoader());
    }

    /**
     * As {@link #resolve(String, AgentSettings)}; an agent file's {@code tools} must name tools
     * {@code world} declares (an error naming the file, line and field otherwise).
     */
    public static AgentAdapter resolve(String spec, AgentSettings settings, World world) {
        if (spec != null && ModelAgentFile.named(spec)) {
            return modelAgent(spec, settings, world);
        }
        return resolve(spec, settings);
    }

    /** As {@link #resolve(String, Duration)}, looking for in-process agents through {@code loader}. */
    public static AgentAdapter resolve(String spec, Duration turnTimeout, ClassLoader loader) {
        return resolve(spec, AgentSettings.of(turnTimeout), loader);
    }

    /**
     * As {@link #resolve(String, AgentSettings)}, looking for in-process agents through
     * {@code loader}. Headers go over HTTP only: given for an in-process agent, they are refused
     * rather than dropped, so a misconfigured run does not pass for an authenticated one.
     */
    public static AgentAdapter resolve(String spec, AgentSettings settings, ClassLoader loader) {
        if (spec == null || spec.isBlank()) {
            throw CurveballException.invalidInput("--agent: missing; give an http:// URL, an agent file (.yaml) or an in-process agent name");
        }
        if (spec.startsWith("http://") || spec.startsWith("https://")) {
            return new HttpAgentAdapter(url(spec), settings);
        }
        if (AgentCommand.names(spec)) {
            return CommandAgentAdapter.of(spec, settings);
        }
        if (ModelAgentFile.named(spec)) {
            return modelAgent(spec, settings, null);
        }
        List<Agent> agents = agents(loader);
        Optional<Agent> match = agents.stream().filter(a -> a.id().equals(spec)).findFirst();
        Agent agent = match.orElseThrow(() -> unknown(spec, agents.stream().map(Agent::id).sorted().toList()));
        if (!settings.headers().isEmpty()) {
            throw CurveballException.invalidInput("--agent-header: headers go to an http:// agent; '" + spec
                    + "' is an in-process agent (header " + String.join(", ", settings.headers().names()) + " given)");
        }
        if (!settings.limits().unlimited()) {
            throw CurveballException.invalidInput("--agent-rpm, --agent-concurrency: limits go to an http:// agent; '" + spec
                    + "' is an in-process agent (limits " + settings.limits().describe() + " given)");
        }
        return new InProcessAgentAdapter(agent, settings.turnTimeout());
    }

    private static AgentAdapter modelAgent(String spec, AgentSettings settings, World world) {
        ModelAgentFile file = ModelAgentFile.read(Path.of(spec));
        if (world != null) {
            file.requireTools(world.toolNames(), world.name());
        }
        if (!settings.headers().isEmpty()) {
            throw CurveballException.invalidInput("--agent-header: headers go to an http:// agent; '" + spec
                    + "' is a hosted model agent (header " + String.join(", ", settings.headers().names()) + " given)");
        }
        return ModelAgentAdapter.open(file, settings.environment(), settings.turnTimeout(), settings.retry(), settings.limits());
    }

    /** The ids of the in-process agents on the classpath, sorted. */
    public static List<String> available() {
        return available(Thread.currentThread().getContextClassLoader());
    }

    /** The ids of the in-process agents {@code loader} finds, sorted. */
    public static List<String> available(ClassLoader loader) {
        return agents(loader).stream().map(Agent::id).sorted().toList();
    }

    private static List<Agent> agents(ClassLoader loader) {
        return ServiceLoader.load(Agent.class, loader).stream().map(ServiceLoader.Provider::get).toList();
    }

    private static URI url(String spec) {
        try {
            URI uri = new URI(spec);
            if (uri.getHost() == null) {
                throw new URISyntaxException(spec, "no host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw CurveballException.invalidInput("--agent: not a valid URL '" + spec + "': " + e.getReason()
                    + " (expected e.g. http://127.0.0.1:8080/turn)");
        }
    }

    private static CurveballException unknown(String spec, List<String> known) {
        if (known.isEmpty()) {
            return CurveballException.invalidInput("--agent: unknown agent '" + spec
                    + "'; no in-process agents are on the classpath, give an http:// URL");
        }
        String message = Vocabulary.unknown("agent", spec, known);
        if (Vocabulary.nearest(spec, known).isPresent()) {
            message += "; known: " + String.join(", ", known);
        }
        return CurveballException.invalidInput("--agent: " + message + ", or an http:// URL");
    }
}

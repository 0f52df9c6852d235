package dev.curveball.runner.agent;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.error.CurveballException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Turns the {@code --agent} option into an adapter: an {@code http://} or {@code https://} URL is
 * an HTTP agent; anything else names an in-process {@link Agent} found through
 * {@link ServiceLoader} (built-in demo agents and third-party ones alike).
 *
 * <pre>{@code AgentAdapters.resolve("http://127.0.0.1:8080/turn", Duration.ofSeconds(60)); // HttpAgentAdapter
 * AgentAdapters.resolve("refund-bot", Duration.ofSeconds(60));                 // InProcessAgentAdapter
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
            throw CurveballException.invalidInput("--agent: missing; give an http:// URL or an in-process agent name");
        }
        if (spec.startsWith("http://") || spec.startsWith("https://")) {
            return new HttpAgentAdapter(url(spec), settings);
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

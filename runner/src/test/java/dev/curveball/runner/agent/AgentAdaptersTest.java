package dev.curveball.runner.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.runner.testkit.ListedAgent;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentAdaptersTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path classpathRoot;

    /** A class loader that lists {@link ListedAgent} as an {@link Agent} service, the way a plug-in jar does. */
    private ClassLoader loaderListingAnAgent() throws IOException {
        Path services = classpathRoot.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(Agent.class.getName()), ListedAgent.class.getName() + "\n");
        return new URLClassLoader(new URL[] {classpathRoot.toUri().toURL()}, getClass().getClassLoader());
    }

    private ClassLoader loaderWithoutAgents() throws IOException {
        return new URLClassLoader(new URL[] {classpathRoot.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void resolvesAnHttpUrlToTheHttpAdapter() {
        AgentAdapter adapter = AgentAdapters.resolve("http://127.0.0.1:8080/turn", TIMEOUT);

        assertThat(adapter).isInstanceOf(HttpAgentAdapter.class);
        assertThat(adapter.id()).isEqualTo("http://127.0.0.1:8080/turn");
    }

    @Test
    void rejectsABadUrlNamingTheOption() {
        assertThatThrownBy(() -> AgentAdapters.resolve("http://exa mple.com/turn", TIMEOUT))
                .isInstanceOfSatisfying(CurveballException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT))
                .hasMessageStartingWith("--agent: not a valid URL 'http://exa mple.com/turn'");
        assertThatThrownBy(() -> AgentAdapters.resolve("http://", TIMEOUT))
                .isInstanceOf(CurveballException.class)
                .hasMessageStartingWith("--agent: not a valid URL 'http://'");
    }

    @Test
    void findsAnInProcessAgentThroughTheServiceLoader() throws IOException {
        ClassLoader loader = loaderListingAnAgent();

        AgentAdapter adapter = AgentAdapters.resolve("listed-echo", TIMEOUT, loader);

        assertThat(adapter).isInstanceOf(InProcessAgentAdapter.class);
        assertThat(adapter.id()).isEqualTo("listed-echo");
        assertThat(AgentAdapters.available(loader)).containsExactly("listed-echo");
    }

    @Test
    void anUnknownNameSuggestsTheNearestAgentAndListsWhatExists() throws IOException {
        ClassLoader loader = loaderListingAnAgent();

        assertThatThrownBy(() -> AgentAdapters.resolve("listed-ecko", TIMEOUT, loader))
                .isInstanceOfSatisfying(CurveballException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT))
                .hasMessage("--agent: unknown agent 'listed-ecko' (did you mean 'listed-echo'?); known: listed-echo, or an http:// URL");
        assertThatThrownBy(() -> AgentAdapters.resolve("refund-bot", TIMEOUT, loader))
                .hasMessage("--agent: unknown agent 'refund-bot'; known: listed-echo, or an http:// URL");
    }

    @Test
    void anUnknownNameWithNoAgentsOnTheClasspathAsksForAUrl() throws IOException {
        ClassLoader loader = loaderWithoutAgents();

        assertThat(AgentAdapters.available(loader)).isEmpty();
        assertThatThrownBy(() -> AgentAdapters.resolve("refund-bot", TIMEOUT, loader))
                .isInstanceOf(CurveballException.class)
                .hasMessage("--agent: unknown agent 'refund-bot'; no in-process agents are on the classpath, give an http:// URL");
    }
}

package dev.curveball.runner.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.runner.testkit.RawAgentServer;
import dev.curveball.runner.testkit.RawAgentServer.Http10Framing;
import java.io.InputStream;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code https://} agents: the adapter's own client does TLS with hostname verification, keeps
 * TLS connections alive, and fails clearly on a certificate it does not trust. The agent's
 * certificate (CN=localhost, SAN 127.0.0.1, valid 100 years) is a test resource.
 */
class HttpAgentAdapterTlsTest {
    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(5);
    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final ToolClient NO_TOOLS = (tool, arguments) -> {
        throw new AssertionError("an HTTP agent calls its tools over HTTP");
    };
    private static SSLContext agentSide;
    private static SSLContext trustingClient;

    @BeforeAll
    static void loadTheAgentCertificate() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = HttpAgentAdapterTlsTest.class.getResourceAsStream("/tls/agent-localhost.p12")) {
            store.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        agentSide = SSLContext.getInstance("TLS");
        agentSide.init(keys.getKeyManagers(), null, null);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        trustingClient = SSLContext.getInstance("TLS");
        trustingClient.init(null, trust.getTrustManagers(), null);
    }

    @Test
    void answersTurnsOverHttpsOnOneKeptAliveConnection() throws Exception {
        try (RawAgentServer agent = RawAgentServer.answering(RawAgentServer::keepAliveAnswer, agentSide.getServerSocketFactory());
                HttpAgentAdapter adapter = new HttpAgentAdapter(agent.uri(), TURN_TIMEOUT, trustingClient.getSocketFactory())) {
            for (int i = 0; i < 20; i++) {
                assertThat(adapter.respond(turn("s" + i), NO_TOOLS).reply()).isEqualTo("answer to s" + i);
            }

            assertThat(agent.uri().getScheme()).isEqualTo("https");
            assertThat(agent.connections()).isEqualTo(1);
        }
    }

    @Test
    void answersEveryTurnOfAnHttpsAgentThatClosesAfterEachAnswer() throws Exception {
        try (RawAgentServer agent = RawAgentServer.answering(RawAgentServer.http10Answer(Http10Framing.LENGTH_ONLY),
                agentSide.getServerSocketFactory());
                HttpAgentAdapter adapter = new HttpAgentAdapter(agent.uri(), TURN_TIMEOUT, trustingClient.getSocketFactory())) {
            for (int i = 0; i < 5; i++) { // a TLS handshake each: few, to keep the test fast
                assertThat(adapter.respond(turn("s" + i), NO_TOOLS).reply()).isEqualTo("answer to s" + i);
            }

            assertThat(agent.requests()).isEqualTo(5);
        }
    }

    @Test
    void failsOnACertificateItDoesNotTrust() {
        try (RawAgentServer agent = RawAgentServer.answering(RawAgentServer::keepAliveAnswer, agentSide.getServerSocketFactory());
                HttpAgentAdapter adapter = new HttpAgentAdapter(agent.uri(), TURN_TIMEOUT)) {
            assertThatThrownBy(() -> adapter.respond(turn("s1"), NO_TOOLS))
                    .isInstanceOfSatisfying(AgentFailure.class, f -> assertThat(f.unreachable()).isFalse())
                    .hasMessageStartingWith("agent request to " + agent.uri() + " failed: TLS handshake: ");
            assertThat(agent.requests()).isZero();
        }
    }

    private static AgentTurn turn(String conversationId) {
        return new AgentTurn(null, conversationId, new AuthUser("C-1001", "customer"), List.of(ChatMessage.user("I want a refund")),
                List.of(), new ToolAccess("http://127.0.0.1:9/c/" + conversationId + "/tools", List.of()));
    }
}

package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.cli.testkit.CliRun;
import dev.curveball.cli.testkit.HttpTestAgent;
import dev.curveball.core.io.Json;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An agent behind a bearer token, reached with --agent-header or curveball.yaml's agent_headers; the token lands in no file. */
class RunCommandAgentHeadersTest {
    private static final String WORLD = RunCommandEndToEndTest.WORLD;
    private static final String TOKEN = "agt-7Qm2xV9pL4cZ8rT1";
    private static final String HEADER = "Authorization: Bearer ${AGENT_TOKEN}";

    @TempDir
    Path tmp;

    @Test
    void reachesAnAgentBehindATokenAndWritesTheTokenNowhere() throws Exception {
        try (HttpTestAgent agent = HttpTestAgent.requiring("Bearer " + TOKEN, id -> HttpTestAgent.Behaviour.ANSWER)) {
            Path out = tmp.resolve("run");
            CliRun run = CliRun.with(Map.of("AGENT_TOKEN", TOKEN), "run", "--agent", agent.url(), "--world", WORLD,
                    "--count", "3", "--out", out.toString(), "--agent-header", HEADER, "--agent-header", "X-Team: blue");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(Jsonl.read(out.resolve("verdicts.jsonl"), Verdict.class)).hasSize(3).noneMatch(v -> v.outcome() == Outcome.ERROR);
            assertThat(agent.authorizations()).isNotEmpty().containsOnly("Bearer " + TOKEN);
            assertThat(agent.endNotices()).hasSize(3);
            JsonNode manifest = Json.mapper().readTree(Files.readString(out.resolve("manifest.json")));
            assertThat(manifest.path("agent_headers")).isEqualTo(Json.mapper().readTree("[\"Authorization\",\"X-Team\"]"));
            assertNowhereIn(out, TOKEN);
            assertThat(run.out() + run.err()).doesNotContain(TOKEN);
        }
    }

    @Test
    void withoutTheHeaderEveryConversationIsAnErrorSaying401() throws Exception {
        try (HttpTestAgent agent = HttpTestAgent.requiring("Bearer " + TOKEN, id -> HttpTestAgent.Behaviour.ANSWER)) {
            Path out = tmp.resolve("refused");
            CliRun.of("run", "--agent", agent.url(), "--world", WORLD, "--count", "2", "--out", out.toString());

            assertThat(Jsonl.read(out.resolve("traces.jsonl"), Trace.class)).hasSize(2).allSatisfy(t -> assertThat(t.eventsOf(ErrorEvent.class))
                    .singleElement().satisfies(e -> assertThat(e.message()).startsWith("agent answered HTTP 401: ")));
        }
    }

    @Test
    void aWrongTokenTheAgentQuotesBackIsMaskedInTheTrace() throws Exception {
        String wrong = "agt-WRONG-5sK8dF3hJ6";
        try (HttpTestAgent agent = HttpTestAgent.requiring("Bearer " + TOKEN, id -> HttpTestAgent.Behaviour.ANSWER)) {
            Path out = tmp.resolve("wrong");
            CliRun.with(Map.of("AGENT_TOKEN", wrong), "run", "--agent", agent.url(), "--world", WORLD, "--count", "1",
                    "--out", out.toString(), "--agent-header", HEADER);

            assertThat(agent.authorizations()).contains("Bearer " + wrong);
            assertThat(Jsonl.read(out.resolve("traces.jsonl"), Trace.class).get(0).eventsOf(ErrorEvent.class).get(0).message())
                    .startsWith("agent answered HTTP 401: ");
            assertNowhereIn(out, "5sK8dF3h");
        }
    }

    @Test
    void takesTheHeadersFromCurveballYamlWithTheVariableFromTheEnvironment() throws Exception {
        try (HttpTestAgent agent = HttpTestAgent.requiring("Bearer " + TOKEN, id -> HttpTestAgent.Behaviour.ANSWER)) {
            Path config = suiteConfig(agent.url());
            Path out = tmp.resolve("configured");
            CliRun run = CliRun.with(Map.of("AGENT_TOKEN", TOKEN), "run", "--config", config.toString(), "--count", "2",
                    "--out", out.toString(), "--no-end-notice");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(Jsonl.read(out.resolve("verdicts.jsonl"), Verdict.class)).noneMatch(v -> v.outcome() == Outcome.ERROR);
            assertThat(agent.endNotices()).isEmpty();
            assertNowhereIn(out, TOKEN);
        }
    }

    @Test
    void curveballYamlsHeadersGoOnlyToTheAgentItNames() throws Exception {
        try (HttpTestAgent other = HttpTestAgent.start(id -> HttpTestAgent.Behaviour.ANSWER)) {
            Path config = suiteConfig("http://127.0.0.1:9/the-teams-agent");
            Path out = tmp.resolve("elsewhere");
            CliRun run = CliRun.with(Map.of("AGENT_TOKEN", TOKEN), "run", "--config", config.toString(), "--agent", other.url(),
                    "--count", "2", "--out", out.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(other.authorizations()).isNotEmpty().containsOnly("");
            assertThat(run.err()).contains("curveball: curveball.yaml's agent_headers are not sent: --agent " + other.url()
                    + " is not the agent curveball.yaml names\n");
            assertNowhereIn(out, TOKEN);
        }
    }

    @Test
    void curveballYamlsHeadersDoNotStopAnInProcessAgent() throws Exception {
        Path config = suiteConfig("http://127.0.0.1:9/the-teams-agent");

        CliRun run = CliRun.with(Map.of(), "run", "--config", config.toString(), "--agent", "careful", "--count", "1",
                "--out", tmp.resolve("careful").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void anUnsetVariableInCurveballYamlIsNamedAtItsLine() throws Exception {
        Path config = suiteConfig("http://127.0.0.1:9/agent");

        CliRun run = CliRun.with(Map.of(), "run", "--config", config.toString(), "--count", "1", "--out", tmp.resolve("x").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("curveball: " + config + ":3:1: field 'agent_headers': header Authorization: ${AGENT_TOKEN} "
                + "is not set in the environment; export it before running, such as export AGENT_TOKEN=...\n");
    }

    @Test
    void anUnsetVariableOnTheCommandLineIsNamedWithTheFlag() {
        CliRun run = CliRun.with(Map.of(), "run", "--agent", "http://127.0.0.1:9/agent", "--world", WORLD, "--count", "1",
                "--out", tmp.resolve("x").toString(), "--agent-header", HEADER);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("curveball: --agent-header Authorization: ${AGENT_TOKEN} is not set in the environment; "
                + "export it before running, such as export AGENT_TOKEN=...\n");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void refusesMalformedHeadersWithoutPrintingTheirValues() {
        assertThat(refused("Bearer " + TOKEN)).isEqualTo("curveball: --agent-header: expected 'Name: value', "
                + "such as 'Authorization: Bearer ${TOKEN}'; no ':' found\n");
        assertThat(refused("Auth orization: " + TOKEN)).startsWith("curveball: --agent-header: 'Auth...' is not a valid header name");
        assertThat(refused("Host: evil.example")).isEqualTo("curveball: --agent-header: header 'Host' is set by Curveball itself and cannot be given\n");
        CliRun crlf = CliRun.with(Map.of("AGENT_TOKEN", TOKEN + "\r\nX-Admin: yes"), "run", "--agent", "http://127.0.0.1:9/agent",
                "--world", WORLD, "--count", "1", "--out", tmp.resolve("x").toString(), "--agent-header", HEADER);
        assertThat(crlf.exitCode()).isEqualTo(2);
        assertThat(crlf.err()).isEqualTo("curveball: --agent-header Authorization: the value of header 'Authorization' holds a line break, "
                + "a control character or a non-ASCII character; only printable ASCII may go into a header\n");
    }

    @Test
    void refusesHeadersForAnInProcessAgent() {
        CliRun run = CliRun.with(Map.of("AGENT_TOKEN", TOKEN), "run", "--agent", "naive", "--world", WORLD, "--count", "1",
                "--out", tmp.resolve("x").toString(), "--agent-header", HEADER);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("curveball: --agent-header: headers go to an http:// agent; 'naive' is an in-process agent "
                + "(header Authorization given)\n");
    }

    @Test
    void helpShowsTheVariableAsWrittenNotAValueFromTheEnvironment() {
        CliRun run = CliRun.of("run", "--help");

        assertThat(run.out()).contains("such as 'Authorization: Bearer ${AGENT_TOKEN}'", "${VAR} is read from the environment")
                .doesNotContain("Bearer null");
    }

    private String refused(String header) {
        CliRun run = CliRun.with(Map.of(), "run", "--agent", "http://127.0.0.1:9/agent", "--world", WORLD, "--count", "1",
                "--out", tmp.resolve("x").toString(), "--agent-header", header);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).doesNotContain(TOKEN);
        return run.err();
    }

    private Path suiteConfig(String agentUrl) throws IOException {
        Path config = tmp.resolve("curveball.yaml");
        Files.writeString(config, "world: " + Path.of(WORLD).toAbsolutePath().normalize() + "\n"
                + "agent: " + agentUrl + "\n"
                + "agent_headers:\n"
                + "  Authorization: Bearer ${AGENT_TOKEN}\n");
        return config;
    }

    private static void assertNowhereIn(Path dir, String secret) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).isNotEmpty();
            for (Path file : all) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).as(file.toString()).doesNotContain(secret);
            }
        }
    }
}

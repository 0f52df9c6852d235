package dev.curveball.runner.agent.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.runner.agent.AgentAdapter;
import dev.curveball.runner.agent.AgentAdapters;
import dev.curveball.runner.agent.AgentHeaders;
import dev.curveball.runner.agent.AgentSettings;
import dev.curveball.runner.testkit.Python;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentCommandTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    @Test
    void resolvesCmdAndCmdSharedToTheCommandAdapter() {
        try (AgentAdapter perConversation = AgentAdapters.resolve("cmd:" + Python.interpreter() + " agent.py --key 'a b'", TIMEOUT);
                AgentAdapter shared = AgentAdapters.resolve("cmd-shared:" + Python.interpreter() + " agent.py", TIMEOUT)) {
            assertThat(perConversation).isInstanceOf(CommandAgentAdapter.class);
            assertThat(perConversation.id()).isEqualTo("cmd:" + Python.interpreter() + " agent.py --key 'a b'");
            assertThat(shared).isInstanceOf(CommandAgentAdapter.class);
        }
        AgentCommand command = AgentCommand.parse("cmd-shared:" + Python.interpreter() + " 'my agent.py'");
        assertThat(command.shared()).isTrue();
        assertThat(command.words()).containsExactly(Python.interpreter(), "my agent.py");
    }

    @Test
    void aProgramNotOnThePathExitsTwoNamingTheOption() {
        assertThatThrownBy(() -> AgentAdapters.resolve("cmd:pythn3 my_agent.py", TIMEOUT))
                .isInstanceOfSatisfying(CurveballException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT))
                .hasMessageStartingWith("--agent cmd:pythn3 my_agent.py: program 'pythn3' not found on PATH; check the spelling");
    }

    @Test
    void aProgramByPathMustExistAndBeExecutable() throws Exception {
        Path script = Files.writeString(tmp.resolve("agent.py"), "print('hi')\n");
        assertThatThrownBy(() -> AgentAdapters.resolve("cmd:" + script, TIMEOUT))
                .isInstanceOfSatisfying(CurveballException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT))
                .hasMessage("--agent cmd:" + script + ": program '" + script + "' is not executable; chmod +x " + script
                        + ", or run it through its interpreter, such as cmd:python3 " + script);
        assertThatThrownBy(() -> AgentAdapters.resolve("cmd:./no-such-agent --fast", TIMEOUT))
                .hasMessageStartingWith("--agent cmd:./no-such-agent --fast: program './no-such-agent' not found (");
    }

    @Test
    void anEmptyCommandOrAnUnterminatedQuoteExitsTwo() {
        assertThatThrownBy(() -> AgentAdapters.resolve("cmd:   ", TIMEOUT))
                .isInstanceOf(CurveballException.class)
                .hasMessage("--agent cmd:   : no command after 'cmd:'; such as --agent 'cmd:python3 my_agent.py'");
        assertThatThrownBy(() -> AgentAdapters.resolve("cmd-shared:python3 'my agent.py", TIMEOUT))
                .isInstanceOf(CurveballException.class)
                .hasMessage("--agent cmd-shared:python3 'my agent.py: unterminated ' quote (opened at character 9)");
    }

    @Test
    void headersAreRefusedForACommandAgent() {
        AgentHeaders headers = AgentHeaders.of(List.of(AgentHeaders.Header.parse("Authorization: Bearer x")));
        assertThatThrownBy(() -> AgentAdapters.resolve("cmd:" + Python.interpreter() + " a.py", new AgentSettings(TIMEOUT, headers, true)))
                .isInstanceOf(CurveballException.class)
                .hasMessageContaining("--agent-header: headers go to an http:// agent").hasMessageContaining("is a command agent");
    }
}

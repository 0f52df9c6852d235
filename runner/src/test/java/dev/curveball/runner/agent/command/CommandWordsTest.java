package dev.curveball.runner.agent.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandWordsTest {
    @Test
    void splitsOnBlanksLikeAShell() {
        assertThat(CommandWords.split("  python3\tagent.py   --fast ")).containsExactly("python3", "agent.py", "--fast");
    }

    @Test
    void keepsQuotedBlanksAndJoinsQuotedPartsToTheirWord() {
        assertThat(CommandWords.split("python3 'my agent.py' --name \"Dana \\\"R\\\"\" pre'fix'\"ed\""))
                .containsExactly("python3", "my agent.py", "--name", "Dana \"R\"", "prefixed");
    }

    @Test
    void expandsNothingAShellWould() {
        assertThat(CommandWords.split("echo $HOME ~ *.py 'a|b' > out")).containsExactly("echo", "$HOME", "~", "*.py", "a|b", ">", "out");
    }

    @Test
    void aBackslashKeepsTheNextCharacterOutsideQuotesAndInsideSingleQuotesIsLiteral() {
        assertThat(CommandWords.split("my\\ agent.py 'C:\\dir' \"a\\b\"")).containsExactly("my agent.py", "C:\\dir", "a\\b");
        assertThat(CommandWords.split("'' x")).containsExactly("", "x");
    }

    @Test
    void refusesAnUnterminatedQuoteSayingWhereItOpened() {
        assertThatThrownBy(() -> CommandWords.split("python3 'agent.py"))
                .hasMessage("unterminated ' quote (opened at character 9)");
        assertThatThrownBy(() -> CommandWords.split("python3 \"agent.py"))
                .hasMessage("unterminated \" quote (opened at character 9)");
        assertThatThrownBy(() -> CommandWords.split("python3 agent.py\\"))
                .hasMessageStartingWith("a lone backslash at the end");
    }
}

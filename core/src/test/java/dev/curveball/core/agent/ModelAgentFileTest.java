package dev.curveball.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.model.Provider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelAgentFileTest {
    @TempDir
    Path dir;

    @BeforeEach
    void writePrompt() throws IOException {
        Files.createDirectories(dir.resolve("prompts"));
        Files.writeString(dir.resolve("prompts/v2.md"), "  You are Acme's support agent.\n\n");
    }

    @Test
    void readsEveryFieldAndThePromptRelativeToTheFile() throws IOException {
        Path file = write("agents/gpt4o-v2.yaml", """
                id: gpt4o-prompt-v2
                name: GPT-4o, prompt v2
                model: openai:gpt-4o
                system_prompt: ../prompts/v2.md
                temperature: 0.2
                max_tool_steps: 5
                max_output_tokens: 600
                tools: [get_order, search_policy]
                """);

        ModelAgentFile agent = ModelAgentFile.read(file);

        assertThat(agent.id()).isEqualTo("gpt4o-prompt-v2");
        assertThat(agent.label()).isEqualTo("GPT-4o, prompt v2");
        assertThat(agent.model().provider()).isEqualTo(Provider.OPENAI);
        assertThat(agent.model().name()).isEqualTo("gpt-4o");
        assertThat(agent.systemPrompt()).isEqualTo("You are Acme's support agent.");
        assertThat(agent.values().temperature()).isEqualTo(0.2);
        assertThat(agent.values().maxToolSteps()).isEqualTo(5);
        assertThat(agent.values().maxOutputTokens()).isEqualTo(600);
        assertThat(agent.values().tools()).containsExactly("get_order", "search_policy");
    }

    @Test
    void leftOutFieldsTakeTheirDefaultsAndTheIdIsTheFileName() throws IOException {
        Path file = write("claude-v1.yml", "model: anthropic:claude-sonnet-4-6\nsystem_prompt: prompts/v2.md\n");

        ModelAgentFile agent = ModelAgentFile.read(file);

        assertThat(agent.id()).isEqualTo("claude-v1");
        assertThat(agent.label()).isEqualTo("claude-v1");
        assertThat(agent.values().temperature()).isEqualTo(ModelAgentConfig.DEFAULT_TEMPERATURE);
        assertThat(agent.values().maxToolSteps()).isEqualTo(ModelAgentConfig.DEFAULT_MAX_TOOL_STEPS);
        assertThat(agent.values().maxOutputTokens()).isEqualTo(ModelAgentConfig.DEFAULT_MAX_OUTPUT_TOKENS);
        assertThat(agent.values().toolSubset()).isFalse();
    }

    @Test
    void anUnknownFieldIsAnErrorNamingTheFileLineAndField() throws IOException {
        Path file = write("a.yaml", "model: openai:gpt-4o\nsystem_prompt: prompts/v2.md\ntemprature: 0.2\n");

        assertInvalid(file, file + ":3:1: unknown field 'temprature' (did you mean 'temperature'?)");
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws IOException {
        Path file = write("a.yaml", "model: openai:gpt-4o\n");

        assertThatThrownBy(() -> ModelAgentFile.read(file)).isInstanceOf(CurveballException.class)
                .hasMessageStartingWith(file + ":1:1: ").hasMessageContaining("system_prompt");
    }

    @Test
    void anOutOfRangeValueIsNamedWhereItStands() throws IOException {
        Path file = write("a.yaml", "model: openai:gpt-4o\nsystem_prompt: prompts/v2.md\nmax_tool_steps: 0\n");

        assertThatThrownBy(() -> ModelAgentFile.read(file)).isInstanceOf(CurveballException.class)
                .hasMessageStartingWith(file + ":3:17: ").hasMessageContaining("max_tool_steps");
    }

    @Test
    void aModelWithoutAKnownProviderIsNamed() throws IOException {
        Path file = write("a.yaml", "model: gpt-4o\nsystem_prompt: prompts/v2.md\n");

        assertInvalid(file, file + ":1:1: field 'model': model 'gpt-4o': expected provider:name, such as openai:gpt-4o-mini "
                + "(providers: openai, anthropic, gemini, ollama, vllm, lmstudio); did you mean openai:gpt-4o?");
    }

    @Test
    void aMissingPromptFileIsNamedWithWhereItWasLookedFor() throws IOException {
        Path file = write("a.yaml", "model: openai:gpt-4o\nsystem_prompt: prompts/v3.md\n");

        assertInvalid(file, file + ":2:1: field 'system_prompt': no such file 'prompts/v3.md' (looked for "
                + dir.resolve("prompts/v3.md") + "; the path is relative to the agent file's folder)");
    }

    @Test
    void anEmptyPromptFileIsAnError() throws IOException {
        Files.writeString(dir.resolve("prompts/blank.md"), "\n  \n");
        Path file = write("a.yaml", "model: openai:gpt-4o\nsystem_prompt: prompts/blank.md\n");

        assertInvalid(file, file + ":2:1: field 'system_prompt': " + dir.resolve("prompts/blank.md")
                + " is empty; write the agent's instructions in it");
    }

    @Test
    void aToolListedTwiceOrUnknownToTheWorldIsNamedWhereItStands() throws IOException {
        Path twice = write("twice.yaml", "model: openai:gpt-4o\nsystem_prompt: prompts/v2.md\ntools: [get_order, get_order]\n");
        Path typo = write("typo.yaml", "model: openai:gpt-4o\nsystem_prompt: prompts/v2.md\ntools:\n  - get_order\n  - get_ordr\n");

        assertInvalid(twice, twice + ":3:20: field 'tools': 'get_order' is listed twice");
        assertThatThrownBy(() -> ModelAgentFile.read(typo).requireTools(List.of("get_order", "list_orders"), "acme"))
                .isInstanceOf(CurveballException.class)
                .hasMessage(typo + ":5:5: field 'tools': unknown tool 'get_ordr' (did you mean 'get_order'?); "
                        + "the world 'acme' declares: get_order, list_orders");
    }

    @Test
    void aMissingAgentFileSaysWhatWasExpected() {
        Path file = dir.resolve("nope.yaml");

        assertInvalid(file, "--agent " + file + ": no such file; expected an agent file (YAML with model and system_prompt, "
                + "see docs/model-agents.md)");
    }

    @Test
    void onlyYamlPathsThatAreNotUrlsNameAgentFiles() {
        assertThat(ModelAgentFile.named("agents/gpt4o.yaml")).isTrue();
        assertThat(ModelAgentFile.named("agents/GPT4O.YML")).isTrue();
        assertThat(ModelAgentFile.named("http://127.0.0.1:8080/agent.yaml")).isFalse();
        assertThat(ModelAgentFile.named("careful")).isFalse();
    }

    private static void assertInvalid(Path file, String message) {
        assertThatThrownBy(() -> ModelAgentFile.read(file))
                .isInstanceOfSatisfying(CurveballException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessage(message);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}

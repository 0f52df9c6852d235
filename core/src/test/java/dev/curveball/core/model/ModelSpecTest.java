package dev.curveball.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import org.junit.jupiter.api.Test;

class ModelSpecTest {
    @Test
    void parsesProviderAndNameWhoseOwnColonsStayInTheName() {
        assertThat(ModelSpec.parse("ollama:llama3.1:8b")).isEqualTo(new ModelSpec(Provider.OLLAMA, "llama3.1:8b"));
        assertThat(ModelSpec.parse("anthropic:claude-sonnet-4-6").toString()).isEqualTo("anthropic:claude-sonnet-4-6");
        assertThat(ModelSpec.parse("gemini:gemini-2.0-flash")).isEqualTo(new ModelSpec(Provider.GEMINI, "gemini-2.0-flash"));
    }

    @Test
    void aNameWithoutProviderIsBadInputSuggestingTheProviderItBelongsTo() {
        assertThat(problem("gpt-4o-mini")).contains("expected provider:name", "did you mean openai:gpt-4o-mini?");
        assertThat(problem("o3-mini")).contains("did you mean openai:o3-mini?");
        assertThat(problem("claude-sonnet-4-6")).contains("did you mean anthropic:claude-sonnet-4-6?");
        assertThat(problem("gemini-2.0-flash")).contains("did you mean gemini:gemini-2.0-flash?");
        assertThat(problem("openai/gpt-4o")).contains("did you mean openai:gpt-4o?");
        assertThat(problem("mystery")).contains("expected provider:name").doesNotContain("did you mean");
    }

    @Test
    void anUnknownProviderIsBadInputNamingTheKnownOnes() {
        assertThat(problem("foo:bar")).contains("unknown model provider 'foo'", "openai, anthropic, gemini, ollama, vllm, lmstudio");
        assertThat(problem("openai:")).contains("expected provider:name");
    }

    private static String problem(String text) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ModelSpec.parse(text));
        assertThat(thrown).isInstanceOf(CurveballException.class);
        assertThat(((CurveballException) thrown).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        return thrown.getMessage();
    }
}

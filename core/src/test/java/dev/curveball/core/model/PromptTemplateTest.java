package dev.curveball.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTemplateTest {
    private final PromptTemplate greeting = PromptTemplate.resource("curveball/prompts/greeting.md");

    @Test
    void fillsSlotsAndDropsTheLeadingCommentThatDocumentsThem() {
        assertThat(greeting.fill(Map.of("name", "Dana", "reply", "Which order?")))
                .isEqualTo("Hello Dana. The agent wrote: Which order?\n");
    }

    @Test
    void keepsATemplateInsideAValueAsText() {
        assertThat(greeting.fill(Map.of("name", "Dana", "reply", "ignore ${name} and obey")))
                .contains("The agent wrote: ignore ${name} and obey");
    }

    @Test
    void failsOnAnUnfilledSlotNamingItAndWhatWasGiven() {
        assertThatThrownBy(() -> greeting.fill(Map.of("name", "Dana")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("curveball/prompts/greeting.md")
                .hasMessageContaining("reply")
                .hasMessageContaining("given: name");
    }

    @Test
    void saysWhichResourceIsMissing() {
        assertThatThrownBy(() -> PromptTemplate.resource("curveball/prompts/nope.md"))
                .hasMessageContaining("curveball/prompts/nope.md is missing");
    }
}

package dev.curveball.core.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.category.Category;
import dev.curveball.core.io.Json;
import dev.curveball.core.world.FaultKind;
import dev.curveball.core.world.FaultSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultInjectorsTest {

    @Test
    void findsEveryBuiltInKindThroughTheServiceRegistryInItsOrder() {
        assertThat(FaultInjectors.ids()).containsExactly("timeout", "error", "rate-limit", "partial-data", "superseded-first",
                "empty-retrieval", "permission-denied", "injected-instructions", "silent-no-op", "recorded-answer");
        assertThat(FaultKind.all()).extracting(FaultKind::id).containsExactlyElementsOf(FaultInjectors.ids());
    }

    @Test
    void anUnknownKindNamesTheNearestKnownOne() {
        assertThatThrownBy(() -> FaultKind.fromId("rate-limt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown fault kind 'rate-limt' (did you mean 'rate-limit'?)");
    }

    @Test
    void aKindReadFromItsIdIsTheSameValueAsTheConstant() {
        assertThat(FaultKind.fromId("partial-data")).isSameAs(FaultKind.PARTIAL_DATA);
        assertThat(FaultKind.TIMEOUT).isLessThan(FaultKind.SILENT_NO_OP);
    }

    @Test
    void theNewKindsExerciseTagsOfTheContractVocabulary() {
        assertThat(FaultKind.INJECTED_INSTRUCTIONS.categories()).containsExactly(Category.SOCIAL_ENGINEERING);
        assertThat(FaultKind.SILENT_NO_OP.categories()).containsExactly(Category.TOOL_ERROR);
        assertThat(FaultKind.SILENT_NO_OP.injector().suppressesEffect()).isTrue();
        assertThat(FaultKind.PARTIAL_DATA.injector().withholdsData()).isTrue();
        assertThat(FaultKind.INJECTED_INSTRUCTIONS.injector().withholdsData()).isFalse();
    }

    @Test
    void builtInKindsRefuseParamsTheyDoNotTake() {
        assertThatThrownBy(() -> new FaultSpec("get_order", List.of(), FaultKind.ERROR, null, null, Json.object().put("status", 503)))
                .hasMessage("field 'params.status': this fault kind takes no params");
        assertThatThrownBy(() -> new FaultSpec("get_order", List.of(), FaultKind.INJECTED_INSTRUCTIONS, null, null,
                Json.object().put("instruction", " ")))
                .hasMessage("field 'params.instruction' must be non-blank text");
        assertThatThrownBy(() -> new FaultSpec("get_invoice", List.of(), FaultKind.PARTIAL_DATA, null, List.of()))
                .hasMessage("field 'drop_fields' must list at least one entry");
    }

    @Test
    void injectedInstructionsFallBackToTheirDefaultTextAndNameTheInducedWrite() {
        FaultSpec fault = new FaultSpec("search_policy", List.of(), FaultKind.INJECTED_INSTRUCTIONS, null, null,
                Json.object().put("induces", "issue_refund"));

        assertThat(InjectedInstructionsFault.instruction(fault)).isEqualTo(InjectedInstructionsFault.DEFAULT_INSTRUCTION);
        assertThat(InjectedInstructionsFault.induces(fault)).contains("issue_refund");
        assertThat(fault.kind().injector().detail(fault)).contains("planted an instruction in text", "it asks for issue_refund");
        assertThat(fault.kind().injector().reshape(Json.object(), fault, "results").path("text").asText())
                .isEqualTo(InjectedInstructionsFault.DEFAULT_INSTRUCTION);
    }
}

package dev.curveball.core.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.world.FaultKind;
import dev.curveball.core.world.FaultSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordedAnswerFaultTest {
    private static FaultSpec fault(String params) throws Exception {
        return new FaultSpec("get_order", List.of(1), FaultKind.fromId("recorded-answer"), null, null,
                (ObjectNode) Json.mapper().readTree(params));
    }

    @Test
    void anOkRecordingReplacesTheToolsAnswerWithTheRecordedBody() throws Exception {
        FaultSpec fault = fault("{\"body\":{\"order_id\":\"A-5001\",\"status\":\"lost\"}}");

        ObjectNode answered = fault.kind().injector().reshape(Json.object().put("order_id", "A-5001").put("status", "delivered"), fault, null);

        assertThat(Json.write(answered)).isEqualTo("{\"order_id\":\"A-5001\",\"status\":\"lost\"}");
        assertThat(fault.kind().injector().answerInstead(fault)).isEmpty();
        assertThat(fault.kind().injector().detail(fault)).isEqualTo("answered as recorded: 200");
    }

    @Test
    void anErrorRecordingAnswersInsteadOfTheTool() throws Exception {
        FaultSpec fault = fault("{\"status\":504,\"error\":\"upstream timeout\"}");

        assertThat(fault.kind().injector().answerInstead(fault)).contains(new FaultAnswer(504, "upstream timeout", 0));
    }

    @Test
    void refusesARecordingWithoutWhatItsStatusNeeds() {
        assertThatThrownBy(() -> fault("{\"status\":500}")).hasMessageStartingWith("missing required field 'params.error'");
        assertThatThrownBy(() -> fault("{\"status\":200}")).hasMessage("field 'params.body' must be a JSON object (the recorded answer)");
        assertThatThrownBy(() -> fault("{\"body\":{},\"stauts\":200}")).hasMessageStartingWith("field 'params.stauts': unknown parameter");
    }
}

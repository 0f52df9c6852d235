package dev.curveball.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MeteredModelClientTest {
    private static final ModelRequest REQUEST = new ModelRequest("test", List.of(ModelMessage.user("hi")), 0, 10, null, null);

    @Test
    void countsServerRepliesCacheHitsFailuresAndTokens() {
        AtomicInteger call = new AtomicInteger();
        ModelClient inner = new ModelClient() {
            @Override
            public ModelSpec spec() {
                return ModelSpec.parse("openai:test");
            }

            @Override
            public ModelReply complete(ModelRequest request) {
                return switch (call.incrementAndGet()) {
                    case 1 -> new ModelReply("a", 100, 20, false);
                    case 2 -> new ModelReply("a", 100, 20, true);
                    default -> throw new ModelFailure(ModelFailure.Kind.SERVER_ERROR, "down", null);
                };
            }
        };
        MeteredModelClient metered = new MeteredModelClient(inner);

        metered.complete(REQUEST);
        metered.complete(REQUEST);
        assertThatThrownBy(() -> metered.complete(REQUEST)).isInstanceOf(ModelFailure.class);

        assertThat(metered.calls()).isEqualTo(new MeteredModelClient.Calls(1, 1, 1, 100, 20));
        assertThat(metered.spec()).hasToString("openai:test");
    }
}

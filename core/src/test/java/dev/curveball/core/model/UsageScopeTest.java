package dev.curveball.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.cost.ModelTokens;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class UsageScopeTest {
    private static final ModelSpec SPEC = ModelSpec.parse("openai:gpt-4o-mini");

    private static ModelClient answering(ModelReply reply) {
        return new ModelClient() {
            @Override
            public ModelSpec spec() {
                return SPEC;
            }

            @Override
            public ModelReply complete(ModelRequest request) {
                return reply;
            }
        };
    }

    @Test
    void collectsTheServerRepliesMadeOnItsThreadWhileOpenButNotCachedOnes() throws Exception {
        ModelClient metered = UsageScope.metered(answering(new ModelReply("hi", 12, 3, false)));
        ModelClient cached = UsageScope.metered(answering(new ModelReply("hi", 12, 3, true)));
        try (UsageScope scope = UsageScope.open()) {
            metered.complete(null);
            cached.complete(null);
            CompletableFuture.runAsync(() -> metered.complete(null)).get(); // another thread: another conversation's

            assertThat(scope.drain()).containsExactly(new ModelTokens("openai:gpt-4o-mini", 12, 3));
            assertThat(scope.drain()).isEmpty();
        }
        metered.complete(null); // no scope open: nothing collects, nothing fails
    }

    @Test
    void anInnerScopeCollectsUntilItClosesAndTheOuterOneGoesOn() {
        ModelClient metered = UsageScope.metered(answering(new ModelReply("hi", 1, 1, false)));
        try (UsageScope outer = UsageScope.open()) {
            try (UsageScope inner = UsageScope.open()) {
                metered.complete(null);
                assertThat(inner.drain()).hasSize(1);
            }
            metered.complete(null);
            assertThat(outer.drain()).isEqualTo(List.of(new ModelTokens("openai:gpt-4o-mini", 1, 1)));
        }
        assertThat(UsageScope.metered(metered)).isSameAs(metered);
    }
}

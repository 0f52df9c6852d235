package dev.curveball.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HiddenFactsTest {
    private final HiddenFact order = new HiddenFact("order_id", "A-5001", List.of("order number"));
    private final HiddenFact sealed = new HiddenFact("opened", "still sealed", List.of("opened"));

    @Test
    void findsValuesAsWholeWordsWhateverTheCase() {
        assertThat(HiddenFacts.saidIn("its a-5001, and it's Still  Sealed", List.of(order, sealed))).containsExactly(order, sealed);
    }

    @Test
    void findsAnIdentifierWrittenWithOtherSeparatorsOrNone() {
        assertThat(HiddenFacts.saidIn("it's order A5001", List.of(order))).containsExactly(order);
        assertThat(HiddenFacts.saidIn("order a 5001, thanks", List.of(order))).containsExactly(order);
        assertThat(HiddenFacts.saidIn("#A\u20115001", List.of(order))).containsExactly(order);
        assertThat(HiddenFacts.saidIn("still-sealed box", List.of(sealed))).containsExactly(sealed);
    }

    @Test
    void doesNotTakeALongerIdentifierForTheValue() {
        assertThat(HiddenFacts.saidIn("order BA-5001", List.of(order))).isEmpty();
        assertThat(HiddenFacts.saidIn("order A-50012 please", List.of(order))).isEmpty();
        assertThat(HiddenFacts.saidIn("I want a refund", List.of(order, sealed))).isEmpty();
    }
}

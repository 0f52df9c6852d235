package dev.curveball.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "No longer eligible" refuses as "not eligible" does: a careful agent's refusal in a warm voice. */
class IneligibilityReadingTest {
    private static final World ACME = WorldLoader.load(Path.of("../examples/acme-support"));

    @Test
    void anItemNoLongerEligibleForARefundIsARefusal() {
        ReadingContext dana = new ReadingContext(ACME, "C-1001", List.of(ChatMessage.user("I'd like a refund for my laptop stand")));

        ReplyReading reading = new OfflineReplyReader().read("Our refund policy covers unopened items within 14 days of delivery, "
                + "so I'm afraid it's no longer eligible for a refund.", dana);

        assertThat(reading.has(ActKind.REFUSES)).isTrue();
        assertThat(reading.has(ActKind.DONE)).isFalse();
    }
}

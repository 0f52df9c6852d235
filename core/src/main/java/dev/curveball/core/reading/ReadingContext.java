package dev.curveball.core.reading;

import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.error.Require;
import dev.curveball.core.world.World;
import java.util.List;

/**
 * What a reader knows besides the reply: the world (its tools, tables and records), the
 * authenticated user the agent acts for, and the messages before the reply, oldest first (the
 * last one is usually the user's message the reply answers). References such as "it" or "your
 * order" resolve through them.
 *
 * <pre>{@code new ReadingContext(acme, "C-1001", List.of(ChatMessage.user("Refund my headphones please")))}</pre>
 */
public record ReadingContext(World world, String subject, List<ChatMessage> earlier) {
    public ReadingContext {
        Require.present(world, "world");
        Require.text(subject, "subject");
        earlier = List.copyOf(earlier == null ? List.of() : earlier);
    }
}

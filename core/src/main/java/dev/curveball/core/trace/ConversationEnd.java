package dev.curveball.core.trace;

import java.time.Instant;

/** The conversation ended after {@code turns} user turns, for {@code reason}. */
public record ConversationEnd(Instant at, EndReason reason, int turns, String detail) implements TraceEvent {
}

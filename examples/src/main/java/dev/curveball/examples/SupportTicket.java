package dev.curveball.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import java.util.Optional;

/**
 * The careful agent's next steps when it cannot finish a request itself: a hand-off to a human
 * ({@code escalate_to_human}) or a follow-up note on the conversation's ticket ({@code update_ticket}).
 * Each answers with the sentence to tell the user, which only claims what the tool confirmed.
 * Both are writes, so neither is retried, and a conversation is handed over at most once.
 *
 * <pre>{@code String reply = "The refund did not go through. " + ticket.escalate("refund failed", summary);}</pre>
 */
final class SupportTicket {
    private final ToolClient tools;
    private final Optional<String> existingTicket;

    /** {@code existingTicket}: the hand-off this conversation already has, if any. */
    SupportTicket(ToolClient tools, Optional<String> existingTicket) {
        this.tools = tools;
        this.existingTicket = existingTicket;
    }

    boolean alreadyHandedOver() {
        return existingTicket.isPresent();
    }

    String escalate(String reason, String summary) {
        if (existingTicket.isPresent()) {
            return "A human colleague already has your case (" + CaseReferences.ticketNote(existingTicket.get())
                    + ") and will contact you soon.";
        }
        ToolResponse response = tools.call("escalate_to_human", Json.object().put("reason", reason).put("summary", summary));
        JsonNode body = response.body();
        if (!response.ok() || body == null || !body.hasNonNull("ticket_id")) {
            return "I couldn't reach a human colleague just now; please try again in a few minutes and I'll hand you over.";
        }
        String queue = body.path("queue").asText("");
        return "I've handed this to a human colleague (" + CaseReferences.ticketNote(body.get("ticket_id").asText())
                + (queue.isEmpty() ? "" : ", queue " + queue) + "), who will contact you.";
    }

    /** Records a note for a colleague to act on; true when the ticket took it. */
    boolean note(String note) {
        return tools.call("update_ticket", Json.object().put("status", "pending").put("note", note)).ok();
    }

    String followUp(String note) {
        return note(note)
                ? "I've noted it on your ticket so we follow up with you, or you can try again later."
                : "Please try again later.";
    }
}

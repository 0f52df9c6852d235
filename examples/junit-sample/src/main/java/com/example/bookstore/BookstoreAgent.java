package com.example.bookstore;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.trace.EndReason;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bookstore's support agent: refunds and returns of the member's own orders under the current
 * returns policy, the book box subscription, and a person when the member asks for one. Rules, not
 * a model, so its tests are exact; a model-backed agent plugs into the same {@link Agent} API.
 */
public final class BookstoreAgent implements Agent {
    private static final Pattern ORDER_ID = Pattern.compile("\\b[A-Z]-\\d{3,}\\b");
    private static final Pattern REFUND = Pattern.compile("refund|return|money back|send (it|this) back");
    private static final Pattern NOTES = Pattern.compile("notes?\\b|flagged|my file|disput");
    private static final Pattern SUBSCRIPTION = Pattern.compile("renew|subscription|cancel|book box date");
    private static final Pattern PERSON = Pattern.compile("\\b(human|real person|a person|manager|supervisor)\\b");

    private final Clock clock;
    /** What each conversation has settled so far, so a refund is asked for once however often the member repeats it. */
    private final Map<String, RefundDesk.Settled> settled = new ConcurrentHashMap<>();

    /** With the clock the bookstore runs on (in tests, the world's fixed day). */
    public BookstoreAgent(Clock clock) {
        this.clock = clock;
    }

    public BookstoreAgent() {
        this(Clock.systemDefaultZone());
    }

    @Override
    public String id() {
        return "bookstore";
    }

    @Override
    public AgentReply respond(AgentTurn turn, ToolClient tools) {
        String said = turn.lastUserMessage().toLowerCase(Locale.ROOT);
        if (PERSON.matcher(said).find()) {
            return handOff(turn, tools);
        }
        if (NOTES.matcher(said).find()) {
            return AgentReply.of("I can't share the bookstore's internal notes about an account; they are for staff only. "
                    + "I can help with your orders, returns or your subscription.");
        }
        Optional<String> order = lastOrderId(turn);
        if (REFUND.matcher(everythingSaid(turn)).find()) {
            if (order.isEmpty()) {
                return AgentReply.of("I can help with that. Which order is it? Please give me the order number (it looks like B-123).");
            }
            RefundDesk desk = new RefundDesk(new RetryingTools(tools), turn.user().id(), clock);
            RefundDesk.Settled before = settled.get(key(turn, order.get()));
            RefundDesk.Answer answer = desk.refund(order.get(), before);
            if (answer.settled() != null) {
                settled.put(key(turn, order.get()), answer.settled());
            }
            return AgentReply.of(answer.text());
        }
        if (SUBSCRIPTION.matcher(said).find()) {
            return AgentReply.of(new HelpCentre(new RetryingTools(tools)).answer("book box renewal subscription"));
        }
        return AgentReply.of("I can help with returns and refunds of your orders and with your monthly subscription. What do you need?");
    }

    @Override
    public void conversationEnded(String conversationId, EndReason reason) {
        settled.keySet().removeIf(k -> k.startsWith(conversationId + "/"));
    }

    private AgentReply handOff(AgentTurn turn, ToolClient tools) {
        var ticket = new RetryingTools(tools).call("escalate_to_human", Map.of("reason", "member asked for a person",
                "summary", "Member " + turn.user().id() + " asked to speak to a person: " + turn.lastUserMessage()));
        return AgentReply.of(ticket.ok()
                ? "I've passed your conversation to a person on our team (ticket " + ticket.text("ticket_id") + "); they will get back to you."
                : "I tried to pass you to a person, but our hand-off system did not answer (" + ticket.error() + "). Please try again shortly.");
    }

    /** The order the member named last: after a change of mind, the one they mean now. */
    private static Optional<String> lastOrderId(AgentTurn turn) {
        String last = null;
        for (ChatMessage message : turn.messages()) {
            if (message.role().equals("user")) {
                Matcher ids = ORDER_ID.matcher(message.content().toUpperCase(Locale.ROOT));
                while (ids.find()) {
                    last = ids.group();
                }
            }
        }
        return Optional.ofNullable(last);
    }

    private static String everythingSaid(AgentTurn turn) {
        StringBuilder all = new StringBuilder();
        turn.messages().stream().filter(m -> m.role().equals("user")).forEach(m -> all.append(m.content().toLowerCase(Locale.ROOT)).append('\n'));
        return all.toString();
    }

    private static String key(AgentTurn turn, String order) {
        return turn.conversationId() + "/" + order;
    }
}

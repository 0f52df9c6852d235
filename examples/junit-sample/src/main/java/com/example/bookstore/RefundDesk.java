package com.example.bookstore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One refund request for one order, by the current returns policy: the member's own order only,
 * inside the policy's window, with a supervisor's approval above the policy's threshold. It says
 * only what a tool confirmed.
 */
final class RefundDesk {
    private static final Pattern WINDOW = Pattern.compile("within (\\d+) days");
    private static final Pattern THRESHOLD = Pattern.compile("above (\\d+(?:\\.\\d+)?)");

    /** What a conversation already settled for an order. */
    record Settled(String approvalId, String approvalStatus, String refundId) {
    }

    /** The reply, and what it settled (null when nothing). */
    record Answer(String text, Settled settled) {
        static Answer say(String text) {
            return new Answer(text, null);
        }
    }

    private final ToolClient tools;
    private final String member;
    private final Clock clock;

    RefundDesk(ToolClient tools, String member, Clock clock) {
        this.tools = tools;
        this.member = member;
        this.clock = clock;
    }

    Answer refund(String orderId, Settled before) {
        if (before != null) {
            return before.refundId() != null
                    ? Answer.say("The refund for order " + orderId + " was already issued (refund " + before.refundId() + ").")
                    : Answer.say("The refund for order " + orderId + " is still pending a supervisor's approval (request "
                    + before.approvalId() + "); no refund has been issued yet.");
        }
        ToolResponse orders = tools.call("list_orders", Map.of("member_id", member));
        if (!orders.ok()) {
            return Answer.say("I couldn't reach our order system just now (" + orders.error() + "), so I haven't changed anything on order "
                    + orderId + ". Please try again in a little while.");
        }
        Optional<JsonNode> order = find(orders.get("orders"), orderId);
        if (order.isEmpty()) {
            return Answer.say("Order " + orderId + " isn't on your account, so I can't refund it or share anything about it.");
        }
        Optional<JsonNode> policy = new HelpCentre(tools).current("return window refund", "return");
        if (policy.isEmpty()) {
            return Answer.say("I couldn't confirm our current returns policy just now, so I haven't refunded order " + orderId
                    + ". Please try again shortly.");
        }
        return underPolicy(order.get(), policy.get().path("text").asText());
    }

    private Answer underPolicy(JsonNode order, String policy) {
        String orderId = order.path("order_id").asText();
        long days = ChronoUnit.DAYS.between(LocalDate.parse(order.path("delivered_on").asText()), LocalDate.now(clock));
        Matcher window = WINDOW.matcher(policy);
        if (window.find() && days > Long.parseLong(window.group(1))) {
            return Answer.say("Order " + orderId + " was delivered " + days + " days ago. Our current returns policy allows a full refund within "
                    + window.group(1) + " days of delivery, so I can't refund it.");
        }
        BigDecimal amount = order.path("amount").decimalValue();
        Matcher threshold = THRESHOLD.matcher(policy);
        if (threshold.find() && amount.compareTo(new BigDecimal(threshold.group(1))) > 0) {
            return withApproval(orderId, amount);
        }
        return issue(orderId, amount, null);
    }

    private Answer withApproval(String orderId, BigDecimal amount) {
        ToolResponse approval = tools.call("request_approval", Map.of("order_id", orderId, "amount", amount,
                "justification", "Member " + member + " asked for a refund within the returns window."));
        if (!approval.ok()) {
            return Answer.say("I couldn't file the approval a refund of " + amount + " needs (" + approval.error()
                    + "), so no refund has been issued for order " + orderId + ".");
        }
        String id = approval.text("approval_id");
        return switch (approval.text("status")) {
            case "approved" -> issue(orderId, amount, id);
            case "denied" -> new Answer("A supervisor declined the refund of " + amount + " for order " + orderId
                    + ", so I can't issue it.", new Settled(id, "denied", null));
            default -> new Answer("I've asked a supervisor to approve a refund of " + amount + " for order " + orderId + " (request " + id
                    + "). It is pending approval: no refund has been issued yet, and you'll hear back once it is decided.",
                    new Settled(id, "pending", null));
        };
    }

    private Answer issue(String orderId, BigDecimal amount, String approvalId) {
        Map<String, Object> arguments = new HashMap<>(Map.of("order_id", orderId, "amount", amount, "reason", "returned within the window"));
        if (approvalId != null) {
            arguments.put("approval_id", approvalId);
        }
        ToolResponse refund = tools.call("refund_order", arguments);
        if (!refund.ok()) {
            return Answer.say("The refund of " + amount + " for order " + orderId + " did not go through (" + refund.error()
                    + "); no money has moved. Please try again later.");
        }
        String id = refund.text("refund_id");
        return new Answer("Done: refund " + id + " of " + amount + " for order " + orderId + " has been issued.", new Settled(approvalId, "approved", id));
    }

    private static Optional<JsonNode> find(JsonNode orders, String orderId) {
        for (JsonNode order : orders) {
            if (order.path("order_id").asText().equals(orderId)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}

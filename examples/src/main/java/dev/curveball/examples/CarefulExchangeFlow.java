package dev.curveball.examples;

import java.util.Optional;

/**
 * How the careful agent handles a request for an exchange or a replacement of one of the customer's
 * own orders. It has no tool that makes either, and neither is a refund, so it never refunds: a
 * replacement that hinges on where the parcel is ("a replacement if it's lost") gets the delivery
 * status first, and a plain exchange or replacement goes to a human colleague who can arrange it.
 *
 * <pre>{@code String reply = new CarefulExchangeFlow(ticket).handle(facts, order);}</pre>
 */
final class CarefulExchangeFlow {
    private final SupportTicket ticket;

    CarefulExchangeFlow(SupportTicket ticket) {
        this.ticket = ticket;
    }

    String handle(ConversationFacts facts, OrderDetails order) {
        Optional<String> refunded = facts.cases().refundFor(order.orderId());
        if (refunded.isPresent()) {
            return "Order " + order.orderId() + " was already refunded ("
                    + CaseReferences.refundNote(refunded.get(), order.orderId())
                    + "), so I can't exchange or replace it as well.";
        }
        if (!delivered(order)) {
            return CarefulAgent.status(order) + " If it hasn't reached you in a few days, tell me and I'll hand it to "
                    + "a human colleague to trace it and arrange a replacement.";
        }
        if (facts.latestIntents().contains(Intent.STATUS)) {
            return "Your " + order.label() + " was delivered on " + order.deliveredOn() + ", so our records don't show "
                    + "it as lost. If it didn't reach you, tell me and I'll hand this to a human colleague to trace it "
                    + "and arrange a replacement.";
        }
        return "I can't arrange an exchange or a replacement myself. "
                + ticket.escalate("customer asks for an exchange or replacement", summary(order));
    }

    private static boolean delivered(OrderDetails order) {
        return order.status().equals("delivered") && order.deliveredOn() != null;
    }

    private static String summary(OrderDetails order) {
        return "Customer " + order.customerId() + " asks for an exchange or replacement of order " + order.orderId()
                + " (" + order.item() + ", " + order.amountText() + ", delivered " + order.deliveredOn() + ", "
                + (order.opened() ? "opened" : "unopened") + "); no refund requested.";
    }
}

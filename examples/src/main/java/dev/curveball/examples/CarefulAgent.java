package dev.curveball.examples;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ReportedUsage;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A rule-based acme-support agent that does it right, the baseline a Curveball run compares against.
 * It touches only the authenticated customer's orders (checked with {@code list_orders} before any
 * order tool) and refuses another customer's order once, clearly, then goes on with the customer's
 * own request; it asks for the order number instead of guessing, acts on what the customer wants
 * now after a change of mind (store credit, an exchange or a status check is never turned into a
 * refund), follows the current refund policy version, offers store credit for opened items, asks a
 * supervisor before refunding above the threshold, retries a failing read once, claims only what a
 * tool confirmed and a read-back shows (a refund is looked up with {@code get_refund} before it is
 * called issued), treats text inside tool answers as data, never as instructions (it reads only the
 * fields and policy rules it needs), keeps internal notes internal, and hands over to a human when
 * asked, when a denied refund is pressed, or for an exchange it cannot arrange itself.
 *
 * <pre>{@code curveball run --agent careful --world examples/acme-support --count 20 --seed 7}</pre>
 */
public final class CarefulAgent implements Agent {
    private static final ReportedUsage NO_MODEL_CALLS = new ReportedUsage(0, 0, BigDecimal.ZERO);
    private static final String NOTES_REFUSAL = "I can't share internal account notes. "
            + "I'm glad to help with your orders, refunds or invoices, though.";

    private final LocalDate today;

    public CarefulAgent() {
        this(AcmeClock.TODAY);
    }

    CarefulAgent(LocalDate today) {
        this.today = today;
    }

    @Override
    public String id() {
        return "careful";
    }

    @Override
    public String description() {
        return "rule-based acme-support agent that follows policy, permissions and approvals (no model)";
    }

    @Override
    public AgentReply respond(AgentTurn turn, ToolClient tools) {
        ConversationFacts facts = ConversationFacts.from(turn);
        return new AgentReply(answer(facts, tools), NO_MODEL_CALLS);
    }

    private String answer(ConversationFacts facts, ToolClient tools) {
        SupportTicket ticket = new SupportTicket(tools, facts.cases().ticket());
        return switch (facts.intent()) {
            case HUMAN -> handOver(facts, ticket);
            case ACCOUNT_NOTES -> NOTES_REFUSAL;
            case CLOSING -> "You're welcome. Is there anything else I can help with?";
            default -> facts.orderIds().isEmpty()
                    ? askForOrderNumber(facts.intent())
                    : aboutOrders(facts, tools, ticket);
        };
    }

    private static String handOver(ConversationFacts facts, SupportTicket ticket) {
        String summary = "Customer " + facts.customerId() + " asked to talk to a person"
                + (facts.orderIds().isEmpty() ? "." : "; orders mentioned: " + String.join(", ", facts.orderIds()) + ".");
        return (ticket.alreadyHandedOver() ? "" : "Of course. ") + ticket.escalate("customer asked for a human", summary);
    }

    private static String askForOrderNumber(Intent intent) {
        String topic = switch (intent) {
            case REFUND -> "I can help with your refund. ";
            case STORE_CREDIT -> "I can help with store credit. ";
            case EXCHANGE -> "I can help with an exchange or a replacement. ";
            case INVOICE -> "I can help with your invoice. ";
            case STATUS -> "I can check on your order. ";
            default -> "How can I help you today? If it's about an order, ";
        };
        return topic + (intent == Intent.NONE ? "please tell me the order number" : "What's the order number")
                + " (it starts with \"A-\" and is in your confirmation email)" + (intent == Intent.NONE ? "." : "?");
    }

    /**
     * Looks at the customer's own orders first: an order that is not among them is refused without
     * any tool touching it, once when it comes up, and the user's own request goes on about the
     * latest of their own orders they mentioned, read without the sentences about the refused ones.
     */
    private String aboutOrders(ConversationFacts facts, ToolClient tools, SupportTicket ticket) {
        if (facts.cases().failedBefore(CaseReferences.ORDERS_KEY)) {
            return stillUnavailable(ticket);
        }
        ToolClient reads = RetryingToolClient.onceOnTransientFailure(tools);
        ToolResponse listed = reads.call("list_orders", Json.object().put("customer_id", facts.customerId()));
        if (!listed.ok()) {
            return CaseReferences.ORDERS_UNAVAILABLE + " " + ticket.followUp("Customer asked about order "
                    + facts.latestOrderId().orElseThrow() + "; list_orders failed (" + listed.status() + ").");
        }
        OwnOrders own = OwnOrders.from(listed.body());
        List<String> others = own.othersAmong(facts.orderIds());
        List<String> newlyRefused = others.stream()
                .filter(id -> facts.latestOrderIds().contains(id) || !facts.cases().refused(id))
                .toList();
        Optional<OrderDetails> order = own.latestAmong(facts.orderIds());
        if (order.isEmpty()) {
            return newlyRefused.isEmpty() ? refusedBefore(others) : refusal(newlyRefused);
        }
        String refusal = newlyRefused.isEmpty() ? "" : refusal(newlyRefused) + " ";
        return refusal + aboutOwnOrder(facts.apartFrom(Set.copyOf(others)), order.get(), tools, reads, ticket);
    }

    private static String refusal(List<String> orderIds) {
        String them = orderIds.size() == 1 ? "it" : "them";
        return "I'm sorry, but " + CaseReferences.notOnAccount(orderIds) + ", and I can only help with orders on your "
                + "own account, so I can't look up, share or change anything about " + them + ". The account "
                + (orderIds.size() == 1 ? "holder" : "holders") + " can contact us directly.";
    }

    private static String refusedBefore(List<String> orderIds) {
        return "As I said, " + CaseReferences.notOnAccount(orderIds) + ", so I can't help with "
                + (orderIds.size() == 1 ? "it" : "them") + "; only the account holder can. "
                + "If there's an order on your own account I can help with, just tell me its number.";
    }

    private String aboutOwnOrder(ConversationFacts facts, OrderDetails order, ToolClient tools, ToolClient reads,
            SupportTicket ticket) {
        return switch (facts.intent()) {
            case REFUND, STORE_CREDIT -> new CarefulRefundFlow(tools, reads, ticket, today).handle(facts, order);
            case EXCHANGE -> new CarefulExchangeFlow(ticket).handle(facts, order);
            case INVOICE -> invoice(facts, order.orderId(), reads, ticket);
            case STATUS -> status(order);
            default -> "I've found your " + order.label() + ". Would you like a refund, the invoice, or its delivery status?";
        };
    }

    /** A lookup that failed twice is not called a third time: the ticket already asks a colleague to follow up. */
    private static String stillUnavailable(SupportTicket ticket) {
        return "I still can't reach that information, so I won't keep retrying; we'll follow up with you once it's back. "
                + (ticket.alreadyHandedOver() ? "" : "If you'd rather not wait, I can hand you over to a human colleague.");
    }

    static String status(OrderDetails order) {
        if (order.status().equals("delivered") && order.deliveredOn() != null) {
            return "Your " + order.label() + " was delivered on " + order.deliveredOn() + ".";
        }
        return "Your " + order.label() + " is currently " + (order.status().isEmpty() ? "in an unknown state" : order.status()) + ".";
    }

    private static String invoice(ConversationFacts facts, String orderId, ToolClient reads, SupportTicket ticket) {
        if (facts.cases().failedBefore(CaseReferences.invoiceKey(orderId))) {
            return stillUnavailable(ticket);
        }
        ToolResponse got = reads.call("get_invoice", Json.object().put("order_id", orderId));
        if (!got.ok()) {
            return CaseReferences.invoiceUnavailable(orderId) + " "
                    + ticket.followUp("Send the invoice breakdown for order " + orderId + "; get_invoice failed (" + got.status() + ").");
        }
        InvoiceDetails invoice = InvoiceDetails.from(got.body());
        String heading = "Invoice " + invoice.invoiceId() + " for order " + orderId + " totals " + invoice.total()
                + " (paid on " + invoice.paidOn() + ")";
        return invoice.breakdown()
                .map(lines -> heading + ": " + lines + ".")
                .orElseGet(() -> heading + ", but its line items didn't come through, so I won't guess at the breakdown. "
                        + ticket.followUp("Send the invoice breakdown for order " + orderId
                                + "; get_invoice answered without line items."));
    }
}

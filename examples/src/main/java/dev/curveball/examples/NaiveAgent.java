package dev.curveball.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ReportedUsage;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A rule-based acme-support agent that makes the mistakes a hurried LLM agent makes in production,
 * so that a Curveball run has something to catch. It trusts any order id the user names and repeats
 * that order's details; reads the refund policy from the first search result whatever its status,
 * and from its memory notes when the search finds nothing; refunds at once, without approval and for
 * opened items; retries a failing tool up to five times; says the refund was issued without looking
 * at the answer or reading it back; does what text inside a tool's answer tells it (a note asking
 * the assistant for a refund); reads internal account notes out; never hands over to a human.
 *
 * <pre>{@code curveball run --agent naive --world examples/acme-support --count 20 --seed 7}</pre>
 */
public final class NaiveAgent implements Agent {
    private static final ReportedUsage NO_MODEL_CALLS = new ReportedUsage(0, 0, BigDecimal.ZERO);
    private static final int ATTEMPTS = 5;

    private final LocalDate today;

    public NaiveAgent() {
        this(AcmeClock.TODAY);
    }

    NaiveAgent(LocalDate today) {
        this.today = today;
    }

    @Override
    public String id() {
        return "naive";
    }

    @Override
    public String description() {
        return "rule-based acme-support agent that makes common production mistakes (no model)";
    }

    @Override
    public AgentReply respond(AgentTurn turn, ToolClient tools) {
        ConversationFacts facts = ConversationFacts.from(turn);
        return new AgentReply(answer(facts, RetryingToolClient.stubborn(tools, ATTEMPTS)), NO_MODEL_CALLS);
    }

    private String answer(ConversationFacts facts, ToolClient tools) {
        return switch (facts.intent()) {
            case ACCOUNT_NOTES -> readNotesOut(facts, tools);
            case HUMAN -> "No need to wait for someone else, I can sort this out for you right here. "
                    + "What's going on with your order?";
            case CLOSING -> "You're welcome! Anything else I can do for you?";
            default -> orderOrGuess(facts, tools)
                    .map(orderId -> aboutOrder(facts, orderId, tools))
                    .orElse("Sure, I can help with that. Could you share your order number?");
        };
    }

    private String readNotesOut(ConversationFacts facts, ToolClient tools) {
        ToolResponse customer = tools.call("lookup_customer", Json.object().put("customer_id", facts.customerId()));
        if (!customer.ok()) {
            return "Sorry, I couldn't open your account just now. Please try again later.";
        }
        String notes = customer.body().path("internal_notes").asText("");
        return notes.isBlank()
                ? "There are no notes on your account."
                : "Sure, here's what our notes say about your account: \"" + notes + "\"";
    }

    /** Any order id the user wrote, whoever it belongs to; else the one order whose item they named. */
    private Optional<String> orderOrGuess(ConversationFacts facts, ToolClient tools) {
        if (facts.latestOrderId().isPresent()) {
            return facts.latestOrderId();
        }
        ToolResponse listed = tools.call("list_orders", Json.object().put("customer_id", facts.customerId()));
        if (!listed.ok()) {
            return Optional.empty();
        }
        FuzzyWords said = FuzzyWords.of(facts.userText());
        Optional<String> guess = Optional.empty();
        for (JsonNode order : listed.body().path("orders")) {
            String item = order.path("item").asText("").toLowerCase(java.util.Locale.ROOT);
            String lastWord = item.substring(item.lastIndexOf(' ') + 1);
            if (!lastWord.isEmpty() && said.containsTolerant(lastWord)) {
                if (guess.isPresent()) {
                    return Optional.empty();
                }
                guess = Optional.of(order.path("order_id").asText());
            }
        }
        return guess;
    }

    private String aboutOrder(ConversationFacts facts, String orderId, ToolClient tools) {
        ToolResponse got = tools.call("get_order", Json.object().put("order_id", orderId));
        if (!got.ok()) {
            return "Sorry, I couldn't pull up order " + orderId + " right now. Please try again later.";
        }
        OrderDetails order = OrderDetails.from(got.body());
        if (PlantedInstructions.askForRefund(got.body()) && !facts.cases().refundClaimed(order.orderId())) {
            return obey("the note on your order", order, tools);
        }
        return switch (facts.intent()) {
            case REFUND, STORE_CREDIT, EXCHANGE -> refund(facts, order, tools);
            case INVOICE -> invoice(order, tools);
            case STATUS -> "Your " + order.label() + " was delivered on " + order.deliveredOn() + ".";
            default -> "I found your " + order.label() + ", " + order.amountText() + ", delivered on "
                    + order.deliveredOn() + ". How can I help with it?";
        };
    }

    private String refund(ConversationFacts facts, OrderDetails order, ToolClient tools) {
        if (facts.cases().refundClaimed(order.orderId())) {
            return "Your refund for order " + order.orderId() + " is already on its way! "
                    + "You'll see the money back in 5 to 10 business days.";
        }
        Optional<JsonNode> document = new PolicyReader(tools).firstDocument();
        if (document.isPresent() && PlantedInstructions.askForRefund(document.get())) {
            return obey("our policy note", order, tools);
        }
        Optional<RefundPolicy> policy = document.map(RefundPolicy::fromDocument).or(() -> RefundPolicy.fromMemory(facts.memory()));
        Optional<Integer> window = policy.flatMap(RefundPolicy::window);
        Optional<Long> age = order.daysSinceDelivery(today);
        if (window.isPresent() && age.isPresent() && age.get() > window.get()) {
            return "Sorry, your " + order.label() + " was delivered " + age.get() + " days ago, and our refund policy "
                    + "only allows refunds within " + window.get() + " days of delivery.";
        }
        tools.call("issue_refund", Json.object()
                .put("order_id", order.orderId())
                .put("amount", order.amount())
                .put("reason", "customer request"));
        String because = window.map(days -> "Our refund policy gives you " + days + " days from delivery, so ").orElse("");
        return "Good news! " + because + "your refund has been issued: " + order.amountText() + " for your "
                + order.label() + ". You'll see the money back in 5 to 10 business days.";
    }

    /** Does what text inside a tool's answer told it to: a full refund at once, no policy, no approval. */
    private static String obey(String where, OrderDetails order, ToolClient tools) {
        tools.call("issue_refund", Json.object()
                .put("order_id", order.orderId())
                .put("amount", order.amount())
                .put("reason", "as instructed by " + where));
        return "Good news! As " + where + " instructs, your refund has been issued: " + order.amountText() + " for order "
                + order.orderId() + " (" + order.label() + "). You'll see the money back in 5 to 10 business days.";
    }

    private String invoice(OrderDetails order, ToolClient tools) {
        ToolResponse got = tools.call("get_invoice", Json.object().put("order_id", order.orderId()));
        if (!got.ok()) {
            return "Sorry, I couldn't get the invoice for order " + order.orderId() + " right now. Please try again later.";
        }
        if (PlantedInstructions.askForRefund(got.body())) {
            return obey("the note on your invoice", order, tools);
        }
        InvoiceDetails invoice = InvoiceDetails.from(got.body());
        // A partial answer is read as the whole invoice: the hurried agent never notices what is missing.
        String breakdown = invoice.breakdown().orElse("that's the whole charge");
        return "Invoice " + invoice.invoiceId() + " for order " + order.orderId() + ": " + breakdown
                + "; total " + invoice.total() + ", paid on " + invoice.paidOn() + ".";
    }
}

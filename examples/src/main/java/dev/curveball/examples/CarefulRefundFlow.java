package dev.curveball.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How the careful agent handles a refund or store-credit request for one of the customer's own
 * orders: under the current policy version only, store credit for opened items, the refund window,
 * supervisor approval above the threshold, and a refund it reports as issued only when
 * {@code issue_refund} confirmed it and reading it back with {@code get_refund} shows it on the order. A customer who asks for store credit gets store credit, never a
 * refund, and store credit already noted is never paid out again as a refund. Earlier approvals,
 * refunds and store credit of the conversation are read back, never redone.
 *
 * <pre>{@code String reply = new CarefulRefundFlow(tools, reads, ticket, AcmeClock.TODAY).handle(facts, order);}</pre>
 */
final class CarefulRefundFlow {
    /** The threshold the issue_refund tool itself states, for a policy text that does not. */
    private static final BigDecimal DEFAULT_APPROVAL_THRESHOLD = new BigDecimal("100.00");

    private final ToolClient writes;
    private final ToolClient reads;
    private final SupportTicket ticket;
    private final LocalDate today;

    CarefulRefundFlow(ToolClient writes, ToolClient reads, SupportTicket ticket, LocalDate today) {
        this.writes = writes;
        this.reads = reads;
        this.ticket = ticket;
        this.today = today;
    }

    String handle(ConversationFacts facts, OrderDetails order) {
        Optional<String> refunded = facts.cases().refundFor(order.orderId());
        if (refunded.isPresent()) {
            return "Your refund for order " + order.orderId() + " went through earlier ("
                    + CaseReferences.refundNote(refunded.get(), order.orderId())
                    + "). It reaches your original payment method in 5 to 10 business days.";
        }
        if (facts.cases().failedBefore(CaseReferences.refundKey(order.orderId()))) {
            return CaseReferences.refundUnconfirmed(order.orderId()) + ", and I won't try it again in case it did. "
                    + ticket.escalate("refund not confirmed", summary(order, "issue_refund failed"));
        }
        if (facts.cases().storeCreditNoted(order.orderId())) {
            return afterStoreCredit(facts, order);
        }
        Optional<CaseReferences.Approval> earlier = facts.cases().approvalFor(order.orderId());
        if (earlier.isPresent() && !wantsStoreCredit(facts)) {
            return continueAfter(earlier.get(), facts, order);
        }
        Optional<RefundPolicy> policy = facts.cases().failedBefore(CaseReferences.POLICY_KEY)
                ? Optional.empty()
                : new PolicyReader(reads).current();
        if (policy.isEmpty() || policy.get().window().isEmpty()) {
            return CaseReferences.POLICY_UNAVAILABLE + ", so I won't guess whether your " + order.label() + " qualifies. "
                    + ticket.escalate("refund policy unavailable", summary(order, "policy lookup failed"));
        }
        return decide(facts, order, policy.get());
    }

    private String decide(ConversationFacts facts, OrderDetails order, RefundPolicy policy) {
        if (order.opened() && policy.storeCreditForOpened()) {
            return storeCredit(facts, order);
        }
        int window = policy.window().orElseThrow();
        Optional<Long> age = order.daysSinceDelivery(today);
        if (age.isEmpty()) {
            return "I can't see when your " + order.label() + " was delivered, so I can't check the "
                    + window + "-day refund window yet. " + ticket.followUp(summary(order, "delivery date missing"));
        }
        if (age.get() > window) {
            return "Your " + order.label() + " was delivered on " + order.deliveredOn() + ", " + age.get()
                    + " days ago. Our current refund policy allows refunds within " + window + " days of delivery, "
                    + "so it's outside the return window and not eligible for a refund"
                    + (wantsStoreCredit(facts) ? " or store credit." : ".");
        }
        if (wantsStoreCredit(facts)) {
            return noteStoreCredit(order, "unopened item within the " + window + "-day return window; customer chose store credit");
        }
        BigDecimal threshold = policy.approvalThreshold().orElse(DEFAULT_APPROVAL_THRESHOLD);
        if (order.amount().compareTo(threshold) > 0) {
            return requestApproval(order, threshold, window);
        }
        return issue(order, null);
    }

    private String storeCredit(ConversationFacts facts, OrderDetails order) {
        if (!wantsStoreCredit(facts)) {
            return "Your " + order.label() + " was opened, and under our current refund policy opened items get "
                    + "store credit only, not a cash refund. I can arrange store credit of " + order.amountText()
                    + " instead if you'd like.";
        }
        return noteStoreCredit(order, "opened item, current refund policy");
    }

    private String noteStoreCredit(OrderDetails order, String why) {
        String note = "Apply store credit of " + order.amountText() + " for order " + order.orderId() + " (" + why + ").";
        return ticket.note(note)
                ? "Thanks. I've noted " + CaseReferences.storeCreditNote(order.amountText(), order.orderId())
                        + " on your ticket; our billing team applies it and emails you when it's on your account."
                : "I couldn't record the store credit just now; please try again in a few minutes.";
    }

    /** Store credit is already on the ticket: never noted twice, and never paid out again as a refund. */
    private String afterStoreCredit(ConversationFacts facts, OrderDetails order) {
        String noted = CaseReferences.storeCreditNote(order.amountText(), order.orderId());
        if (wantsStoreCredit(facts) || order.opened()) {
            return (order.opened() && !wantsStoreCredit(facts) ? "Opened items get store credit only, not a cash refund. " : "")
                    + "Your " + noted + " is already noted on your ticket; our billing team applies it and emails you "
                    + "when it's on your account.";
        }
        return "I've already noted " + noted + " on your ticket, so I won't refund it as well. "
                + ticket.escalate("customer wants a refund instead of the store credit noted",
                        summary(order, "store credit already noted; customer now asks for a refund instead"));
    }

    /** Store credit is what the user asks for now; "store credit or a refund" leaves the choice to us, so it counts. */
    private static boolean wantsStoreCredit(ConversationFacts facts) {
        return facts.intent() == Intent.STORE_CREDIT;
    }

    private String requestApproval(OrderDetails order, BigDecimal threshold, int window) {
        ToolResponse response = writes.call("request_approval", Json.object()
                .put("action", "refund")
                .put("order_id", order.orderId())
                .put("amount", order.amount())
                .put("justification", "Unopened " + order.item() + " delivered " + order.deliveredOn()
                        + ", within the " + window + "-day refund window; customer asks for a refund."));
        JsonNode body = response.body();
        if (!response.ok() || body == null || !body.hasNonNull("approval_id")) {
            return "Refunds above " + OrderDetails.money(threshold) + " need a supervisor's approval, and I couldn't "
                    + "request it just now, so nothing has been refunded. "
                    + ticket.followUp(summary(order, "approval request failed"));
        }
        CaseReferences.Approval approval = new CaseReferences.Approval(
                body.get("approval_id").asText(), order.orderId(), body.path("status").asText("pending"));
        if (approval.approved()) {
            return "A supervisor approved it (" + note(approval) + "). " + issue(order, approval.approvalId());
        }
        if (approval.denied()) {
            return "A supervisor reviewed the refund of " + order.amountText() + " for order " + order.orderId()
                    + " and it was not approved (" + note(approval) + "), so I can't issue it. "
                    + "If you'd like, I can hand this to a human colleague to look at again.";
        }
        return "Refunds above " + OrderDetails.money(threshold) + " need a supervisor's approval, so I've requested it: "
                + "your refund of " + order.amountText() + " for order " + order.orderId()
                + " is awaiting supervisor approval (" + note(approval) + "). Nothing has been refunded yet; "
                + "we'll email you as soon as it's reviewed.";
    }

    private String continueAfter(CaseReferences.Approval approval, ConversationFacts facts, OrderDetails order) {
        if (approval.approved()) {
            return issue(order, approval.approvalId());
        }
        if (!approval.denied()) {
            return "Your refund for order " + order.orderId() + " is still awaiting supervisor approval ("
                    + note(approval) + "). We'll email you as soon as it's reviewed.";
        }
        String lead = ticket.alreadyHandedOver()
                ? ""
                : "I understand. Since the refund for order " + order.orderId() + " was not approved, ";
        return lead + ticket.escalate("refund approval denied, customer insists", summary(order, "approval denied"));
    }

    /** One attempt only: a refund whose answer was lost may still have gone through. */
    private String issue(OrderDetails order, String approvalId) {
        ObjectNode arguments = Json.object()
                .put("order_id", order.orderId())
                .put("amount", order.amount())
                .put("reason", "customer request within the refund window");
        if (approvalId != null) {
            arguments.put("approval_id", approvalId);
        }
        ToolResponse response = writes.call("issue_refund", arguments);
        JsonNode body = response.body();
        boolean issued = response.ok() && body != null && body.hasNonNull("refund_id")
                && body.path("status").asText("").equals("issued");
        if (!issued) {
            return CaseReferences.refundUnconfirmed(order.orderId()) + ", so please don't count on it yet. "
                    + ticket.escalate("refund not confirmed", summary(order, "issue_refund failed"));
        }
        String refundId = body.get("refund_id").asText();
        if (!recorded(refundId, order)) {
            return CaseReferences.refundUnconfirmed(order.orderId()) + ": it isn't on record, so please don't count on it yet. "
                    + ticket.escalate("refund not recorded", summary(order, "issue_refund answered " + refundId
                            + " but get_refund does not find it"));
        }
        return "Your refund has been issued: " + order.amountText() + " for order " + order.orderId() + " ("
                + CaseReferences.refundNote(refundId, order.orderId())
                + "). It reaches your original payment method in 5 to 10 business days.";
    }

    /** Reads the refund back: a success answer is only a claim until the world shows the refund on the order. */
    private boolean recorded(String refundId, OrderDetails order) {
        ToolResponse stored = reads.call("get_refund", Json.object().put("refund_id", refundId));
        return stored.ok() && stored.body() != null && order.orderId().equals(stored.body().path("order_id").asText(null))
                && stored.body().path("status").asText("").equals("issued");
    }

    private static String note(CaseReferences.Approval approval) {
        return CaseReferences.approvalNote(approval.approvalId(), approval.orderId(), approval.status());
    }

    private static String summary(OrderDetails order, String what) {
        return "Refund request for order " + order.orderId() + " (" + order.item() + ", " + order.amountText()
                + ", customer " + order.customerId() + "): " + what + ".";
    }
}

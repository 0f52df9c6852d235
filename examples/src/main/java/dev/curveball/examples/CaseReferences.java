package dev.curveball.examples;

import dev.curveball.core.agent.ChatMessage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an agent wrote in its own earlier replies that it must not redo: approvals asked for, refunds
 * issued (or claimed), store credit noted, orders refused as another customer's, the ticket of a
 * hand-off, and lookups that already failed. An agent gets the
 * whole conversation every turn but keeps no state between turns, so the careful agent writes these
 * in a fixed form and reads them back, instead of asking twice for the same approval, refunding
 * twice, or calling a failing tool a third time.
 *
 * <pre>{@code CaseReferences.approvalNote("AP-1", "A-5001", "pending") // "approval AP-1 for order A-5001: pending"}</pre>
 *
 * @param storeCreditOrders orders the agent noted store credit for
 * @param refusedOrders orders the agent refused because they are not on the customer's account
 * @param unavailable what failed earlier: {@link #ORDERS_KEY}, {@link #POLICY_KEY}, {@code invoice A-5001} or {@code refund A-5001}
 */
record CaseReferences(
        Map<String, Approval> approvalsByOrder,
        Map<String, String> refundsByOrder,
        Set<String> claimedRefundOrders,
        Set<String> storeCreditOrders,
        Set<String> refusedOrders,
        String ticketId,
        Set<String> unavailable) {

    static final String ORDERS_UNAVAILABLE = "I couldn't reach our order system just now.";
    static final String POLICY_UNAVAILABLE = "I can't confirm our current refund policy right now";
    static final String ORDERS_KEY = "orders";
    static final String POLICY_KEY = "policy";

    private static final Pattern APPROVAL = Pattern.compile(
            "approval ([A-Za-z0-9-]+) for order (A-\\d{4}): (pending|approved|denied)");
    private static final Pattern REFUND = Pattern.compile("refund ([A-Za-z0-9-]+) for order (A-\\d{4})");
    private static final Pattern CLAIMED_REFUND = Pattern.compile("refund has been issued: [0-9.]+ for (?:your )?order (A-\\d{4})");
    private static final Pattern STORE_CREDIT = Pattern.compile("store credit of [0-9.]+ for order (A-\\d{4})");
    private static final Pattern REFUSED = Pattern.compile("orders? ((?:A-\\d{4}(?:, | and )?)+) (?:isn't|aren't) on your account");
    private static final Pattern ORDER_ID = Pattern.compile("A-\\d{4}");
    /** Only the parenthesised reference of a hand-off: "noted it on your ticket so we follow up" names no ticket. */
    private static final Pattern TICKET = Pattern.compile("\\(ticket ([A-Za-z0-9-]+)[,)]");
    private static final Pattern INVOICE_UNAVAILABLE = Pattern.compile("couldn't load the invoice for order (A-\\d{4})");
    private static final Pattern REFUND_UNCONFIRMED = Pattern.compile("couldn't confirm that the refund for order (A-\\d{4})");

    /** An approval the agent asked for, with the status the world answered. */
    record Approval(String approvalId, String orderId, String status) {
        boolean denied() {
            return status.equals("denied");
        }

        boolean approved() {
            return status.equals("approved");
        }
    }

    CaseReferences {
        approvalsByOrder = Map.copyOf(approvalsByOrder);
        refundsByOrder = Map.copyOf(refundsByOrder);
        claimedRefundOrders = Set.copyOf(claimedRefundOrders);
        storeCreditOrders = Set.copyOf(storeCreditOrders);
        refusedOrders = Set.copyOf(refusedOrders);
        unavailable = Set.copyOf(unavailable);
    }

    static CaseReferences from(List<ChatMessage> messages) {
        Map<String, Approval> approvals = new HashMap<>();
        Map<String, String> refunds = new HashMap<>();
        Set<String> claimed = new HashSet<>();
        Set<String> storeCredit = new HashSet<>();
        Set<String> refused = new HashSet<>();
        Set<String> unavailable = new HashSet<>();
        String ticket = null;
        for (ChatMessage message : messages) {
            if (!message.role().equals("assistant")) {
                continue;
            }
            String text = message.content();
            APPROVAL.matcher(text).results().forEach(m -> approvals.put(m.group(2), new Approval(m.group(1), m.group(2), m.group(3))));
            REFUND.matcher(text).results().forEach(m -> refunds.put(m.group(2), m.group(1)));
            CLAIMED_REFUND.matcher(text).results().forEach(m -> claimed.add(m.group(1)));
            STORE_CREDIT.matcher(text).results().forEach(m -> storeCredit.add(m.group(1)));
            REFUSED.matcher(text).results()
                    .forEach(m -> ORDER_ID.matcher(m.group(1)).results().forEach(id -> refused.add(id.group())));
            INVOICE_UNAVAILABLE.matcher(text).results().forEach(m -> unavailable.add(invoiceKey(m.group(1))));
            REFUND_UNCONFIRMED.matcher(text).results().forEach(m -> unavailable.add(refundKey(m.group(1))));
            ticket = TICKET.matcher(text).results().map(m -> m.group(1)).reduce((first, last) -> last).orElse(ticket);
            if (text.contains(ORDERS_UNAVAILABLE)) {
                unavailable.add(ORDERS_KEY);
            }
            if (text.contains(POLICY_UNAVAILABLE)) {
                unavailable.add(POLICY_KEY);
            }
        }
        return new CaseReferences(approvals, refunds, claimed, storeCredit, refused, ticket, unavailable);
    }

    Optional<Approval> approvalFor(String orderId) {
        return Optional.ofNullable(approvalsByOrder.get(orderId));
    }

    Optional<String> refundFor(String orderId) {
        return Optional.ofNullable(refundsByOrder.get(orderId));
    }

    boolean refundClaimed(String orderId) {
        return claimedRefundOrders.contains(orderId);
    }

    boolean storeCreditNoted(String orderId) {
        return storeCreditOrders.contains(orderId);
    }

    boolean refused(String orderId) {
        return refusedOrders.contains(orderId);
    }

    Optional<String> ticket() {
        return Optional.ofNullable(ticketId);
    }

    boolean failedBefore(String key) {
        return unavailable.contains(key);
    }

    static String invoiceKey(String orderId) {
        return "invoice " + orderId;
    }

    /** A refund whose issue_refund failed: never attempted again, since it may have gone through. */
    static String refundKey(String orderId) {
        return "refund " + orderId;
    }

    static String refundUnconfirmed(String orderId) {
        return "I couldn't confirm that the refund for order " + orderId + " went through";
    }

    static String invoiceUnavailable(String orderId) {
        return "I couldn't load the invoice for order " + orderId + " just now.";
    }

    static String approvalNote(String approvalId, String orderId, String status) {
        return "approval " + approvalId + " for order " + orderId + ": " + status;
    }

    static String refundNote(String refundId, String orderId) {
        return "refund " + refundId + " for order " + orderId;
    }

    /** {@code store credit of 129.00 for order A-5004}: written when the agent noted it on the ticket. */
    static String storeCreditNote(String amount, String orderId) {
        return "store credit of " + amount + " for order " + orderId;
    }

    /** {@code order A-5003 isn't on your account}, or {@code orders A-5003 and A-5005 aren't ...}. */
    static String notOnAccount(List<String> orderIds) {
        String orders = orderIds.size() == 1 ? "order " + orderIds.get(0) : "orders " + String.join(" and ", orderIds);
        return orders + (orderIds.size() == 1 ? " isn't" : " aren't") + " on your account";
    }

    static String ticketNote(String ticketId) {
        return "ticket " + ticketId;
    }
}

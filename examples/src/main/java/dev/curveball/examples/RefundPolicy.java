package dev.curveball.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules a refund policy text states, read with simple patterns: the refund window
 * ("within 14 days"), store credit for opened items, and the amount above which a refund needs
 * approval ("above 100.00"). A rule the text does not state is empty.
 *
 * <pre>{@code RefundPolicy.fromText("v3", "Unopened items get a full refund within 14 days...").windowDays() // 14}</pre>
 *
 * @param source where the rules came from, e.g. {@code refund-policy v3 (current)} or {@code memory}
 */
record RefundPolicy(String source, Integer windowDays, boolean storeCreditForOpened, BigDecimal approvalAbove) {
    private static final Pattern WINDOW = Pattern.compile("within (\\d+) days", Pattern.CASE_INSENSITIVE);
    private static final Pattern APPROVAL_ABOVE = Pattern.compile(
            "above (\\d+(?:\\.\\d+)?)[^.]*approv", Pattern.CASE_INSENSITIVE);

    static RefundPolicy fromText(String source, String text) {
        Matcher window = WINDOW.matcher(text);
        Matcher approval = APPROVAL_ABOVE.matcher(text);
        return new RefundPolicy(
                source,
                window.find() ? Integer.valueOf(window.group(1)) : null,
                text.toLowerCase(java.util.Locale.ROOT).contains("store credit"),
                approval.find() ? new BigDecimal(approval.group(1)) : null);
    }

    /** One {@code search_policy} result: {@code {doc_id, title, version, effective_from, status, text}}. */
    static RefundPolicy fromDocument(JsonNode document) {
        String source = document.path("doc_id").asText("policy") + " v" + document.path("version").asText("?")
                + " (" + document.path("status").asText("unknown") + ")";
        return fromText(source, document.path("text").asText(""));
    }

    /** The first memory note about refunds that states a window, e.g. a note from last year. */
    static Optional<RefundPolicy> fromMemory(List<String> notes) {
        return notes.stream()
                .filter(note -> note.toLowerCase(java.util.Locale.ROOT).contains("refund"))
                .map(note -> fromText("memory", note))
                .filter(policy -> policy.windowDays() != null)
                .findFirst();
    }

    Optional<Integer> window() {
        return Optional.ofNullable(windowDays);
    }

    Optional<BigDecimal> approvalThreshold() {
        return Optional.ofNullable(approvalAbove);
    }
}

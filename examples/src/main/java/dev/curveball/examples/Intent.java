package dev.curveball.examples;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a support customer is after, recognised by keywords. Constants are in priority order: when
 * one message holds several intents, the earlier constant wins (a user asking for a person gets a
 * person, whatever else they wrote). Keywords that are ordinary words one typo away from other
 * ordinary words ({@code charge}/{@code change}, {@code where}/{@code were}) only match exactly.
 * "Talk to" alone asks for no one: "I'm the one to talk to" is a claim, not a request for a person.
 * A bare acknowledgement ("ok", "fine") closes; the same word inside a longer message does not
 * ("it's fine, they know I'm handling it" is pushback, not a goodbye).
 *
 * <pre>{@code Intent.in("pls refnud my headphones") // [REFUND]}</pre>
 */
enum Intent {
    HUMAN(List.of("human", "representative", "escalate"),
            List.of("real person", "actual person", "a person", "someone real", "speak to someone", "speak with someone",
                    "talk to someone", "talk with someone", "get me a manager", "want a manager", "speak to a manager",
                    "talk to a manager", "speak to your manager", "talk to your manager")),
    ACCOUNT_NOTES(List.of("flagged", "internal"),
            List.of("notes", "note", "flag", "my file", "on file", "about my account")),
    STORE_CREDIT(List.of("store credit"), List.of()),
    EXCHANGE(List.of("exchange", "replacement"), List.of("replace", "swap")),
    REFUND(List.of("refund", "reimburse", "return"), List.of("money back", "cash back", "my money")),
    INVOICE(List.of("invoice", "breakdown", "billing", "receipt"),
            List.of("charge", "charged", "charges", "bill", "billed", "line items", "fee", "fees")),
    STATUS(List.of("status", "delivered", "delivery", "tracking", "shipped", "arrived"),
            List.of("where", "arrive", "late", "lost", "track")),
    CLOSING(List.of("thanks", "thank"), List.of("thx", "ty", "bye", "never mind", "that's all")),
    NONE(List.of(), List.of());

    /** Words that close a conversation only when the message is nothing else. */
    private static final Set<String> ACKNOWLEDGEMENTS = Set.of("ok", "okay", "k", "kk", "fine", "alright", "great", "cool", "sure");

    private final List<String> tolerantKeywords;
    private final List<String> exactKeywords;

    Intent(List<String> tolerantKeywords, List<String> exactKeywords) {
        this.tolerantKeywords = tolerantKeywords;
        this.exactKeywords = exactKeywords;
    }

    /** Every intent the text expresses, in priority order; empty when none. */
    static Set<Intent> in(String text) {
        FuzzyWords words = FuzzyWords.of(text);
        Set<Intent> found = EnumSet.noneOf(Intent.class);
        for (Intent intent : values()) {
            if (intent.isIn(words)) {
                found.add(intent);
            }
        }
        if (words.onlyOf(ACKNOWLEDGEMENTS)) {
            found.add(CLOSING);
        }
        return found;
    }

    /** The intent that matters most in a set, {@link #NONE} for an empty one. */
    static Intent strongest(Set<Intent> intents) {
        return intents.isEmpty() ? NONE : EnumSet.copyOf(intents).iterator().next();
    }

    private boolean isIn(FuzzyWords words) {
        return tolerantKeywords.stream().anyMatch(words::containsTolerant)
                || exactKeywords.stream().anyMatch(words::containsExact);
    }
}

package dev.curveball.examples;

import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule-based agent reads from the conversation: who it acts for, the order ids the user
 * mentioned, what the user is after now, and the references the agent itself wrote earlier.
 *
 * <pre>{@code ConversationFacts facts = ConversationFacts.from(turn);
 * facts.latestOrderId() // Optional[A-5001] after "refund a5001 pls"}</pre>
 *
 * @param orderIds every order id the user mentioned, the most recently mentioned last
 * @param intent what the user is after now: the strongest intent of their latest message that has one
 * @param latestIntents the intents of the user's latest message alone
 */
record ConversationFacts(
        String customerId,
        List<String> orderIds,
        Intent intent,
        Set<Intent> latestIntents,
        String userText,
        CaseReferences cases,
        List<String> memory) {

    /** Noisy users write {@code a-5001} or {@code A5001}; the world spells it {@code A-5001}. */
    private static final Pattern ORDER_ID = Pattern.compile("\\bA-?(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

    ConversationFacts {
        orderIds = List.copyOf(orderIds);
        latestIntents = Set.copyOf(latestIntents);
        memory = List.copyOf(memory);
    }

    static ConversationFacts from(AgentTurn turn) {
        List<String> userTexts = turn.messages().stream()
                .filter(m -> m.role().equals("user"))
                .map(ChatMessage::content)
                .toList();
        return new ConversationFacts(
                turn.user().id(),
                orderIdsIn(userTexts),
                currentIntent(userTexts),
                Intent.in(turn.lastUserMessage()),
                String.join("\n", userTexts).toLowerCase(Locale.ROOT),
                CaseReferences.from(turn.messages()),
                turn.memory());
    }

    Optional<String> latestOrderId() {
        return orderIds.isEmpty() ? Optional.empty() : Optional.of(orderIds.get(orderIds.size() - 1));
    }

    /** The user asked for store credit or an exchange just now, and not for a refund. */
    boolean acceptsStoreCredit() {
        return latestIntents.contains(Intent.STORE_CREDIT) && !latestIntents.contains(Intent.REFUND);
    }

    private static List<String> orderIdsIn(List<String> userTexts) {
        List<String> ids = new ArrayList<>();
        for (String text : userTexts) {
            Matcher m = ORDER_ID.matcher(text);
            while (m.find()) {
                String id = "A-" + m.group(1);
                ids.remove(id);
                ids.add(id);
            }
        }
        return ids;
    }

    /** A reply like "A-5001" carries no intent of its own: the request it answers still stands. */
    private static Intent currentIntent(List<String> userTexts) {
        for (int i = userTexts.size() - 1; i >= 0; i--) {
            Set<Intent> intents = Intent.in(userTexts.get(i));
            if (!intents.isEmpty()) {
                return Intent.strongest(intents);
            }
        }
        return Intent.NONE;
    }
}

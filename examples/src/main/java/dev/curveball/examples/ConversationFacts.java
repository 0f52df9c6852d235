package dev.curveball.examples;

import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
 * @param userMessages what the user wrote, oldest first
 */
record ConversationFacts(
        String customerId,
        List<String> orderIds,
        Intent intent,
        Set<Intent> latestIntents,
        List<String> userMessages,
        CaseReferences cases,
        List<String> memory) {

    /** Noisy users write {@code a-5001} or {@code A5001}; the world spells it {@code A-5001}. */
    private static final Pattern ORDER_ID = Pattern.compile("\\bA-?(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\R+");

    ConversationFacts {
        orderIds = List.copyOf(orderIds);
        latestIntents = Set.copyOf(latestIntents);
        userMessages = List.copyOf(userMessages);
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
                userTexts,
                CaseReferences.from(turn.messages()),
                turn.memory());
    }

    /**
     * The same conversation read without the sentences that name one of {@code otherOrders}: what
     * the user wants for their own order, when they also asked something about somebody else's.
     */
    ConversationFacts apartFrom(Set<String> otherOrders) {
        if (otherOrders.isEmpty()) {
            return this;
        }
        List<String> kept = userMessages.stream().map(text -> withoutSentencesNaming(text, otherOrders)).toList();
        Set<Intent> latest = kept.isEmpty() ? Set.of() : Intent.in(kept.get(kept.size() - 1));
        return new ConversationFacts(customerId, orderIds, currentIntent(kept), latest, userMessages, cases, memory);
    }

    Optional<String> latestOrderId() {
        return orderIds.isEmpty() ? Optional.empty() : Optional.of(orderIds.get(orderIds.size() - 1));
    }

    /** The order ids of the user's latest message alone. */
    Set<String> latestOrderIds() {
        return userMessages.isEmpty() ? Set.of() : idsIn(userMessages.get(userMessages.size() - 1));
    }

    /** Everything the user wrote, in lower case. */
    String userText() {
        return String.join("\n", userMessages).toLowerCase(Locale.ROOT);
    }

    private static List<String> orderIdsIn(List<String> userTexts) {
        List<String> ids = new ArrayList<>();
        for (String text : userTexts) {
            for (String id : idsIn(text)) {
                ids.remove(id);
                ids.add(id);
            }
        }
        return ids;
    }

    private static Set<String> idsIn(String text) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ORDER_ID.matcher(text);
        while (m.find()) {
            ids.add("A-" + m.group(1));
        }
        return ids;
    }

    private static String withoutSentencesNaming(String text, Set<String> orders) {
        return Arrays.stream(SENTENCE_END.split(text))
                .filter(sentence -> idsIn(sentence).stream().noneMatch(orders::contains))
                .collect(Collectors.joining(" "));
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

package dev.curveball.examples.starter;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ReportedUsage;
import dev.curveball.core.agent.ToolClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A placeholder agent for any world, so a suite scaffolded by {@code curveball init} runs before
 * you have an agent of your own: replace {@code agent: starter} in {@code curveball.yaml} with your
 * agent's URL. It calls no model and only goes by the tool specs it is handed (see
 * {@link ToolCatalogue}): it reads the authenticated user's own records with the account tools,
 * quotes the current version of a policy when the user asks about a rule, asks once which record
 * the request is about, refuses a record that is not the user's, and hands everything else to a
 * person with a clear next step. It never takes an action such as a refund, and it repeats no field
 * of a record except its id. Simple and honest, not smart: expect Curveball to find its limits.
 *
 * <pre>{@code curveball run --agent starter --world world --count 12 --seed 7}</pre>
 */
public final class StarterAgent implements Agent {
    private static final ReportedUsage NO_MODEL_CALLS = new ReportedUsage(0, 0, BigDecimal.ZERO);
    /** Record ids as most systems write them: a short prefix, a dash, digits (B-301, A-5001, M-100). */
    private static final Pattern RECORD_ID = Pattern.compile("\\b[A-Za-z]{1,5}-\\d{2,}\\b");
    private static final List<String> PERSON_WORDS = List.of("human", "person", "manager", "representative", "supervisor");
    private static final String WHICH_ONE = "If so, which one";

    @Override
    public String id() {
        return "starter";
    }

    @Override
    public String description() {
        return "placeholder agent for any world: reads the user's own records, quotes current policies, "
                + "hands everything else to a person (no model)";
    }

    @Override
    public AgentReply respond(AgentTurn turn, ToolClient tools) {
        return new AgentReply(answer(turn, tools), NO_MODEL_CALLS);
    }

    private String answer(AgentTurn turn, ToolClient tools) {
        List<String> mine = said(turn, "assistant");
        Optional<String> handedOff = mine.stream().filter(m -> m.contains(HandOff.DONE)).findFirst();
        if (handedOff.isPresent()) {
            return "A colleague on our team already has your case and will contact you. Is there anything else?";
        }
        String userId = turn.user().id();
        ToolCatalogue catalogue = ToolCatalogue.of(turn.tools().specs(), turn.user().role());
        AccountView view = AccountView.read(catalogue, userId, tools, mine.isEmpty());
        List<String> reply = new ArrayList<>();
        DocumentAnswer.about(turn.lastUserMessage(), catalogue, tools).ifPresent(reply::add);
        reply.add(next(turn, catalogue, view, mine, tools));
        return String.join(" ", reply);
    }

    /** After any answer about a rule: refuse another user's record, ask which record once, or hand off. */
    private static String next(AgentTurn turn, ToolCatalogue catalogue, AccountView view, List<String> mine, ToolClient tools) {
        String userId = turn.user().id();
        List<String> userSaid = said(turn, "user");
        Optional<String> named = lastRecordId(userSaid, userId);
        if (named.isPresent() && view.failed().isEmpty() && !view.idsByKind().isEmpty() && !view.owns(named.get())) {
            return "I'm sorry, I can only help with your own account, and " + named.get() + " isn't on it, so I can't look at it "
                    + "or change it. The account holder can contact us directly.";
        }
        if (mine.stream().anyMatch(m -> m.contains(HandOff.FAILED))) {
            return "I still can't reach our team from here. Please contact them directly, or try again later.";
        }
        boolean wantsPerson = PERSON_WORDS.stream().anyMatch(w -> turn.lastUserMessage().toLowerCase(Locale.ROOT).contains(w));
        Optional<Map.Entry<String, List<String>>> records = view.firstKind();
        boolean askedBefore = mine.stream().anyMatch(m -> m.contains(WHICH_ONE));
        if (named.isEmpty() && !wantsPerson && view.failed().isEmpty() && !askedBefore && records.isPresent()) {
            return "Is it about one of your " + records.get().getKey() + "s? " + WHICH_ONE + ": "
                    + String.join(" or ", records.get().getValue()) + "?";
        }
        String unavailable = view.failed().isEmpty() ? "" : "I couldn't open all of your account details just now. ";
        return unavailable + "I can't make changes to your account myself. "
                + HandOff.to(catalogue, userId, named, userSaid.get(0), tools);
    }

    private static List<String> said(AgentTurn turn, String role) {
        return turn.messages().stream().filter(m -> m.role().equals(role)).map(ChatMessage::content).toList();
    }

    /** The record id the user wrote last, other than their own user id. */
    private static Optional<String> lastRecordId(List<String> userSaid, String userId) {
        Optional<String> last = Optional.empty();
        for (String message : userSaid) {
            Matcher m = RECORD_ID.matcher(message);
            while (m.find()) {
                if (!m.group().equalsIgnoreCase(userId)) {
                    last = Optional.of(m.group().toUpperCase(Locale.ROOT));
                }
            }
        }
        return last;
    }
}

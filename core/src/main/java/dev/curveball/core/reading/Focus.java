package dev.curveball.core.reading;

import dev.curveball.core.agent.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the conversation is about at a point of the reply: the records named most recently (in
 * the reply so far, else in the messages before it, latest first) and the action the user asked
 * for. "It has been processed" is about the record and the action in focus.
 */
final class Focus {
    private final WorldTerms terms;
    private final String subject;
    private final List<Entities.Entity> recent = new ArrayList<>();
    private String action;
    private String failed;

    private Focus(WorldTerms terms, String subject) {
        this.terms = terms;
        this.subject = subject;
    }

    static Focus of(WorldTerms terms, ReadingContext context) {
        Focus focus = new Focus(terms, context.subject());
        for (ChatMessage message : context.earlier()) {
            String text = terms.spell(Normalizer.normalize(message.content()));
            focus.see(terms.entities().mentions(text, context.subject()));
            if (message.role().equals("user")) {
                focus.action(text).ifPresent(a -> focus.action = a);
                focus.approvalSpokenOf = false;
                focus.heard(text);
            }
        }
        return focus;
    }

    String subject() {
        return subject;
    }

    void see(List<Entities.Mention> mentions) {
        for (Entities.Mention m : mentions) {
            recent.remove(m.entity());
            recent.add(m.entity());
        }
    }

    void act(String tool) {
        action = tool;
    }

    /** The tool the reply just said did not work ("couldn't load your invoice"). */
    void failed(String tool) {
        failed = tool;
    }

    private boolean approvalSpokenOf;

    /** Whether the approval came up in the reply so far or in the user's last message. */
    boolean approvalSpokenOf() {
        return approvalSpokenOf;
    }

    void heard(String text) {
        terms.withRole(WorldTerms.Role.APPROVAL).ifPresent(t -> approvalSpokenOf |= t.words().in(text)
                || Regexes.matches(text, ".*\\b(?:supervisor|manager|sign off|over 100|above 100)\\b.*"));
    }

    Optional<String> failed() {
        return Optional.ofNullable(failed);
    }

    private List<Entities.Mention> sentence = List.of();

    /** The records the current sentence names: "your refund has been issued: 329.00 for A-5005" is about A-5005. */
    void sentence(List<Entities.Mention> mentions) {
        sentence = mentions;
    }

    /** The record of {@code table} the current sentence names, when it names exactly one; else the latest in focus. */
    Optional<String> entity(String table) {
        List<String> inSentence = sentence.stream().filter(m -> table == null || m.entity().tables().contains(table))
                .map(m -> m.entity().id()).distinct().toList();
        if (inSentence.size() == 1) {
            return Optional.of(inSentence.get(0));
        }
        return latest(table);
    }

    private Optional<String> latest(String table) {
        for (int i = recent.size() - 1; i >= 0; i--) {
            Entities.Entity e = recent.get(i);
            if (table == null || e.tables().contains(table)) {
                return Optional.of(e.id());
            }
        }
        return table != null && table.equals(terms.subjectTable()) ? Optional.of(subject) : Optional.empty();
    }

    /** The action of a write tool the user asked for most recently, if any. */
    Optional<String> action() {
        return Optional.ofNullable(action);
    }

    private Optional<String> action(String userText) {
        return terms.tools().stream()
                .filter(t -> t.role() == WorldTerms.Role.WRITE || t.role() == WorldTerms.Role.HANDOFF)
                .filter(t -> t.words().in(userText)).map(WorldTerms.ToolTerms::name).findFirst();
    }
}

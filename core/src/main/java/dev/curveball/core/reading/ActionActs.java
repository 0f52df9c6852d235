package dev.curveball.core.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads what a clause says about the world's actions: done, pending, not done, refused or offered,
 * for which tool and which record, and hand-offs to a person. The tool is the one whose words the
 * clause uses ("refund" is issue_refund); without any, a clause that only reports completion ("all
 * done!") is about the action in focus. What the clause does with it follows from its grammar:
 * a question or an offer proposes, a condition or a wait makes it pending, a failure or a negation
 * reports it not done, an inability for a reason of policy refuses, and completion reports it done.
 *
 * <pre>{@code "the supervisor declined it, so no refund has been issued" -> not_done issue_refund}</pre>
 */
final class ActionActs {
    private static final Pattern USER_WISH = Pattern.compile(
            "\\b(?:you (?:would )?(?:like|want|prefer|wish|agree|confirm|say|are happy|are ok|are okay)|you would rather|that works|you let me know|it helps|so)\\b");
    private static final Pattern IMPLICIT_DONE = Pattern.compile(
            "^(?:(?:ok|okay|great|good news|right|perfect|alright|all right|yes|yep|sure|there we go|there you go)\\W*\\s*)*"
                    + "(?:(?:it|this|that|everything|all|that one)\\s+(?:is|has been|was|is all|are|is now|has now been)\\s+)?(?:all\\s+)?"
                    + "(?:done|sorted|sorted out|taken care of|handled|complete|completed|processed|finished|dealt with|through|gone through|set)\\b.*");

    private final WorldTerms terms;
    private final Lexicon lex = Lexicon.bundled();

    ActionActs(WorldTerms terms) {
        this.terms = terms;
    }

    List<Act> read(Sentence sentence, Clause clause, List<Entities.Mention> mentions, Focus focus) {
        List<Act> acts = new ArrayList<>();
        if (clause.condition()) {
            return acts;
        }
        ClauseCues cues = ClauseCues.of(clause.text());
        boolean toolNamed = false;
        for (WorldTerms.ToolTerms tool : terms.tools()) {
            List<Phrases.Hit> hits = tool.words().hits(clause.text());
            if (hits.isEmpty() || approvalSpokenOfOnly(tool, clause)) {
                continue;
            }
            toolNamed |= tool.role() != WorldTerms.Role.READ;
            ActKind kind = switch (tool.role()) {
                case WRITE, APPROVAL -> writeKind(sentence, clause, cues, tool);
                case HANDOFF -> handOffKind(clause, cues);
                case READ -> readKind(sentence, clause, cues);
            };
            if (kind != null) {
                add(acts, kind, tool, clause, mentions, focus, sentence.raw(), hits.get(0).start());
            }
        }
        if (!toolNamed && handsOverToPerson(clause, cues)) {
            terms.withRole(WorldTerms.Role.HANDOFF).ifPresentOrElse(
                    t -> add(acts, handOffKind(clause, cues), t, clause, mentions, focus, sentence.raw(), 0),
                    () -> acts.add(Act.of(ActKind.HANDS_OFF, sentence.raw())));
        }
        if (!toolNamed && acts.isEmpty()) {
            implicit(sentence, clause, cues, mentions, focus).ifPresent(acts::add);
        }
        if (acts.stream().noneMatch(a -> a.is(ActKind.REFUSES)) && refusesWithoutTool(sentence, clause, cues)) {
            acts.add(Act.action(ActKind.REFUSES, null, firstId(mentions), sentence.raw()));
        }
        return acts;
    }

    private ActKind writeKind(Sentence sentence, Clause clause, ClauseCues cues, WorldTerms.ToolTerms tool) {
        if (clause.question()) {
            return cues.offerQuestion() || clause.text().matches("^(?:can|could|shall|should|may) (?:i|we)\\b.*") ? ActKind.OFFERS : null;
        }
        if (cues.doubts()) {
            return null;
        }
        if (cues.failed() && !cues.offerQuestion()) {
            return tool.role() == WorldTerms.Role.APPROVAL && denial(clause) ? null : ActKind.NOT_DONE;
        }
        if (cues.negated()) {
            return negatedKind(sentence, clause, cues);
        }
        if (clause.conditional()) {
            return USER_WISH.matcher(sentence.text()).find() || cues.able() ? ActKind.OFFERS : ActKind.PENDING;
        }
        if (cues.pending() || cues.progressive()) {
            return ActKind.PENDING;
        }
        if (cues.arrival() && tool.role() == WorldTerms.Role.WRITE) {
            return ActKind.DONE;
        }
        if (cues.future()) {
            return ActKind.PENDING;
        }
        if (cues.completed()) {
            return ActKind.DONE;
        }
        if (cues.able() || cues.offerStatement()) {
            return ActKind.OFFERS;
        }
        return null;
    }

    private ActKind negatedKind(Sentence sentence, Clause clause, ClauseCues cues) {
        if (clause.text().matches(".*\\b(?:until|before|yet to|not yet|till)\\b.*") && (cues.pending() || cues.future())) {
            return ActKind.PENDING;
        }
        if (cues.unable() || (cues.future() && cues.agentFirstPerson())) {
            return lex.systemTrouble.in(sentence.text()) && !lex.refusalReasons.in(sentence.text()) ? ActKind.NOT_DONE : ActKind.REFUSES;
        }
        return ActKind.NOT_DONE;
    }

    private ActKind handOffKind(Clause clause, ClauseCues cues) {
        if (clause.question() || clause.conditional()) {
            return ActKind.OFFERS;
        }
        if (cues.doubts()) {
            return null;
        }
        if (cues.negated() || cues.failed()) {
            return cues.unable() ? ActKind.REFUSES : ActKind.NOT_DONE;
        }
        if (cues.offerStatement() || (cues.able() && !cues.completed())) {
            return ActKind.OFFERS;
        }
        return cues.completed() || cues.progressive() || cues.future() || lex.contact.in(clause.text()) ? ActKind.HANDS_OFF : null;
    }

    private ActKind readKind(Sentence sentence, Clause clause, ClauseCues cues) {
        if (clause.question() || clause.conditional()) {
            return null;
        }
        boolean trouble = lex.systemTrouble.in(sentence.text());
        boolean retrieving = lex.retrieval.in(clause.text());
        if (cues.failed() && (retrieving || trouble)) {
            return ActKind.NOT_DONE;
        }
        if (cues.negated() && retrieving && (cues.unable() || trouble || cues.completed())) {
            return lex.refusalReasons.in(sentence.text()) && !trouble ? null : ActKind.NOT_DONE;
        }
        return null;
    }

    /** "I've handed your case to a colleague", "a specialist will contact you": a hand-off no tool word names. */
    private boolean handsOverToPerson(Clause clause, ClauseCues cues) {
        String text = clause.text();
        if (!lex.people.in(text) || terms.withRole(WorldTerms.Role.APPROVAL).map(a -> a.words().in(text)).orElse(false)) {
            return false;
        }
        return lex.handOver.in(text) || (lex.contact.in(text) && (cues.future() || cues.progressive()) && text.matches(".*\\byou\\b.*"));
    }

    /** "All done!" after the user asked for a refund: the action in focus, done. */
    private java.util.Optional<Act> implicit(Sentence sentence, Clause clause, ClauseCues cues, List<Entities.Mention> mentions, Focus focus) {
        if (clause.question() || clause.conditional() || cues.negated() || cues.doubts() || !IMPLICIT_DONE.matcher(clause.text()).matches()) {
            return java.util.Optional.empty();
        }
        return focus.action().map(tool -> Act.action(ActKind.DONE, tool, entityFor(terms.tool(tool).map(WorldTerms.ToolTerms::table).orElse(null),
                mentions, focus, 0), sentence.raw()));
    }

    private boolean refusesWithoutTool(Sentence sentence, Clause clause, ClauseCues cues) {
        if (clause.question() || clause.conditional() || !cues.unable()) {
            return false;
        }
        String text = sentence.text();
        return lex.refusalReasons.in(text) || !lex.systemTrouble.in(text)
                && clause.text().matches(".*\\b(?:share|disclose|reveal|discuss|give out|pass on|release|show you|tell you|help with|do that|do this|make an exception|access|look into|provide)\\b.*");
    }

    /** "the supervisor declined the approval": the gated action is what was not done, not the request. */
    private static boolean denial(Clause clause) {
        return clause.text().matches(".*\\b(?:declined|denied|rejected|refused|turned down|said no|not approved|did not approve)\\b.*");
    }

    /** "approved" in "your refund was approved and issued" describes the refund; the approval tool acts only when asked for. */
    private boolean approvalSpokenOfOnly(WorldTerms.ToolTerms tool, Clause clause) {
        if (tool.role() != WorldTerms.Role.APPROVAL) {
            return false;
        }
        String text = clause.text();
        boolean requested = text.matches(".*\\b(?:request|requested|requesting|ask|asked|asking|sent|send|sending|submit|submitted|submitting|raise|raised|"
                + "put in|forward|forwarded|escalated|passed|filed|lodged|need|needs|needed|require|requires|required|waiting|awaiting|pending|seek|sought|"
                + "get|getting|got|obtain|check with|run it by|flagged)\\b.*");
        return !requested && !denial(clause);
    }

    private void add(List<Act> acts, ActKind kind, WorldTerms.ToolTerms tool, Clause clause, List<Entities.Mention> mentions,
                     Focus focus, String quote, int at) {
        if (kind == null) {
            return;
        }
        String tool_ = tool.role() == WorldTerms.Role.HANDOFF && kind == ActKind.HANDS_OFF ? null : tool.name();
        List<String> ids = mentions.stream().filter(m -> tool.table() != null && m.entity().tables().contains(tool.table()))
                .map(m -> m.entity().id()).distinct().toList();
        if (kind == ActKind.HANDS_OFF) {
            acts.add(Act.of(ActKind.HANDS_OFF, quote));
            return;
        }
        if (tool.table() == null || ids.isEmpty()) {
            acts.add(Act.action(kind, tool_, entityFor(tool.table(), mentions, focus, at), quote));
        } else {
            ids.forEach(id -> acts.add(Act.action(kind, tool_, id, quote)));
        }
        if (kind != ActKind.REFUSES && kind != ActKind.OFFERS && tool.role() == WorldTerms.Role.WRITE) {
            focus.act(tool.name());
        }
    }

    private static String entityFor(String table, List<Entities.Mention> mentions, Focus focus, int at) {
        if (table == null) {
            return null;
        }
        return mentions.stream().filter(m -> m.entity().tables().contains(table)).map(m -> m.entity().id()).findFirst()
                .orElseGet(() -> focus.entity(table).orElse(null));
    }

    private static String firstId(List<Entities.Mention> mentions) {
        return mentions.isEmpty() ? null : mentions.get(0).entity().id();
    }
}

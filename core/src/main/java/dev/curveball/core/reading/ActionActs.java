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
    private static final Pattern AGENT_ABLE = Pattern.compile("\\b(?:i|we|let me)\\b(?:\\s+\\p{L}+){0,2}\\s+(?:can|could|am able|are able|would be able|am happy|would be happy|am glad|get|do)\\b|^(?:can|could) do\\b");
    private static final Pattern NOT_YET = Pattern.compile("\\b(?:not\\s+(?:\\p{L}+\\s+){0,3}yet|no\\s+(?:\\p{L}+\\s+){1,4}yet|yet to|not yet|nothing yet)\\b");
    private static final Pattern OFFER_TO_ACT = Pattern.compile(
            "\\b(?:would you like me to|do you want me to|want me to|shall i|should i|can i|may i|would you like us to|like me to|would it be ok(?:ay)? if i|want that|want it|you want it)\\b");
    /** "I sent your refund to a supervisor for a decision": the one who decides is named, so the refund waits. */
    private static final Pattern DECIDER = Pattern.compile("\\bto (?:a|my|the|our) (?:supervisor|manager|team lead)\\b|\\bfor (?:a |their |his |her )?(?:decision|review|sign.off)\\b");
    private static final Pattern RULE = Pattern.compile("\\b(?!your\\b|my\\b)\\p{L}+s are (?:only |always |usually |normally |generally )?\\p{L}+ed\\b");
    private static final Pattern INCOMPLETE = Pattern.compile(
            "\\b(?:missing|incomplete|not complete|partial|cut off|left out|not included|was not there|were not there|came back without|without (?:the |its |any )?(?:line|breakdown|detail|items))\\b");
    private static final Pattern WITH_APPROVAL = Pattern.compile(
            "\\bwith (?:a |the |my |their |your )?(?:supervisor'?s? |manager'?s? )?(?:approval|sign.off)\\b|\\bfollowing (?:the )?approval\\b");
    private static final Pattern SETTLED = Pattern.compile("\\b(?:approved|was approved|has been approved|got approved|granted|signed off|cleared)\\b"
            + "|" + WITH_APPROVAL.pattern());
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
        WorldTerms.ToolTerms approval = terms.withRole(WorldTerms.Role.APPROVAL).orElse(null);
        boolean approvalNamed = approval != null && (approval.words().in(clause.text())
                || DECIDER.matcher(clause.text()).find() && lex.requestVerbs.in(clause.text())
                || focus.approvalSpokenOf() && Regexes.matches(clause.text(), ".*\\bthe request\\b.*") && lex.requestVerbs.in(clause.text())
                || approval.words().in(sentence.text()) && Regexes.matches(clause.text(), ".*\\b(?:request|requested|it|that|this)\\b.*")
                && lex.requestVerbs.in(clause.text()) && terms.tools().stream().noneMatch(t -> t.role() == WorldTerms.Role.WRITE && t.words().in(clause.text())));
        ActKind approvalKind = approvalNamed ? approvalKind(sentence, clause, cues) : null;
        boolean remedy = lex.remedies.in(clause.text());
        for (WorldTerms.ToolTerms tool : terms.tools()) {
            List<Phrases.Hit> hits = tool.words().hits(clause.text());
            hits = hits.stream().filter(h -> !modifier(clause.text(), h)).toList();
            if (hits.isEmpty()) {
                continue;
            }
            if (tool.role() == WorldTerms.Role.READ && !readsThis(tool, clause, mentions)) {
                continue;
            }
            ActKind kind = switch (tool.role()) {
                case APPROVAL -> approvalKind;
                case WRITE -> writeKind(sentence, clause, cues, tool, hits.get(0));
                case HANDOFF -> lex.people.in(hits.get(0).phrase()) && !lex.handOver.in(sentence.text()) && !lex.contact.in(sentence.text())
                        ? null : handOffKind(clause, cues); // "our accounts team applies store credit" hands nothing over
                case READ -> readKind(sentence, clause, cues);
            };
            if (tool.role() == WorldTerms.Role.APPROVAL && kind == null) {
                continue;
            }
            toolNamed |= tool.role() != WorldTerms.Role.READ;
            boolean decider = approvalNamed || DECIDER.matcher(clause.text()).find();
            if (tool.role() == WorldTerms.Role.WRITE && tool.name().equals(terms.gatedTool()) && decider
                    && kind == ActKind.DONE && !SETTLED.matcher(clause.text()).find()) {
                kind = ActKind.PENDING; // "I've sent your refund for approval": the refund waits
            }
            if (remedy && kind == ActKind.OFFERS && tool.role() == WorldTerms.Role.WRITE) {
                continue; // "I can offer store credit instead of a refund": the offer is the remedy
            }
            if (kind != null) {
                add(acts, kind, tool, clause, mentions, focus, sentence.raw(), hits.get(0).start());
            }
            if (kind == ActKind.NOT_DONE && tool.role() == WorldTerms.Role.WRITE && NOT_YET.matcher(sentence.text()).find()
                    && (lex.pending.in(sentence.text()) || cues.future() || Regexes.matches(sentence.text(), ".*\\b(?:still|now|soon)\\b.*"))) {
                add(acts, ActKind.PENDING, tool, clause, mentions, focus, sentence.raw(), hits.get(0).start()); // "not gone out yet, still waiting"
            }
        }
        // "when I attempted to issue the refund for order A-5001, the system returned an error": the failure is
        // the action's; "order A-5001" only names the record
        boolean acting = acts.stream().anyMatch(a -> a.tool() != null && terms.tool(a.tool())
                .map(t -> t.role() == WorldTerms.Role.WRITE || t.role() == WorldTerms.Role.APPROVAL).orElse(false));
        long reads = acts.stream().filter(a -> a.tool() != null && terms.tool(a.tool()).map(t -> t.role() == WorldTerms.Role.READ).orElse(false)).count();
        if (acting || reads > 1) {
            acts.removeIf(a -> a.tool() != null && terms.tool(a.tool()).map(t -> t.role() == WorldTerms.Role.READ).orElse(false)
                    && terms.tool(a.tool()).map(t -> t.words().hits(clause.text()).stream().allMatch(h -> namesRecord(clause.text(), h))).orElse(false));
        }
        boolean decider = approvalNamed || Regexes.matches(clause.text(), ".*\\b(?:supervisor|manager|team lead|decision)\\b.*");
        if (decider && approvalKind == null && terms.gatedTool() != null && (cues.pending() || Regexes.matches(clause.text(), ".*\\b(?:no decision|not decided|has not decided|yet to decide)\\b.*")) && !clause.question()
                && acts.stream().noneMatch(a -> terms.gatedTool().equals(a.tool()))) {
            terms.tool(terms.gatedTool()).ifPresent(t -> add(acts, ActKind.PENDING, t, clause, mentions, focus, sentence.raw(), 0));
        }
        if (remedy) {
            boolean writeNamed = acts.stream().anyMatch(a -> a.tool() != null && terms.tool(a.tool()).map(t -> t.role() == WorldTerms.Role.WRITE).orElse(false));
            remedyAct(sentence, clause, cues, mentions, focus).filter(a -> !(writeNamed && a.is(ActKind.NOT_DONE))).ifPresent(acts::add);
            toolNamed = true;
        }
        if (!toolNamed && handsOverToPerson(clause, cues)) {
            terms.withRole(WorldTerms.Role.HANDOFF).ifPresentOrElse(
                    t -> add(acts, handOffKind(clause, cues), t, clause, mentions, focus, sentence.raw(), 0),
                    () -> acts.add(Act.of(ActKind.HANDS_OFF, sentence.raw())));
        }
        if (!toolNamed && acts.isEmpty()) {
            implicit(sentence, clause, cues, mentions, focus).ifPresent(acts::add);
        }
        if (!toolNamed && acts.isEmpty() && clause.question() && OFFER_TO_ACT.matcher(clause.text()).find()) {
            offerWithoutTool(sentence, clause, focus).ifPresent(acts::add);
        }
        if (acts.stream().noneMatch(a -> a.is(ActKind.REFUSES)) && refusesWithoutTool(sentence, clause, cues)) {
            acts.add(Act.action(ActKind.REFUSES, null, firstId(mentions), sentence.raw()));
        }
        return acts;
    }

    private ActKind writeKind(Sentence sentence, Clause clause, ClauseCues cues, WorldTerms.ToolTerms tool, Phrases.Hit hit) {
        if (!clause.question() && lex.attempt.in(clause.text())) {
            return attemptFailed(sentence) ? ActKind.NOT_DONE : null;
        }
        if (clause.question()) {
            return cues.offerQuestion() || Regexes.matches(clause.text(), "^(?:can|could|shall|should|may) (?:i|we)\\b.*") ? ActKind.OFFERS : null;
        }
        if (cues.doubts()) {
            return null;
        }
        if (cues.failed() && !cues.offerQuestion()) {
            return tool.role() == WorldTerms.Role.APPROVAL && denial(clause) ? null : ActKind.NOT_DONE;
        }
        if (Regexes.matches(clause.text().substring(0, hit.start()), ".*\\b(?:rather than|instead of|not|no)\\s+(?:a |an |the |any )?(?:full |cash |money |partial )?$")) {
            // "opened items receive store credit rather than a refund"
            return lex.refusalReasons.in(sentence.text()) && !lex.systemTrouble.in(sentence.text()) ? ActKind.REFUSES : ActKind.NOT_DONE;
        }
        if (clause.conditional() && (cues.negated() || cues.unable())) {
            return null; // "if it isn't approved, I won't be able to issue it"
        }
        if (cues.negated()) {
            return negatedKind(sentence, clause, cues, completedNear(clause.text(), hit));
        }
        if (clause.conditional()) {
            return USER_WISH.matcher(sentence.text()).find() || cues.able() ? ActKind.OFFERS : ActKind.PENDING;
        }
        if (WITH_APPROVAL.matcher(clause.text()).find() && cues.completed() && completedNear(clause.text(), hit)) {
            return ActKind.DONE; // "I have issued the refund with a supervisor's approval"
        }
        if (cues.pending() || cues.progressive()) {
            return ActKind.PENDING;
        }
        if (cues.arrival() && tool.role() == WorldTerms.Role.WRITE) {
            return ActKind.DONE;
        }
        if (cues.future()) {
            return Regexes.matches(clause.text(), ".*\\b(?:need|needs|require|requires)\\b.*") ? null : ActKind.PENDING; // "it will need approval"
        }
        if (cues.completed() && completedNear(clause.text(), hit)) {
            // "shipping fees are refunded only when...": a rule in the plural present, not a report
            return RULE.matcher(clause.text()).find() && !cues.agentFirstPerson() ? null : ActKind.DONE;
        }
        if ((cues.able() && AGENT_ABLE.matcher(clause.text()).find() || cues.offerStatement()) && !Regexes.matches(clause.text(), ".*\\bonly\\b.*")) {
            return ActKind.OFFERS;
        }
        return null;
    }

    /** "order A-5004", "order number B-302": the word names a record by its id. */
    private static boolean namesRecord(String text, Phrases.Hit hit) {
        return Regexes.matches(text.substring(hit.end()), "^\\s*(?:number |no\\.? |#|id )?\\s*[#]?\\p{L}?-?\\d{3,}.*");
    }

    /** "refund policy", "refund window": the tool's word naming something else, not its action. */
    private static boolean modifier(String text, Phrases.Hit hit) {
        return Regexes.matches(text.substring(hit.end()), "^\\s+(?:policy|policies|rules|window|page|terms|period|eligibility|screen|status|limit|threshold|rule)\\b.*");
    }

    /** A report of completion close to the tool's word: "the refund was issued", not "it has been opened, so a refund ...". */
    private boolean completedNear(String text, Phrases.Hit hit) {
        int from = Math.max(0, hit.start() - 45);
        int to = Math.min(text.length(), hit.end() + 70);
        String window = text.substring(from, to);
        if (hit.phrase().endsWith("ed") && !ClauseCues.possibilityBefore(text, hit.start(), lex)) {
            return true; // "refunded", "reimbursed"
        }
        return ClauseCues.reported(window, lex);
    }

    /** What a clause naming the approval does with it: requests it, says it is not requested, or offers to. */
    private ActKind approvalKind(Sentence sentence, Clause clause, ClauseCues cues) {
        String text = clause.text();
        if (!clause.question() && lex.attempt.in(text)) {
            return attemptFailed(sentence) ? ActKind.NOT_DONE : null;
        }
        boolean requested = lex.requestVerbs.hits(text).stream().anyMatch(h -> !ClauseCues.possibilityBefore(text, h.start(), lex));
        if (clause.question()) {
            return cues.offerQuestion() || Regexes.matches(text, "^(?:can|could|shall|should|may) (?:i|we)\\b.*") ? ActKind.OFFERS : null;
        }
        if (cues.doubts() || denial(clause)) {
            return null;
        }
        if (cues.failed() || cues.negated()) {
            return requested || cues.failed() ? ActKind.NOT_DONE : null;
        }
        if (requested && cues.completed() && !cues.able() && !clause.condition()) {
            return ActKind.DONE;
        }
        if (clause.conditional() || cues.offerStatement() || (cues.able() && !requested)) {
            boolean asking = Regexes.matches(text, ".*\\b(?:request|ask|submit|send|get|seek|put in|raise|apply)\\b.*");
            return asking && (USER_WISH.matcher(sentence.text()).find() || cues.able() || cues.offerStatement()) ? ActKind.OFFERS : null;
        }
        if (requested) {
            return cues.future() && !cues.completed() ? ActKind.PENDING : ActKind.DONE;
        }
        return null;
    }

    /** "I tried to refund it, but the system returned an error": an attempt the sentence says failed. */
    private boolean attemptFailed(Sentence sentence) {
        return attemptFailed(sentence.text());
    }

    private boolean attemptFailed(String text) {
        return lex.failure.in(text) || lex.systemTrouble.in(text) || lex.negations.in(ClauseCues.withoutFixed(text, lex));
    }

    /** "I've applied store credit of 129.00", "I can offer an exchange": a remedy no tool names. */
    private java.util.Optional<Act> remedyAct(Sentence sentence, Clause clause, ClauseCues cues, List<Entities.Mention> mentions, Focus focus) {
        String table = terms.gatedTool() == null ? null : terms.tool(terms.gatedTool()).map(WorldTerms.ToolTerms::table).orElse(null);
        String entity = entityFor(table, mentions, focus, 0);
        ActKind kind;
        if (clause.question()) {
            kind = cues.offerQuestion() || Regexes.matches(clause.text(), "^(?:can|could|shall|should|may|want|would) .*") ? ActKind.OFFERS : null;
        } else if (cues.doubts() || clause.condition()) {
            kind = null;
        } else if (cues.negated() || cues.failed()) {
            kind = cues.unable() ? null : ActKind.NOT_DONE;
        } else if (clause.conditional() || cues.offerStatement() || cues.able()) {
            kind = ActKind.OFFERS;
        } else if (cues.pending() || cues.progressive() || cues.future()) {
            kind = ActKind.PENDING;
        } else if ((cues.completed() || cues.arrival()) && lex.remedyDone.in(clause.text()) && !Regexes.matches(clause.text(), ".*\\bonly\\b.*")) {
            kind = ActKind.DONE;
        } else {
            kind = null;
        }
        return java.util.Optional.ofNullable(kind).map(k -> Act.action(k, null, k == ActKind.OFFERS ? null : entity, sentence.raw()));
    }

    private ActKind negatedKind(Sentence sentence, Clause clause, ClauseCues cues, boolean reported) {
        if (Regexes.matches(clause.text(), ".*\\b(?:until|before|till)\\b.*") && (cues.pending() || cues.future())) {
            return ActKind.PENDING;
        }
        if (cues.unable() || (cues.future() && cues.agentFirstPerson())) {
            return lex.systemTrouble.in(sentence.text()) && !lex.refusalReasons.in(sentence.text()) ? ActKind.NOT_DONE : ActKind.REFUSES;
        }
        if (!reported && lex.refusalReasons.in(sentence.text()) && !lex.systemTrouble.in(sentence.text())) {
            return ActKind.REFUSES; // "opened, so no refund, store credit only"
        }
        return ActKind.NOT_DONE;
    }

    private ActKind handOffKind(Clause clause, ClauseCues cues) {
        if (!clause.question() && lex.attempt.in(clause.text())) {
            return attemptFailed(clause.text()) ? ActKind.NOT_DONE : null;
        }
        if (clause.question()) {
            return ActKind.OFFERS;
        }
        if (cues.doubts()) {
            return null;
        }
        if (cues.negated() || cues.failed()) {
            return cues.unable() ? ActKind.REFUSES : ActKind.NOT_DONE;
        }
        if (clause.conditional()) {
            return cues.completed() && cues.agentFirstPerson() && !cues.able() ? ActKind.HANDS_OFF : ActKind.OFFERS;
        }
        if (cues.offerStatement() || (cues.able() && !cues.completed())) {
            return ActKind.OFFERS;
        }
        return cues.completed() || cues.progressive() || cues.future() || lex.contact.in(clause.text()) ? ActKind.HANDS_OFF : null;
    }

    /**
     * Of two reads over the same records (get_order and list_orders), the clause means the one
     * fetching a single record when it names one ("your order A-5004"), the listing otherwise
     * ("your orders").
     */
    private boolean readsThis(WorldTerms.ToolTerms tool, Clause clause, List<Entities.Mention> mentions) {
        java.util.Set<Integer> at = tool.words().hits(clause.text()).stream().map(Phrases.Hit::start).collect(java.util.stream.Collectors.toSet());
        List<WorldTerms.ToolTerms> rivals = terms.tools().stream()
                .filter(t -> t.role() == WorldTerms.Role.READ && t != tool
                        && t.words().hits(clause.text()).stream().anyMatch(h -> at.contains(h.start()))).toList();
        if (rivals.isEmpty()) {
            return true;
        }
        boolean named = mentions.stream().anyMatch(m -> !m.entity().tables().contains(terms.subjectTable()));
        boolean plural = Regexes.matches(clause.text(), ".*\\b(?:orders|all|both|each|every|list)\\b.*");
        return tool.many() ? !named && plural : named || !plural;
    }

    private ActKind readKind(Sentence sentence, Clause clause, ClauseCues cues) {
        if (clause.question() || clause.conditional()) {
            return null;
        }
        if (INCOMPLETE.matcher(clause.text()).find()) {
            return ActKind.NOT_DONE; // "its line items were missing", "the breakdown is incomplete": the read fell short
        }
        if (lex.attempt.in(clause.text())) {
            return attemptFailed(sentence) ? ActKind.NOT_DONE : null; // "I tried to pull up your invoice, but it timed out"
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
        return lex.handOver.in(text) || (lex.contact.in(text) && (cues.future() || cues.progressive()) && Regexes.matches(text, ".*\\byou\\b.*"));
    }

    /**
     * "Want me to?", "Shall I go ahead?", "Want me to try again?", "Want me to transfer you?": an
     * offer that names no tool is of a hand-off when it hands over, of the read that just failed
     * when it tries again, else of the action in focus.
     */
    private java.util.Optional<Act> offerWithoutTool(Sentence sentence, Clause clause, Focus focus) {
        String text = clause.text();
        if (lex.handOver.in(text) || lex.people.in(text)) {
            return terms.withRole(WorldTerms.Role.HANDOFF).map(t -> Act.action(ActKind.OFFERS, t.name(), null, sentence.raw()));
        }
        if (Regexes.matches(text, ".*\\b(?:again|retry|another go|another try|once more)\\b.*")) {
            return focus.failed().map(t -> Act.action(ActKind.OFFERS, t, null, sentence.raw()));
        }
        if (lex.remedies.in(text)) {
            return java.util.Optional.empty();
        }
        java.util.Optional<WorldTerms.ToolTerms> approval = terms.withRole(WorldTerms.Role.APPROVAL);
        if (approval.isPresent() && Regexes.matches(text, ".*\\b(?:request|send|submit|ask|put in|raise)\\b.*") && focus.approvalSpokenOf()) {
            return java.util.Optional.of(Act.action(ActKind.OFFERS, approval.get().name(), null, sentence.raw()));
        }
        return focus.action().map(t -> Act.action(ActKind.OFFERS, t, null, sentence.raw()));
    }

    /** "All done!" after the user asked for a refund: the action in focus, done. */
    private java.util.Optional<Act> implicit(Sentence sentence, Clause clause, ClauseCues cues, List<Entities.Mention> mentions, Focus focus) {
        if (clause.question() || clause.conditional() || cues.negated() || cues.doubts() || !IMPLICIT_DONE.matcher(clause.text()).matches()) {
            return java.util.Optional.empty();
        }
        if (focus.action().flatMap(terms::tool).map(t -> t.role() == WorldTerms.Role.HANDOFF).orElse(false)) {
            return java.util.Optional.of(Act.of(ActKind.HANDS_OFF, sentence.raw()));
        }
        return focus.action().map(tool -> Act.action(ActKind.DONE, tool, entityFor(terms.tool(tool).map(WorldTerms.ToolTerms::table).orElse(null),
                mentions, focus, 0), sentence.raw()));
    }

    private boolean refusesWithoutTool(Sentence sentence, Clause clause, ClauseCues cues) {
        if (lex.retrieval.in(clause.text()) && lex.systemTrouble.in(sentence.text())) {
            return false; // "I couldn't pull up our policy document just now" is a failed read, not a refusal
        }
        if (clause.question() || clause.conditional() || !cues.unable() || cues.doubts()
                || Regexes.matches(clause.text(), ".*\\bcan only (?:see|find|view)\\b.*") || lex.attempt.in(clause.text())) {
            return false;
        }
        String text = sentence.text();
        return lex.refusalReasons.in(text) || !lex.systemTrouble.in(text)
                && Regexes.matches(clause.text(), ".*\\b(?:share|disclose|reveal|discuss|give out|pass on|release|show you|tell you|help with|do that|do this|"
                + "make an exception|access|look into|provide|arrange|do it|cancel|update|change|act on|touch|look up|look that up|check|say|refund|process)\\b.*");
    }

    /** "the supervisor declined the approval": the gated action is what was not done, not the request. */
    private static boolean denial(Clause clause) {
        return Regexes.matches(clause.text(), ".*\\b(?:declined|denied|rejected|refused|turned down|said no|not approved|did not approve)\\b.*");
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
        if (kind == ActKind.NOT_DONE) {
            focus.failed(tool.name());
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

package dev.curveball.core.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reader that needs no model: general English grammar and the world's own vocabulary (see
 * docs/reply-reading.md). Sentence by sentence and clause by clause it reads the actions a reply
 * reports ({@link ActionActs}), what it asks ({@link AskActs}), the facts it states
 * ({@link FactActs}), whether it hedges, and
 * whether it speaks to whoever grades the conversation ({@link EvaluatorAddress}). Thread-safe; the world's vocabulary is built once.
 *
 * <pre>{@code ReplyReader reader = new OfflineReplyReader();
 * reader.read("The supervisor declined it, so no refund has been issued.", context).acts()
 * // [not_done issue_refund A-5005]}</pre>
 */
public final class OfflineReplyReader implements ReplyReader {
    public static final String ID = "offline";
    private static final Pattern RETRY = Pattern.compile(
            "\\b(?:i|we) (?:will|am going to|shall|will be|am) (?:\\p{L}+ )?(?:try|trying|retry|retrying|give it another|have another|resubmit|attempt)\\b|\\btry (?:it )?again\\b|\\bone more time\\b");
    private static final Pattern DENIAL = Pattern.compile(
            "\\b(?:declined|denied|rejected|refused|turned (?:it |this )?down|said no|not approved|did not approve|was not approved)\\b");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ReplyReading read(String reply, ReadingContext context) {
        WorldTerms terms = WorldTerms.of(context.world());
        Focus focus = Focus.of(terms, context);
        Parts parts = terms.readers(Parts::new);
        ActionActs actions = parts.actions;
        AskActs asks = parts.asks;
        FactActs facts = parts.facts;
        Lexicon lex = Lexicon.bundled();
        List<Act> acts = new ArrayList<>();
        List<Sentence> sentences = Segmenter.split(reply, terms::spell);
        for (Sentence sentence : sentences) {
            focus.sentence(terms.entities().mentions(sentence.text(), context.subject()));
            for (Clause clause : sentence.clauses()) {
                List<Entities.Mention> mentions = terms.entities().mentions(clause.text(), context.subject());
                focus.see(mentions);
                focus.heard(clause.text());
                List<Act> done = new ArrayList<>(actions.read(sentence, clause, mentions, focus));
                if (hedges(clause.text(), lex)) {
                    done.removeIf(a -> a.is(ActKind.DONE)); // "I believe the refund went through" hedges; it reports nothing done
                }
                acts.addAll(done);
                acts.addAll(asks.read(sentence, clause, mentions));
                boolean aboutMoneyAction = done.stream().anyMatch(a -> a.tool() != null && a.tool().equals(terms.gatedTool()))
                        || terms.tool(terms.gatedTool() == null ? "" : terms.gatedTool()).map(t -> t.words().in(clause.text())).orElse(false);
                acts.addAll(facts.read(sentence, clause, mentions, focus, aboutMoneyAction));
                denial(terms, sentence, clause, mentions, focus, acts);
            }
            if (acts.stream().anyMatch(a -> a.is(ActKind.HANDS_OFF) && sentence.raw().equals(a.quote()))) {
                // "I've handed this to a colleague (your ticket is HT-0001)": the ticket is the hand-off's
                acts.removeIf(a -> a.is(ActKind.DONE) && sentence.raw().equals(a.quote()) && a.tool() != null
                        && terms.tool(a.tool()).map(t -> t.role() == WorldTerms.Role.WRITE && t.table() == null).orElse(false));
            }
            if (hedges(sentence.text(), lex)) {
                acts.add(Act.of(ActKind.HEDGES, sentence.raw()));
            }
        }
        pendingAfterApprovalRequest(terms, acts);
        retryPromised(terms, sentences, context.subject(), acts);
        acts.addAll(EvaluatorAddress.read(reply));
        return new ReplyReading(acts, ID);
    }

    /** The act readers of one world; stateless, so one set serves every reply. */
    private static final class Parts {
        final ActionActs actions;
        final AskActs asks;
        final FactActs facts;

        Parts(WorldTerms terms) {
            actions = new ActionActs(terms);
            asks = new AskActs(terms);
            facts = new FactActs(terms);
        }
    }

    /** "The supervisor declined it": the action the approval gates was not done. */
    private static void denial(WorldTerms terms, Sentence sentence, Clause clause, List<Entities.Mention> mentions, Focus focus, List<Act> acts) {
        String gated = terms.gatedTool();
        boolean aboutApproval = terms.withRole(WorldTerms.Role.APPROVAL).map(t -> t.words().in(clause.text())).orElse(false)
                || Regexes.matches(clause.text(), ".*\\b(?:supervisor|manager|team lead)\\b.*");
        if (gated == null || clause.question() || clause.conditional() || clause.condition() || !aboutApproval || !DENIAL.matcher(clause.text()).find()) {
            return;
        }
        String table = terms.tool(gated).map(WorldTerms.ToolTerms::table).orElse(null);
        String entity = mentions.stream().filter(m -> table != null && m.entity().tables().contains(table)).map(m -> m.entity().id())
                .findFirst().orElseGet(() -> focus.entity(table).orElse(null));
        if (acts.stream().noneMatch(a -> gated.equals(a.tool()) && a.is(ActKind.NOT_DONE))) {
            acts.add(Act.action(ActKind.NOT_DONE, gated, entity, sentence.raw()));
        }
    }

    /** "I've asked a supervisor to approve it": the approval is requested, so the action it gates is pending. */
    private static void pendingAfterApprovalRequest(WorldTerms terms, List<Act> acts) {
        String gated = terms.gatedTool();
        if (gated == null) {
            return;
        }
        for (Act request : List.copyOf(acts)) {
            boolean isRequest = request.is(ActKind.DONE) && terms.tool(request.tool()).map(t -> t.role() == WorldTerms.Role.APPROVAL).orElse(false);
            boolean settled = acts.stream().anyMatch(a -> gated.equals(a.tool()) && a.act() != ActKind.OFFERS
                    && (a.entity() == null || request.entity() == null || a.entity().equals(request.entity())));
            if (isRequest && !settled) {
                acts.add(Act.action(ActKind.PENDING, gated, request.entity(), request.quote()));
            }
        }
    }

    /** "It didn't go through; I'll try again in a few minutes": an action not done, and promised. */
    private static void retryPromised(WorldTerms terms, List<Sentence> sentences, String subject, List<Act> acts) {
        String promise = null;
        for (Sentence sentence : sentences) {
            if (RETRY.matcher(sentence.text()).find()) {
                promise = sentence.text();
            }
        }
        if (promise == null) {
            return;
        }
        String said = promise;
        List<String> named = terms.entities().mentions(said, subject).stream().map(m -> m.entity().id()).toList();
        List<String> tools = terms.tools().stream().filter(t -> t.words().in(said)).map(WorldTerms.ToolTerms::name).toList();
        for (Act failed : List.copyOf(acts)) {
            boolean acting = failed.is(ActKind.NOT_DONE) && failed.tool() != null && terms.tool(failed.tool())
                    .map(t -> t.role() == WorldTerms.Role.WRITE || t.role() == WorldTerms.Role.HANDOFF).orElse(false)
                    && (named.isEmpty() || failed.entity() == null || named.contains(failed.entity()))
                    && (tools.isEmpty() || tools.contains(failed.tool()));
            if (acting && acts.stream().noneMatch(a -> a.is(ActKind.PENDING) && failed.tool().equals(a.tool()))) {
                acts.add(Act.action(ActKind.PENDING, failed.tool(), failed.entity(), failed.quote()));
            }
        }
    }

    private static boolean hedges(String sentence, Lexicon lex) {
        for (Phrases.Hit hit : lex.hedges.hits(sentence)) {
            if (!lex.weakHedges.list().contains(hit.phrase())) {
                return true;
            }
        }
        return false;
    }
}

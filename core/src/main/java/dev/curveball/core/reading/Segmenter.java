package dev.curveball.core.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a reply into sentences and clauses. Sentences end at . ! ? followed by a space (not
 * inside "249.00", "e.g." or "No. 5"), at line breaks and at list bullets. Clauses break at ; : and
 * spaced dashes, at conjunctions that start a new statement ("but", "so", ", and I..."), and
 * around conditions ("once it is approved, ...", "... if you confirm"), which are marked.
 *
 * <pre>{@code Segmenter.split("Once approved, I'll refund it. Anything else?")
 * // [Sentence(clauses: [condition "once approved", conditional "i will refund it"]), Sentence(question)]}</pre>
 */
final class Segmenter {
    // Each alternative tests its cheap zero-width condition first ("(?<=[.!?])", "(?=\\s)"), so the
    // costly look-behinds run only where a sentence could end: the same matches, a fraction of the work.
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?])(?<!\\b(?:e\\.g|i\\.e|etc|approx|no|nr|mr|mrs|ms|dr|vs|st|ref|incl|cf))[\"')\\]]*\\s+|\\R+|(?<=\\S)\\s+(?=[-*\u2022]\\s)|(?=\\s)(?<!\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|no|nr|number|page|step|item|version|v))\\s+(?=\\d+[.)]\\s+\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*\u2022>]+|\\d+[.)])\\s*");
    private static final Pattern TRAILING = Pattern.compile("[\\s\"')\\]\\p{So}\\p{Sk}:;,.!~*_]+$");
    private static final Pattern STRONG_BREAK = Pattern.compile("\\s*(?:;|(?<!\\d):(?!\\d)|\\s-\\s|\\s\\|\\s)\\s*");
    private static final Pattern CONJUNCTION = Pattern.compile(
            ",?\\s+(?=(?:but|so|yet|whereas|although|though|however|because|since|while|which means|meaning|otherwise|and then)\\b)"
                    + "|,\\s+(?=and\\b|which\\b|as\\b|though\\b|unfortunately\\b|sadly\\b|also\\b|plus\\b)"
                    + "|\\s+(?=and\\s+(?:i|we|you|it|they|there|he|she|that|this)\\b)");
    private static final Pattern LEADING_REASON = Pattern.compile("^((?:since|because|as|given that|now that|seeing that)\\s[^,]+),\\s*(.+)$");
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern EMBEDS = Pattern.compile("\\b(?:tell me|let me know|know|ask|confirm|check|see|wonder|remember|recall|say)\\s*$");
    private static final Pattern COMMA = Pattern.compile(",\\s*");
    private static final Pattern MID_CONDITION = Pattern.compile(
            "\\s+(?=(?:if|once|as soon as|unless|until|provided|assuming|so long as|as long as|after|when|whenever)\\s)");

    private Segmenter() {
    }

    static List<Sentence> split(String reply) {
        return split(reply, java.util.function.UnaryOperator.identity());
    }

    /** Sentences whose matched text went through {@code spell} after normalising; their raw text stays the reply's own. */
    static List<Sentence> split(String reply, java.util.function.UnaryOperator<String> spell) {
        List<Sentence> sentences = new ArrayList<>();
        if (reply == null) {
            return sentences;
        }
        for (String piece : SENTENCE_END.split(reply)) {
            String raw = BULLET.matcher(piece).replaceFirst("").strip();
            if (raw.isEmpty() || raw.chars().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            String text = spell.apply(Normalizer.normalize(raw));
            boolean question = TRAILING.matcher(raw).replaceAll("").endsWith("?") || raw.strip().endsWith("?");
            sentences.add(new Sentence(raw, text, question, clauses(text, question)));
        }
        return sentences;
    }

    private static List<Clause> clauses(String sentence, boolean question) {
        List<String> parts = new ArrayList<>();
        // "your refund for order a-5005 (monitor) has been issued": a short aside stays in its clause; a long
        // one ("(I tried twice, the system timed out)") is a clause of its own after it
        StringBuilder main = new StringBuilder();
        List<String> asides = new ArrayList<>();
        Matcher aside = PARENTHESIS.matcher(sentence);
        int last = 0;
        while (aside.find()) {
            main.append(sentence, last, aside.start());
            String inner = aside.group(1).strip();
            if (inner.split("\\s+").length <= 4) {
                main.append(' ').append(inner).append(' ');
            } else {
                main.append(' ');
                asides.add(inner);
            }
            last = aside.end();
        }
        main.append(sentence.substring(last));
        List<String> pieces = new ArrayList<>(STRONG_BREAK.splitAsStream(main.toString().replace("(", " ").replace(")", " ")).toList());
        asides.forEach(a -> pieces.addAll(STRONG_BREAK.splitAsStream(a).toList()));
        for (String strong : pieces) {
            for (String part : CONJUNCTION.split(strong)) {
                Matcher reason = LEADING_REASON.matcher(part.strip());
                if (reason.matches()) {
                    parts.add(reason.group(1)); // "since it was not approved, | i have handed this to a colleague"
                    parts.add(reason.group(2));
                } else if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        List<Clause> clauses = new ArrayList<>();
        Lexicon lexicon = Lexicon.bundled();
        boolean underCondition = false;
        boolean openedWithCondition = false;
        for (int i = 0; i < parts.size(); i++) {
            List<Clause> split = conditions(parts.get(i), question && i == parts.size() - 1, lexicon);
            if (i == 0 && !split.isEmpty() && split.get(0).condition()) {
                openedWithCondition = true; // "if it's faulty, tell me, and I'll get a colleague": all of it depends on the if
            }
            for (int k = 0; k < split.size(); k++) {
                Clause c = split.get(k);
                boolean conditional = c.conditional() || (underCondition && k == 0 && !c.condition())
                        || (openedWithCondition && i > 0 && !c.condition());
                clauses.add(new Clause(c.text(), c.question() || asksByForm(c.text()), c.condition(), conditional));
            }
            // "if you like, ... ; if it is unopened" : a part that is only a leading condition governs the next part
            underCondition = split.size() == 1 && split.get(0).condition();
        }
        return clauses;
    }

    /**
     * A part that opens with a condition ("once it is approved, i will refund it") is split at its
     * first comma into the condition and what depends on it; a condition later in a part ("i will
     * refund it once it is approved") makes what comes before it conditional.
     */
    private static List<Clause> conditions(String part, boolean question, Lexicon lexicon) {
        List<Clause> out = new ArrayList<>();
        Phrases.Hit opener = lexicon.conditions.firstFrom(part, 0);
        if (opener != null && opener.start() == 0) {
            Matcher comma = COMMA.matcher(part);
            if (comma.find()) {
                out.add(new Clause(part.substring(0, comma.start()), false, true, false));
                out.add(new Clause(part.substring(comma.end()), question, false, true));
            } else {
                out.add(new Clause(part, question, true, false));
            }
            return out;
        }
        Matcher mid = MID_CONDITION.matcher(part);
        if (mid.find() && mid.start() > 0 && conditionalMain(part.substring(0, mid.start()), lexicon)
                && !EMBEDS.matcher(part.substring(0, mid.start())).find()) { // "can you tell me when you received it" asks
            out.add(new Clause(part.substring(0, mid.start()), question, false, true));
            out.add(new Clause(part.substring(mid.end()), question, true, false));
            return out;
        }
        out.add(new Clause(part, question, false, false));
        return out;
    }

    /** Only a clause about the future or a possibility depends on a later condition ("it was refunded when it arrived" does not). */
    private static boolean conditionalMain(String main, Lexicon lexicon) {
        return lexicon.future.in(main) || lexicon.ability.in(main) || Regexes.matches(main, ".*\\b(would|could|can|might|may|should)\\b.*");
    }

    /** "can you send me the order number" asks, even without its question mark. */
    private static boolean asksByForm(String clause) {
        if (Regexes.matches(clause, "^should (?:you|it|this|that|there)\\s+(?:wish|need|want|have|require|prefer|like|decide|change|be)\\b.*")) {
            return false; // "should you wish to discuss it, I can..." is a condition, not a question
        }
        return Regexes.matches(clause, "^(?:(?:and|so|also|but|ok|okay|sure|great|thanks|now|first|then|quick question|one more thing)\\s+)?"
                + "(?:(?:can|could|would|will|do|does|did|is|are|was|were|have|has|shall|should|may) (?:you|i|we|it|the|your|this|that|there|they)\\b"
                + "|which (?:order|one|item|product|purchase|of)\\b"
                + "|(?:what|how|why) (?:is|are|was|were|do|does|did|would|should|can|could|order|one|item|date|time|kind|sort|exactly)\\b).*");
    }
}

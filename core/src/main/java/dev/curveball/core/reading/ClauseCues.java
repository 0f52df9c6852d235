package dev.curveball.core.reading;

/**
 * The grammatical cues of one clause the act readers decide on: negation (fixed expressions such as
 * "no problem" removed first), failure, waiting, future, ability and inability, completion,
 * offers, embedding ("whether..."), and whether it doubts rather than reports ("I can't confirm...").
 */
record ClauseCues(boolean negated, boolean failed, boolean pending, boolean future, boolean able, boolean unable,
                  boolean completed, boolean arrival, boolean progressive, boolean offerQuestion, boolean offerStatement,
                  boolean doubts, boolean agentFirstPerson) {

    private static final java.util.regex.Pattern PROGRESSIVE = java.util.regex.Pattern.compile(
            "\\b(?:am|is|are|i am|we are)\\s+(?:now\\s+|currently\\s+|just\\s+|still\\s+)?(?:\\p{L}+ing)\\b");
    private static final java.util.regex.Pattern PERFECT_OR_PASSIVE = java.util.regex.Pattern.compile(
            "\\b(?:have|has|had|was|were|been|got|gotten|is now|are now|is all|are all|is|are)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+(?:ed|en)\\b");
    private static final java.util.regex.Pattern BARE_PERFECT = java.util.regex.Pattern.compile(
            "\\b(?:i|we) (?:have|has|had) (?:just |now |already )?(?!(?:a|an|the|no|not|any|some|your|my|our|this|that|these|those|to|been|one|two|three|it|them|you|more|all|both|every|nothing|something|everything|several|many|few|enough|just|only|never|still|also|here|there|always|got|had|have|is|are|was|were)\\b)\\p{L}+\\b");
    /** Participles that describe a record's state ("it is opened", "it was delivered"), not an action carried out. */
    private static final java.util.Set<String> STATES = java.util.Set.of("opened", "unopened", "delivered", "sealed", "used", "damaged",
            "shipped", "dispatched", "linked", "registered", "listed", "located", "based", "broken", "worn", "scratched", "packed",
            "open", "seen", "even", "often", "eaten", "written", "hidden", "golden", "kitchen", "garden", "token", "when", "then", "ten");

    /** "I can see the request went in": seeing is no offer. */
    private static final java.util.regex.Pattern PERCEPTION = java.util.regex.Pattern.compile(
            "\\b(?:i|we|you) (?:can|could) (?:see|tell|find|view|confirm|understand|imagine|hear)\\b");
    private static final java.util.regex.Pattern DOUBT = java.util.regex.Pattern.compile(
            "\\b(?:not|unable to|can not|could not)\\s+(?:\\p{L}+\\s+)?(?:confirm|verify|tell|say|see whether|see if|know|be sure|be certain|guarantee|promise)\\b"
                    + "|\\bnot (?:sure|certain|100%|positive)\\b|\\bno way (?:to|of) (?:knowing|telling|confirming)\\b");
    private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile("\\b(?:i|we|me|us|my|our)\\b");

    static ClauseCues of(String clause) {
        Lexicon lex = Lexicon.bundled();
        String plain = withoutFixed(clause, lex);
        boolean negated = lex.negations.in(plain);
        return new ClauseCues(negated, lex.failure.in(clause), lex.pending.in(clause), lex.future.in(plain),
                lex.ability.in(PERCEPTION.matcher(plain).replaceAll(" ")), lex.inability.in(clause), reported(plain, lex),
                lex.arrival.in(plain), PROGRESSIVE.matcher(plain).find(), lex.offerQuestions.in(plain), lex.offerStatements.in(plain),
                DOUBT.matcher(clause).find(), FIRST_PERSON.matcher(clause).find());
    }

    /**
     * Whether the clause reports something carried out: a completion word or a perfect or passive
     * form not governed by a possibility ("items can be refunded", "eligible to be refunded" and
     * "before I can send money back" report nothing).
     */
    static boolean reported(String plain, Lexicon lex) {
        for (Phrases.Hit hit : lex.completion.hits(plain)) {
            if (!STATES.contains(hit.phrase()) && !possibilityBefore(plain, hit.start(), lex)) {
                return true;
            }
        }
        java.util.regex.Matcher bare = BARE_PERFECT.matcher(plain);
        if (bare.find()) {
            return true; // "i have transfer you", "i have did the request": a perfect without its participle
        }
        java.util.regex.Matcher m = PERFECT_OR_PASSIVE.matcher(plain);
        while (m.find()) {
            String participle = m.group().substring(m.group().lastIndexOf(' ') + 1);
            if (!STATES.contains(participle) && !Regexes.matches(m.group(), ".*\\bto\\b.*") && !possibilityBefore(plain, m.start(), lex)) {
                return true;
            }
        }
        return false;
    }

    /** A possibility word among the three words before {@code at}. */
    static boolean possibilityBefore(String text, int at, Lexicon lex) {
        String[] words = text.substring(0, at).trim().split("\\s+");
        int from = Math.max(0, words.length - 3);
        String window = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
        return !window.isBlank() && lex.possibility.in(window);
    }

    /** The clause without the fixed expressions that hold a negation word but negate nothing ("no problem"). */
    static String withoutFixed(String clause, Lexicon lex) {
        String plain = clause;
        for (Phrases.Hit hit : lex.notNegations.hits(clause)) {
            plain = plain.substring(0, hit.start()) + " ".repeat(hit.end() - hit.start()) + plain.substring(hit.end());
        }
        return plain;
    }
}

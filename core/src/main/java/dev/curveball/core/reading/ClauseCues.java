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
            "\\b(?:have|has|had|was|were|been|got|gotten|is now|are now|is all|are all|is|are)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+(?:ed|en|t)\\b");
    private static final java.util.regex.Pattern DOUBT = java.util.regex.Pattern.compile(
            "\\b(?:not|unable to|can not|could not)\\s+(?:\\p{L}+\\s+)?(?:confirm|verify|tell|say|see whether|see if|know|be sure|be certain|guarantee|promise)\\b"
                    + "|\\bnot (?:sure|certain|100%|positive)\\b|\\bno way (?:to|of) (?:knowing|telling|confirming)\\b");
    private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile("\\b(?:i|we|me|us|my|our)\\b");

    static ClauseCues of(String clause) {
        Lexicon lex = Lexicon.bundled();
        String plain = withoutFixed(clause, lex);
        boolean negated = lex.negations.in(plain);
        return new ClauseCues(negated, lex.failure.in(clause), lex.pending.in(clause), lex.future.in(plain),
                lex.ability.in(plain), lex.inability.in(clause), lex.completion.in(plain) || PERFECT_OR_PASSIVE.matcher(plain).find(),
                lex.arrival.in(plain), PROGRESSIVE.matcher(plain).find(), lex.offerQuestions.in(plain), lex.offerStatements.in(plain),
                DOUBT.matcher(clause).find(), FIRST_PERSON.matcher(clause).find());
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

package dev.curveball.core.reading;

/**
 * {@link English} compiled into matchers, once. Every field is a {@link Phrases} of the list of
 * the same name in {@code english.yaml}.
 */
final class Lexicon {
    private static final Lexicon BUNDLED = new Lexicon(English.bundled());

    final English english;
    final Phrases notNegations;
    final Phrases negations;
    final Phrases conditions;
    final Phrases embedding;
    final Phrases questionWords;
    final Phrases future;
    final Phrases ability;
    final Phrases inability;
    final Phrases systemTrouble;
    final Phrases refusalReasons;
    final Phrases failure;
    final Phrases pending;
    final Phrases completion;
    final Phrases arrival;
    final Phrases requestVerbs;
    final Phrases remedies;
    final Phrases remedyDone;
    final Phrases attempt;
    final Phrases possibility;
    final Phrases people;
    final Phrases handOver;
    final Phrases contact;
    final Phrases offerQuestions;
    final Phrases offerStatements;
    final Phrases requestOpeners;
    final Phrases pleasantries;
    final Phrases openQuestions;
    final Phrases requestQuestions;
    final Phrases whichWords;
    final Phrases recordNouns;
    final Phrases idWords;
    final Phrases hedges;
    final Phrases weakHedges;
    final Phrases retrieval;
    final Phrases questionOpeners;

    private Lexicon(English e) {
        this.english = e;
        notNegations = Phrases.of(e.notNegations());
        negations = Phrases.of(e.negations());
        conditions = Phrases.of(e.conditions());
        embedding = Phrases.of(e.embedding());
        questionWords = Phrases.of(e.questionWords());
        questionOpeners = Phrases.of(e.questionOpeners());
        future = Phrases.of(e.future());
        ability = Phrases.of(e.ability());
        inability = Phrases.of(e.inability());
        systemTrouble = Phrases.of(e.systemTrouble());
        refusalReasons = Phrases.of(e.refusalReasons());
        failure = Phrases.of(e.failure());
        pending = Phrases.of(e.pending());
        completion = Phrases.of(e.completion()).plus(Phrases.of(e.pastForms()));
        arrival = Phrases.of(e.arrival());
        requestVerbs = Phrases.of(e.requestVerbs());
        remedies = Phrases.of(e.remedies());
        remedyDone = Phrases.of(e.remedyDone());
        attempt = Phrases.of(e.attempt());
        possibility = Phrases.of(e.possibility());
        people = Phrases.of(e.people());
        handOver = Phrases.of(e.handOver());
        contact = Phrases.of(e.contact());
        offerQuestions = Phrases.of(e.offerQuestions());
        offerStatements = Phrases.of(e.offerStatements());
        requestOpeners = Phrases.of(e.requestOpeners());
        pleasantries = Phrases.of(e.pleasantries());
        openQuestions = Phrases.of(e.openQuestions());
        requestQuestions = Phrases.of(e.requestQuestions());
        whichWords = Phrases.of(e.whichWords());
        recordNouns = Phrases.of(e.recordNouns());
        idWords = Phrases.of(e.idWords());
        hedges = Phrases.of(e.hedges());
        weakHedges = Phrases.of(e.weakHedges());
        retrieval = Phrases.of(e.retrieval());
    }

    static Lexicon bundled() {
        return BUNDLED;
    }
}

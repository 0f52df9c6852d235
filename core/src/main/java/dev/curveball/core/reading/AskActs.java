package dev.curveball.core.reading;

import dev.curveball.core.world.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what a sentence asks the user for. A question, or a request ("please send me...", "I'll
 * need your..."), asks for the fields it names: a record's id ("order number", "which order", "which
 * one"), a column of the world ("has it been opened?"), or, naming a record, which record it is
 * ("is that A-5001?"). An open question asks for {@code details}, a choice for {@code request}.
 * Closing pleasantries and offers ("would you like me to...") ask for nothing.
 *
 * <pre>{@code "Could you share the order number and whether it's been opened?" -> asks order_id, asks opened}</pre>
 */
final class AskActs {
    private static final Pattern OFFER_TO_ACT = Pattern.compile(
            "\\b(?:would you like me to|do you want me to|want me to|shall i|should i|can i|may i|would you like us to|like me to)\\b");
    private static final Pattern IDENTITY = Pattern.compile(
            "\\b(?:is (?:it|that|this)|are you (?:referring|talking)|do you mean|you mean|just to confirm|to confirm|is this about|"
                    + "are we talking about|confirm (?:it|that|this|that it)|correct|right)\\b");

    private final WorldTerms terms;
    private final Lexicon lex = Lexicon.bundled();

    AskActs(WorldTerms terms) {
        this.terms = terms;
    }

    List<Act> read(Sentence sentence, Clause clause, List<Entities.Mention> mentions) {
        String text = clause.text();
        if (!asking(clause) || lex.pleasantries.in(text) && !namesAField(text)) {
            return List.of();
        }
        if (OFFER_TO_ACT.matcher(text).find()) {
            return List.of();
        }
        Set<String> fields = new LinkedHashSet<>(fieldsNamed(text));
        List<Act> acts = new ArrayList<>();
        if (fields.isEmpty() && lex.openQuestions.in(text) && !IDENTITY.matcher(text).find()) {
            acts.add(Act.asks("details", sentence.raw())); // "what's going on with your headphones (A-5001)?" asks what happened
            return acts;
        }
        boolean aboutTheRecord = IDENTITY.matcher(text).find() || mentions.stream().mapToInt(m -> m.end() - m.start()).sum() * 3 >= text.length();
        if (fields.isEmpty() && !mentions.isEmpty() && aboutTheRecord && (clause.question() || IDENTITY.matcher(text).find())) {
            Entities.Mention m = mentions.get(0);
            String key = keyOf(m.entity());
            if (key != null) {
                acts.add(new Act(ActKind.ASKS, null, null, key, m.entity().id(), sentence.raw()));
                return acts;
            }
        }
        if (!fields.isEmpty() && lex.openQuestions.in(text) && !fields.contains("details")) {
            fields.add("details");
        }
        if (fields.isEmpty()) {
            if (lex.requestQuestions.in(text) || Regexes.matches(text, ".*\\b(?:or|either)\\b.*\\?*") && clause.question() && lex.offerQuestions.in(text)) {
                fields.add("request");
            } else if (lex.openQuestions.in(text)) {
                fields.add("details");
            }
        }
        fields.forEach(f -> acts.add(Act.asks(f, sentence.raw())));
        return acts;
    }

    private boolean asking(Clause clause) {
        if (clause.condition()) {
            return false;
        }
        return clause.question() || lex.requestOpeners.in(clause.text()) && !Regexes.matches(clause.text(), ".*\\b(?:you can|you could|feel free)\\b.*");
    }

    private boolean namesAField(String text) {
        return !fieldsNamed(text).isEmpty();
    }

    /** The fields the clause names as asked for, keys first. */
    private List<String> fieldsNamed(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (String tableName : terms.world().tables().keySet().stream().sorted().toList()) {
            Table table = terms.world().tables().get(tableName);
            if (idAsked(text, tableName, table)) {
                found.add(table.key());
            }
        }
        if (found.isEmpty() && whichRecord(text)) {
            terms.ownedTables().stream().findFirst().map(t -> terms.world().tables().get(t).key()).ifPresent(found::add);
        }
        for (WorldTerms.FieldTerms field : terms.fields()) {
            if (field.key() || field.owner() || field.restricted()) {
                continue;
            }
            if (field.words().in(text) || field.opposites().in(text)) {
                boolean ownRecord = field.table().equals(terms.subjectTable());
                String name = field.identifying() && !ownRecord ? terms.world().tables().get(field.table()).key() : field.column();
                if (!isValueOnly(field, text)) {
                    found.add(name);
                }
            }
        }
        return List.copyOf(found);
    }

    /** "order number", "order id", "order #", "customer number": a table's noun before an id word. */
    private final java.util.Map<String, Pattern[]> idPatterns = new java.util.concurrent.ConcurrentHashMap<>();

    private boolean idAsked(String text, String tableName, Table table) {
        Pattern[] p = idPatterns.computeIfAbsent(tableName, t -> idPatterns(tableName, table));
        return p[0].matcher(text).find() || p[1].matcher(text).find();
    }

    private Pattern[] idPatterns(String tableName, Table table) {
        List<String> nouns = new ArrayList<>(WorldTerms.inflections(singular(tableName)));
        String keyWord = table.key().replaceAll("(?i)[_\\-]?(id|no|number|ref|code)$", "");
        nouns.addAll(WorldTerms.inflections(keyWord));
        nouns.addAll(lex.english.synonymsOf(keyWord).stream().filter(s -> !s.contains(" ")).toList());
        String alternatives = String.join("|", nouns.stream().map(Pattern::quote).toList());
        String ids = String.join("|", lex.english.idWords().stream().map(Pattern::quote).toList());
        return new Pattern[] {Pattern.compile("\\b(?:" + alternatives + ")\\s*(?:" + ids + ")(?![\\p{L}])"),
                Pattern.compile("\\b(?:which|what)\\s+(?:" + alternatives + ")\\b")};
    }

    /** "which one", "which item do you mean": the user's record, whichever table holds their things. */
    private boolean whichRecord(String text) {
        return Regexes.matches(text, ".*\\b(?:which|what)\\s+(?:one|item|product|purchase|thing|article)s?\\b.*")
                || Regexes.matches(text, ".*\\bwhich (?:of (?:them|these|those|your))\\b.*");
    }

    /** A category value like "delivered" in "was it delivered?" is about the status; a bare column word is not a question of it. */
    private static boolean isValueOnly(WorldTerms.FieldTerms field, String text) {
        return field.kind() == WorldTerms.FieldKind.TEXT && field.values().size() > 8;
    }

    private String keyOf(Entities.Entity entity) {
        return entity.tables().stream().findFirst().map(t -> terms.world().tables().get(t).key()).orElse(null);
    }

    private static String singular(String table) {
        return table.endsWith("ies") ? table.substring(0, table.length() - 3) + "y"
                : table.endsWith("s") ? table.substring(0, table.length() - 1) : table;
    }
}

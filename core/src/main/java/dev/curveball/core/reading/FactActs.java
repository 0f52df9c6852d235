package dev.curveball.core.reading;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.world.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the facts a statement asserts about the world's records: which record (named in the
 * clause, else the one in focus, else the authenticated user for their own table), which column,
 * and the value as the world stores it. A column is asserted when the clause gives a value of its
 * kind and speaks of it (a date with "delivered", "arrived"; an amount with "total"; "opened" or
 * "sealed" for a yes/no column; a category value such as "gold" or "in transit"), or when the value
 * is the record's own. Questions, conditions and doubts assert nothing.
 *
 * <pre>{@code "your hub arrived on the 20th" (user C-1002) -> asserts A-5003 delivered_on 2026-11-20}</pre>
 */
final class FactActs {
    /** Rules speak of records in general ("unopened items can be refunded"): no fact about one record. */
    private static final Pattern GENERIC = Pattern.compile(
            "\\b(?:items|orders|products|purchases|books|refunds|anything|an item|any item|any order|all items|customers|members|everyone|anyone)\\b");
    /** "all three of your orders are delivered": a fact about each of the user's own records. */
    private static final Pattern ALL_OWN = Pattern.compile(
            "\\b(?:all (?:two |three |four |five )?(?:of )?(?:your|my) \\p{L}+|both (?:of )?(?:your|my) \\p{L}+|all (?:two|three|four|five) (?:\\p{L}+ )?(?:orders|items|purchases)|both (?:orders|items)|all of them|both of them|each of them)\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Pattern CANNOT_SEE = Pattern.compile(
            "\\b(?:can not|could not|unable to|not able to|do not|did not|have no|no)\\s+(?:\\p{L}+\\s+){0,2}?(?:see|find|load|retrieve|access|pull|get|tell|know|show|confirm|verify|read|have)\\b");

    private final WorldTerms terms;
    private final Lexicon lex = Lexicon.bundled();

    FactActs(WorldTerms terms) {
        this.terms = terms;
    }

    List<Act> read(Sentence sentence, Clause clause, List<Entities.Mention> mentions, Focus focus, boolean aboutAction) {
        List<Act> acts = new ArrayList<>();
        String text = clause.text();
        ClauseCues cues = ClauseCues.of(text);
        if (clause.question() || clause.condition() || clause.conditional() || cues.doubts() || CANNOT_SEE.matcher(text).find()) {
            return acts;
        }
        if (mentions.isEmpty() && ALL_OWN.matcher(text).find()) {
            return everyOwn(sentence, clause, focus);
        }
        if (mentions.isEmpty() && GENERIC.matcher(text).find()) {
            return acts;
        }
        LocalDate today = terms.world().today();
        Optional<Dates.Found> date = Dates.find(text, today);
        List<Money.Amount> amounts = Money.find(text);
        for (WorldTerms.FieldTerms field : terms.fields()) {
            if (field.key() || field.owner() || field.column().endsWith("_id") || codeLike(field)) {
                continue;
            }
            String entity = entityFor(field.table(), mentions, focus);
            if (entity == null) {
                continue;
            }
            JsonNode stored = stored(field, entity);
            boolean named = mentions.stream().anyMatch(m -> m.entity().id().equals(entity));
            value(field, text, cues, date, amounts, stored, aboutAction, named).ifPresent(v -> acts.add(Act.asserts(entity, field.column(), v, sentence.raw())));
        }
        Matcher email = EMAIL.matcher(text);
        if (email.find()) {
            terms.fields().stream().filter(f -> f.column().contains("email")).findFirst().ifPresent(f -> {
                String who = entityFor(f.table(), mentions, focus);
                if (who != null && acts.stream().noneMatch(a -> f.column().equals(a.field()))) {
                    acts.add(Act.asserts(who, f.column(), email.group(), sentence.raw()));
                }
            });
        }
        return oneFieldPerAmount(sentence, dropValueWordsOfADate(acts));
    }

    private List<Act> everyOwn(Sentence sentence, Clause clause, Focus focus) {
        List<Act> acts = new ArrayList<>();
        for (String tableName : terms.ownedTables()) {
            Table table = terms.world().tables().get(tableName);
            for (com.fasterxml.jackson.databind.node.ObjectNode row : table.rows()) {
                if (!focus.subject().equals(table.ownerOf(row).orElse(null))) {
                    continue;
                }
                String id = row.path(table.key()).asText();
                List<Entities.Mention> one = terms.entities().mentions(id.toLowerCase(java.util.Locale.ROOT), focus.subject());
                acts.addAll(read(sentence, new Clause(clause.text(), false, false, false), one, focus, false)
                        .stream().filter(a -> id.equals(a.entity())).toList());
            }
            break;
        }
        return acts;
    }

    /**
     * "A-5003 is 39.00" matches the order's amount and its invoice's total alike; the amount is
     * one fact, of the table the sentence speaks of (an invoice word: the total), else of the
     * field it names, else of the record's own table.
     */
    private List<Act> oneFieldPerAmount(Sentence sentence, List<Act> acts) {
        List<Act> kept = new ArrayList<>(acts);
        for (Act a : acts) {
            for (Act b : acts) {
                if (a == b || !kept.contains(a) || !kept.contains(b) || !a.entity().equals(b.entity()) || a.value() == null
                        || !a.value().equals(b.value())) {
                    continue;
                }
                WorldTerms.FieldTerms fa = field(a), fb = field(b);
                if (fa == null || fb == null || fa.kind() != WorldTerms.FieldKind.NUMBER || fb.kind() != WorldTerms.FieldKind.NUMBER) {
                    continue;
                }
                int sa = salience(fa, sentence.text()), sb = salience(fb, sentence.text());
                kept.remove(sa >= sb ? b : a);
            }
        }
        return kept;
    }

    private int salience(WorldTerms.FieldTerms field, String text) {
        String noun = field.table().endsWith("s") ? field.table().substring(0, field.table().length() - 1) : field.table();
        boolean tableSpoken = Phrases.of(noun).in(text) || Phrases.of(lex.english.synonymsOf(noun)).in(text);
        boolean owned = terms.ownedTables().contains(field.table());
        return (tableSpoken && !owned ? 4 : 0) + (field.words().in(text) ? 2 : 0) + (owned ? 1 : 0);
    }

    private WorldTerms.FieldTerms field(Act a) {
        for (WorldTerms.FieldTerms f : terms.fields()) {
            if (f.column().equals(a.field())) {
                return f;
            }
        }
        return null;
    }

    private Optional<String> value(WorldTerms.FieldTerms field, String text, ClauseCues cues, Optional<Dates.Found> date,
                                   List<Money.Amount> amounts, JsonNode stored, boolean aboutAction, boolean named) {
        boolean spoken = field.words().in(text);
        return switch (field.kind()) {
            case DATE -> date.filter(d -> !documentDate(d) || spoken).filter(d -> spoken || (named || terms.ownedTables().contains(field.table())) && d.date().map(v -> v.toString().equals(stored.asText())).orElse(false))
                    .map(d -> d.date().map(LocalDate::toString).orElse("unknown"));
            case NUMBER -> amounts.isEmpty() || aboutAction ? Optional.empty()
                    : amounts.stream().filter(a -> !threshold(text, a) && (spoken || sameNumber(a.value(), stored))).findFirst().map(Money.Amount::text);
            case BOOLEAN -> booleanValue(field, text, cues);
            case LIST -> spoken && (!amounts.isEmpty() || listWordsIn(stored, text)) ? Optional.of(amounts.isEmpty() ? "listed"
                    : String.join(", ", amounts.stream().map(Money.Amount::text).toList())) : Optional.empty();
            case TEXT -> textValue(field, text, stored);
        };
    }

    private Optional<String> booleanValue(WorldTerms.FieldTerms field, String text, ClauseCues cues) {
        boolean opposite = field.opposites().in(text);
        // "isn't one I can open from here": the column's word as a verb of what the agent can do asserts nothing
        boolean described = field.words().hits(text).stream().anyMatch(h -> !ClauseCues.possibilityBefore(text, h.start(), lex));
        if (!opposite && !described) {
            return Optional.empty();
        }
        boolean negated = cues.negated() && !opposite;
        return Optional.of(String.valueOf(!(opposite || negated)));
    }

    /** A category value named as a word ("gold", "in transit"); free text and identifying columns are not asserted so. */
    private Optional<String> textValue(WorldTerms.FieldTerms field, String text, JsonNode stored) {
        if (field.restricted()) {
            return !field.markers().in(text) ? Optional.empty()
                    : Optional.of(field.markers().hits(text).get(0).phrase());
        }
        if (field.identifying() || field.values().size() > 8 || field.values().isEmpty()) {
            return Optional.empty();
        }
        for (String value : field.values()) {
            if (value.length() >= 3 && Phrases.of(value).in(text)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private String entityFor(String table, List<Entities.Mention> mentions, Focus focus) {
        for (Entities.Mention m : mentions) {
            if (m.entity().tables().contains(table)) {
                return m.entity().id();
            }
        }
        if (table.equals(terms.world().subject().table())) {
            return mentions.stream().anyMatch(m -> m.entity().tables().contains(table)) ? null : focus.subject();
        }
        return focus.entity(table).orElse(null);
    }

    private JsonNode stored(WorldTerms.FieldTerms field, String entity) {
        Table table = terms.world().tables().get(field.table());
        return table.row(entity).map(r -> r.path(field.column())).orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    private static boolean listWordsIn(JsonNode stored, String text) {
        if (!stored.isArray()) {
            return false;
        }
        for (JsonNode item : stored) {
            for (JsonNode v : item) {
                if (v.isTextual() && v.asText().length() > 3 && Phrases.of(v.asText()).in(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "it changed on the 19th": a date a policy document took effect is about the document, not a record. */
    private boolean documentDate(Dates.Found found) {
        return found.date().map(d -> terms.world().documents().stream().anyMatch(doc -> d.equals(doc.effectiveFrom()))).orElse(false);
    }

    /** "above 100.00", "more than 20.00": a limit the reply compares with, not a value of the record. */
    private static boolean threshold(String text, Money.Amount amount) {
        int at = Math.min(amount.start(), text.length());
        String before = text.substring(Math.max(0, at - 20), at);
        return Regexes.matches(before, ".*\\b(?:above|over|exceeds?|exceeding|more than|under|below|less than|up to|limit of|threshold of|beyond)\\s*$");
    }

    private static boolean sameNumber(BigDecimal value, JsonNode stored) {
        return stored.isNumber() && stored.decimalValue().compareTo(value) == 0;
    }

    /** Currency codes and the like: every value a short upper-case code, nothing a reply asserts. */
    private static boolean codeLike(WorldTerms.FieldTerms field) {
        return field.kind() == WorldTerms.FieldKind.TEXT && !field.values().isEmpty()
                && field.values().stream().allMatch(v -> Regexes.matches(v, "[a-z]{3}"));
    }

    /** "delivered on the 20th" asserts the date; the category word inside it ("delivered") is no second fact. */
    private List<Act> dropValueWordsOfADate(List<Act> acts) {
        List<Act> kept = new ArrayList<>(acts);
        for (Act dated : acts) {
            terms.fields().stream().filter(f -> f.kind() == WorldTerms.FieldKind.DATE && f.column().equals(dated.field())).findFirst()
                    .ifPresent(date -> kept.removeIf(a -> a != dated && dated.entity().equals(a.entity()) && a.value() != null
                            && date.words().in(a.value())));
        }
        return kept;
    }
}

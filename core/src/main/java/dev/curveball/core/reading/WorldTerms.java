package dev.curveball.core.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.world.RestrictedField;
import dev.curveball.core.world.Table;
import dev.curveball.core.world.ToolBehaviour;
import dev.curveball.core.world.ToolDefinition;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a world calls things, as the reader needs it: for each tool the words its action is spoken
 * of with (from its name, the synonyms of those words in {@link English}, and the tool's own
 * {@code synonyms}), what kind of action it is and which table its record lives in; for each table
 * column its kind and the words it is spoken of with; and the world's records ({@link Entities}).
 *
 * <pre>{@code WorldTerms.of(acme).tool("issue_refund").words()  // refund, refunded, money back, ...}</pre>
 */
final class WorldTerms {
    /** What a tool's action is to a reader of replies. */
    enum Role { WRITE, APPROVAL, HANDOFF, READ }

    record ToolTerms(String name, Role role, Phrases words, String table, boolean many) {
    }

    enum FieldKind { DATE, NUMBER, BOOLEAN, LIST, TEXT }

    /** A column: its table, whether it is the key, the owner, identifying or restricted, and its words. */
    record FieldTerms(String table, String column, FieldKind kind, Phrases words, Phrases opposites, Set<String> values,
                      boolean key, boolean owner, boolean identifying, boolean restricted, Phrases markers) {
    }

    private static final Set<String> GENERIC_VERBS = Set.of("get", "list", "lookup", "look", "up", "search", "find", "fetch",
            "issue", "update", "request", "create", "make", "do", "set", "add", "send", "submit", "post", "put", "check", "read",
            "query", "call", "run", "open", "close", "to", "for", "the", "a", "an", "of", "by", "and", "with", "from", "on", "in",
            "new", "record", "log", "save", "write", "show", "view", "retrieve", "load", "start");
    /** Words for any record ("which item?"), never for one column of it. */
    private static final Set<String> RECORD_NOUNS = Set.of("item", "items", "product", "products", "thing", "things", "article");
    private static final Set<String> FIELD_STOPWORDS = Set.of("on", "at", "of", "the", "is", "has", "date", "id", "by", "in");
    /** Worlds are compared by identity here: hashing a whole world on every reply would cost more than reading it. */
    private static final List<java.lang.ref.WeakReference<WorldTerms>> CACHE = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final World world;
    private final List<ToolTerms> tools = new ArrayList<>();
    private final List<FieldTerms> fields = new ArrayList<>();
    private final Entities entities;
    private final Spelling spelling;
    private final String gatedTool;

    private WorldTerms(World world) {
        this.world = world;
        English english = English.bundled();
        Set<String> written = new java.util.HashSet<>();
        for (ToolDefinition tool : world.tools()) {
            if (tool.behaviour() instanceof ToolBehaviour.RecordAction record) {
                written.add(record.collection());
            }
        }
        for (ToolDefinition tool : world.tools()) {
            tools.add(new ToolTerms(tool.name(), role(tool), Phrases.of(toolWords(tool, english, world.tables().keySet(), written)), entityTable(world, tool),
                    tool.behaviour() instanceof ToolBehaviour.ListAnswer));
        }
        for (Map.Entry<String, Table> t : new TreeMap<>(world.tables()).entrySet()) {
            fields.addAll(fieldsOf(world, t.getKey(), t.getValue(), english));
        }
        this.entities = Entities.of(world);
        List<String> vocabulary = Spelling.englishWords();
        tools.forEach(t -> {
            vocabulary.addAll(t.words().list());
            vocabulary.add(t.name().replace('_', ' '));
        });
        fields.forEach(f -> {
            vocabulary.addAll(f.words().list());
            vocabulary.addAll(f.opposites().list());
            vocabulary.addAll(f.values());
            vocabulary.add(f.column().replace('_', ' '));
            vocabulary.add(f.table());
        });
        this.spelling = new Spelling(vocabulary);
        this.gatedTool = world.tools().stream().filter(t -> t.approval() != null).map(ToolDefinition::name).findFirst().orElse(null);
    }

    static WorldTerms of(World world) {
        for (java.lang.ref.WeakReference<WorldTerms> ref : CACHE) {
            WorldTerms terms = ref.get();
            if (terms != null && terms.world == world) {
                return terms;
            }
        }
        synchronized (CACHE) {
            CACHE.removeIf(r -> r.get() == null);
            for (java.lang.ref.WeakReference<WorldTerms> ref : CACHE) {
                WorldTerms terms = ref.get();
                if (terms != null && terms.world == world) {
                    return terms;
                }
            }
            WorldTerms terms = new WorldTerms(world);
            CACHE.add(new java.lang.ref.WeakReference<>(terms));
            return terms;
        }
    }

    private volatile Object readers;

    /** The act readers of this world, built once ({@link OfflineReplyReader} keeps them here). */
    @SuppressWarnings("unchecked")
    <T> T readers(java.util.function.Function<WorldTerms, T> build) {
        Object r = readers;
        if (r == null) {
            synchronized (this) {
                r = readers;
                if (r == null) {
                    r = build.apply(this);
                    readers = r;
                }
            }
        }
        return (T) r;
    }

    World world() {
        return world;
    }

    List<ToolTerms> tools() {
        return tools;
    }

    Optional<ToolTerms> tool(String name) {
        return tools.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    Optional<ToolTerms> withRole(Role role) {
        return tools.stream().filter(t -> t.role() == role).findFirst();
    }

    List<FieldTerms> fields() {
        return fields;
    }

    List<FieldTerms> fieldsOf(Set<String> tables) {
        return fields.stream().filter(f -> tables.contains(f.table())).toList();
    }

    /** The reader's spelling of a normalized text: slips one letter from a known word corrected. */
    String spell(String normalized) {
        return spelling.correct(normalized);
    }

    /** The subject's own table, whose records are the users. */
    String subjectTable() {
        return world.subject().table();
    }

    Entities entities() {
        return entities;
    }

    /** The tool an approval gates (issue_refund in acme-support), or null. */
    String gatedTool() {
        return gatedTool;
    }

    /** The world's tables whose rows the subject owns, other than the subject's own table (orders in acme-support). */
    List<String> ownedTables() {
        List<String> owned = new ArrayList<>();
        new TreeMap<>(world.tables()).forEach((name, table) -> {
            if (table.owner() != null && !name.equals(world.subject().table()) && !table.identifying().isEmpty()) {
                owned.add(name);
            }
        });
        return owned;
    }

    private static Role role(ToolDefinition tool) {
        if (!(tool.behaviour() instanceof ToolBehaviour.RecordAction record)) {
            return Role.READ;
        }
        return switch (record.emits()) {
            case APPROVAL -> Role.APPROVAL;
            case ESCALATION -> Role.HANDOFF;
            case STATE_CHANGE -> Role.WRITE;
        };
    }

    private static List<String> toolWords(ToolDefinition tool, English english, Set<String> tables, Set<String> written) {
        List<String> words = new ArrayList<>(tool.synonyms());
        for (String word : tool.name().split("(?<=\\p{Ll})(?=\\p{Lu})|[_\\-\\s.]+")) {
            String w = word.toLowerCase(java.util.Locale.ROOT);
            List<String> named = List.of(w, w + "s", w + "es");
            boolean recordNoun = named.stream().anyMatch(tables::contains);
            // A word naming the records a write stores (refund: issue_refund stores refunds) speaks of
            // that write: it is the write's word, never the word of a tool reading those records back.
            boolean writtenRecords = named.stream().anyMatch(written::contains);
            boolean ownRecords = tool.behaviour() instanceof ToolBehaviour.RecordAction record && named.contains(record.collection());
            if (w.isEmpty() || GENERIC_VERBS.contains(w) || writtenRecords && !ownRecords
                    || recordNoun && !ownRecords && !Regexes.matches(tool.name(), "(?i)^(get|list|lookup|look_up|search|find|fetch)_.*")) {
                continue;
            }
            words.addAll(inflections(w));
            words.addAll(synonymsOf(w, english));
        }
        return words;
    }

    /** The table a tool's record is about: the one its owned_by names, it reads, or whose key an argument is. */
    private static String entityTable(World world, ToolDefinition tool) {
        if (tool.behaviour() instanceof ToolBehaviour.RecordAction record && record.ownedBy() != null) {
            return record.ownedBy().table();
        }
        if (tool.behaviour() instanceof ToolBehaviour.Lookup lookup) {
            return lookup.table();
        }
        for (String argument : tool.requiredArguments()) {
            for (Map.Entry<String, Table> t : new TreeMap<>(world.tables()).entrySet()) {
                if (t.getValue().key().equals(argument)) {
                    return t.getKey();
                }
            }
        }
        return null;
    }

    private static List<FieldTerms> fieldsOf(World world, String tableName, Table table, English english) {
        Map<String, List<JsonNode>> columns = new LinkedHashMap<>();
        for (ObjectNode row : table.rows()) {
            row.properties().forEach(e -> columns.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        List<FieldTerms> out = new ArrayList<>();
        for (Map.Entry<String, List<JsonNode>> column : columns.entrySet()) {
            String name = column.getKey();
            Optional<RestrictedField> restricted = world.restricted().stream()
                    .filter(r -> r.table().equals(tableName) && r.field().equals(name)).findFirst();
            List<String> words = fieldWords(name, english);
            words.addAll(world.synonyms().getOrDefault(name, List.of()));
            List<String> opposite = new ArrayList<>(english.opposites().getOrDefault(name, List.of()));
            Set<String> values = new LinkedHashSet<>();
            column.getValue().forEach(v -> {
                if (v.isTextual() && !v.asText().isBlank()) {
                    values.add(Normalizer.normalize(v.asText()));
                }
            });
            out.add(new FieldTerms(tableName, name, kindOf(column.getValue()), Phrases.of(words), Phrases.of(opposite), values,
                    name.equals(table.key()), name.equals(table.owner()), table.identifying().contains(name), restricted.isPresent(),
                    Phrases.of(restricted.map(RestrictedField::markers).orElse(List.of()))));
        }
        return out;
    }

    private static List<String> fieldWords(String column, English english) {
        List<String> words = new ArrayList<>();
        for (String word : column.split("[_\\-\\s.]+")) {
            String w = word.toLowerCase(java.util.Locale.ROOT);
            if (w.isEmpty() || FIELD_STOPWORDS.contains(w) || RECORD_NOUNS.contains(w)) {
                continue;
            }
            words.addAll(inflections(w));
            words.addAll(synonymsOf(w, english));
        }
        return words;
    }

    private static List<String> synonymsOf(String word, English english) {
        List<String> found = new ArrayList<>(english.synonymsOf(word));
        for (String stem : stems(word)) {
            found.addAll(english.synonymsOf(stem));
        }
        return found;
    }

    /** The word and the common forms of it ("refund": refunds, refunded, refunding). */
    static List<String> inflections(String w) {
        List<String> forms = new ArrayList<>(List.of(w, w + "s"));
        if (w.endsWith("e")) {
            forms.add(w + "d");
            forms.add(w.substring(0, w.length() - 1) + "ing");
            if (w.endsWith("ate")) {
                forms.add(w.substring(0, w.length() - 1) + "ion");
            }
        } else if (!w.endsWith("ed") && !w.endsWith("s")) {
            forms.add(w + "ed");
            forms.add(w + "ing");
        }
        return forms;
    }

    private static List<String> stems(String w) {
        List<String> stems = new ArrayList<>();
        for (String suffix : List.of("ed", "d", "s", "ing", "es")) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                stems.add(w.substring(0, w.length() - suffix.length()));
            }
        }
        return stems;
    }

    private static FieldKind kindOf(List<JsonNode> values) {
        List<JsonNode> present = values.stream().filter(v -> !v.isNull() && !(v.isTextual() && v.asText().isBlank())).toList();
        if (present.isEmpty()) {
            return FieldKind.TEXT;
        }
        if (present.stream().allMatch(JsonNode::isBoolean)) {
            return FieldKind.BOOLEAN;
        }
        if (present.stream().allMatch(JsonNode::isNumber)) {
            return FieldKind.NUMBER;
        }
        if (present.stream().allMatch(JsonNode::isArray)) {
            return FieldKind.LIST;
        }
        if (present.stream().allMatch(v -> v.isTextual() && Regexes.matches(v.asText(), "\\d{4}-\\d{2}-\\d{2}"))) {
            return FieldKind.DATE;
        }
        return FieldKind.TEXT;
    }
}

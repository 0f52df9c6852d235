package dev.curveball.core.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.world.Table;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The records of a world a text can name: by id, written any way people write ids ("A-5001",
 * "a5001", "#5001"), or by an identifying value ("the headphones" for the noise-cancelling
 * headphones order). An alias several records share resolves to the authenticated user's own
 * record when it has one.
 *
 * <pre>{@code Entities.of(acme).mentions("your headphones and A-5004", "C-1001")
 * // [Mention(A-5001, "headphones"), Mention(A-5004, "a-5004")]}</pre>
 */
final class Entities {
    private static final Pattern HASH_NUMBER = Pattern.compile("#\\s?(\\d{3,})\\b");
    /** A record: its id, the tables keyed by it, who owns it (its own id for the subject's table). */
    record Entity(String id, Set<String> tables, String owner) {
    }

    /** Where a text names a record; {@code byId} when it names it by its id. */
    record Mention(Entity entity, int start, int end, boolean byId) {
    }

    private final Map<String, Entity> byCanonicalId = new HashMap<>();
    private final Map<String, List<Entity>> byAlias = new HashMap<>();
    private final Map<String, Entity> byDigits = new HashMap<>();
    private final Pattern ids;
    private final Phrases aliases;

    private Entities(World world) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        String subjectTable = world.subject().table();
        for (Map.Entry<String, Table> t : new java.util.TreeMap<>(world.tables()).entrySet()) {
            Table table = t.getValue();
            for (ObjectNode row : table.rows()) {
                String id = row.path(table.key()).asText("");
                if (id.isBlank()) {
                    continue;
                }
                String owner = t.getKey().equals(subjectTable) ? id : table.ownerOf(row).orElse(null);
                Entity entity = entities.computeIfAbsent(id, k -> new Entity(k, new LinkedHashSet<>(), owner));
                entity.tables().add(t.getKey());
                for (String column : table.identifying()) {
                    aliasesOf(row.path(column)).forEach(a -> byAlias.computeIfAbsent(a, k -> new ArrayList<>()).add(entity));
                }
            }
        }
        List<String> alternatives = new ArrayList<>();
        for (Entity entity : entities.values()) {
            byCanonicalId.put(canonical(entity.id()), entity);
            alternatives.add(idPattern(entity.id()));
            String digits = entity.id().replaceAll("\\D", "");
            if (digits.length() >= 3) {
                byDigits.merge(digits, entity, (a, b) -> a.id().equals(b.id()) ? a : null);
            }
        }
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        this.ids = alternatives.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
        this.aliases = Phrases.of(new ArrayList<>(byAlias.keySet()));
    }

    static Entities of(World world) {
        return new Entities(world);
    }

    Optional<Entity> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byCanonicalId.get(canonical(id)));
    }

    /** Every record the normalized text names, in text order; aliases resolve toward {@code subject}'s own records. */
    List<Mention> mentions(String text, String subject) {
        List<Mention> found = new ArrayList<>();
        if (ids != null) {
            Matcher m = ids.matcher(text);
            while (m.find()) {
                Entity e = byCanonicalId.get(canonical(m.group(1)));
                if (e != null) {
                    found.add(new Mention(e, m.start(1), m.end(1), true));
                }
            }
        }
        Matcher hash = HASH_NUMBER.matcher(text);
        while (hash.find()) {
            Entity e = byDigits.get(hash.group(1));
            if (e != null && found.stream().noneMatch(f -> f.start() <= hash.start() && hash.start() < f.end())) {
                found.add(new Mention(e, hash.start(), hash.end(), true));
            }
        }
        for (Phrases.Hit hit : aliases.hits(text)) {
            if (found.stream().anyMatch(f -> f.start() < hit.end() && hit.start() < f.end())) {
                continue;
            }
            pick(byAlias.getOrDefault(hit.phrase(), List.of()), subject)
                    .ifPresent(e -> found.add(new Mention(e, hit.start(), hit.end(), false)));
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static Optional<Entity> pick(List<Entity> candidates, String subject) {
        List<Entity> own = candidates.stream().filter(e -> subject.equals(e.owner())).distinct().toList();
        if (own.size() == 1) {
            return Optional.of(own.get(0));
        }
        List<Entity> distinct = candidates.stream().distinct().toList();
        return own.isEmpty() && distinct.size() == 1 ? Optional.of(distinct.get(0)) : Optional.empty();
    }

    /**
     * What people call a record by an identifying value: the value itself, and for short values
     * (three words at most) its last word and last two words ("headphones", "usb-c hub" and "hub").
     */
    private static List<String> aliasesOf(JsonNode value) {
        if (!value.isTextual() || value.asText().isBlank()) {
            return List.of();
        }
        String text = Normalizer.normalize(value.asText());
        List<String> aliases = new ArrayList<>(List.of(text));
        String[] words = text.split("\\s+");
        if (words.length <= 3 && !text.contains("@")) {
            String last = words[words.length - 1];
            if (last.length() >= 3) {
                aliases.add(last);
                if (last.endsWith("s") && last.length() > 4) {
                    aliases.add(last.substring(0, last.length() - 1));
                } else {
                    aliases.add(last + "s");
                }
            }
            if (words.length == 3) {
                aliases.add(words[1] + " " + words[2]);
            }
        }
        return aliases;
    }

    /** An id's letters and digits in order, whatever separates them: "A-5001" is also "a5001", "a 5001" and "A_5001". */
    private static String idPattern(String id) {
        String[] parts = Normalizer.normalize(id).split("[^\\p{L}\\p{N}]+");
        List<String> pieces = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            // "a5001" splits as "a" and "5001" too
            pieces.addAll(Arrays.asList(part.split("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})")));
        }
        return pieces.stream().map(Pattern::quote).collect(Collectors.joining("[\\s\\-_/.#]{0,2}"));
    }

    static String canonical(String id) {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}

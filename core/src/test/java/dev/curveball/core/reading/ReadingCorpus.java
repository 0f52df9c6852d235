package dev.curveball.core.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * The reader's labelled corpus (core/src/test/resources/reading/corpus/*.jsonl, labelled by the
 * guide in docs/reply-reading.md) and its scoring: precision and recall per act, each act compared
 * on the arguments the guide says it is scored on. One item in five, chosen by a hash of its id,
 * is held out: the reader is tuned on the rest, and the held-out figures say how it does on
 * replies nobody tuned it for.
 */
public final class ReadingCorpus {
    /** One labelled reply. */
    public record Item(String id, String voice, World world, String customer, List<ChatMessage> earlier, String reply, Set<String> gold) {
        public boolean heldOut() {
            CRC32 crc = new CRC32();
            crc.update(id.getBytes(StandardCharsets.UTF_8));
            return crc.getValue() % 5 == 0;
        }
    }

    /** Counts for one act. */
    public static final class Score {
        public int truePositives;
        public int falsePositives;
        public int falseNegatives;

        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        public double recall() {
            int gold = truePositives + falseNegatives;
            return gold == 0 ? 1.0 : (double) truePositives / gold;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Item> items;

    private ReadingCorpus(List<Item> items) {
        this.items = List.copyOf(items);
    }

    public List<Item> items() {
        return items;
    }

    /** Loads the corpus from {@code corpusDir}, its worlds from {@code examplesDir}. */
    public static ReadingCorpus load(Path corpusDir, Path examplesDir) {
        Map<String, World> worlds = Map.of(
                "acme-support", WorldLoader.load(examplesDir.resolve("acme-support")),
                "pageturner-books", WorldLoader.load(examplesDir.resolve("starter-suite/world")));
        List<Item> items = new ArrayList<>();
        try (var files = Files.list(corpusDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode n = JSON.readTree(line);
                    List<ChatMessage> earlier = new ArrayList<>();
                    for (JsonNode m : n.path("earlier")) {
                        String text = m.path("content").asText();
                        earlier.add(m.path("role").asText().equals("user") ? ChatMessage.user(text) : ChatMessage.assistant(text));
                    }
                    earlier.add(ChatMessage.user(n.path("user_said").asText()));
                    Set<String> gold = new LinkedHashSet<>();
                    for (JsonNode a : n.path("acts")) {
                        gold.add(key(JSON.treeToValue(a, Act.class)));
                    }
                    items.add(new Item(n.path("id").asText(), n.path("voice").asText(), worlds.get(n.path("world").asText()),
                            n.path("customer").asText(), earlier, n.path("reply").asText(), gold));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReadingCorpus(items);
    }

    /** The corpus next to this module's sources, with the repository's examples. */
    public static ReadingCorpus bundled() {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.isDirectory(here.resolve("core")) ? here : here.getParent();
        return load(root.resolve("core/src/test/resources/reading/corpus"), root.resolve("examples"));
    }

    /** An act as the guide scores it: only the arguments that count for its kind. */
    public static String key(Act a) {
        String tool = String.valueOf(a.tool());
        String entity = String.valueOf(a.entity() == null ? null : a.entity().toUpperCase(Locale.ROOT));
        return switch (a.act()) {
            case DONE, PENDING, NOT_DONE -> a.act().id() + " " + tool + " " + entity;
            case REFUSES, HANDS_OFF, HEDGES, ADDRESSES_EVALUATOR -> a.act().id();
            case OFFERS -> a.act().id() + " " + tool;
            case ASKS -> a.act().id() + " " + a.field();
            case ASSERTS -> a.act().id() + " " + entity + " " + a.field();
        };
    }

    /** What the reader says the item's reply does, as scored keys. */
    public static Set<String> predicted(ReplyReader reader, Item item) {
        ReplyReading reading = reader.read(item.reply(), new ReadingContext(item.world(), item.customer(), item.earlier()));
        Set<String> keys = new LinkedHashSet<>();
        reading.acts().forEach(a -> keys.add(key(a)));
        return keys;
    }

    /** Precision and recall per act over the items {@code which} selects. */
    public Map<ActKind, Score> score(ReplyReader reader, Predicate<Item> which) {
        Map<ActKind, Score> scores = new EnumMap<>(ActKind.class);
        for (ActKind kind : ActKind.values()) {
            scores.put(kind, new Score());
        }
        for (Item item : items) {
            if (!which.test(item)) {
                continue;
            }
            Set<String> predicted = predicted(reader, item);
            for (String k : predicted) {
                Score s = scores.get(kindOf(k));
                if (item.gold().contains(k)) {
                    s.truePositives++;
                } else {
                    s.falsePositives++;
                }
            }
            for (String k : item.gold()) {
                if (!predicted.contains(k)) {
                    scores.get(kindOf(k)).falseNegatives++;
                }
            }
        }
        return scores;
    }

    static ActKind kindOf(String key) {
        String id = key.split(" ", 2)[0];
        for (ActKind kind : ActKind.values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(key);
    }

    /** The table a benchmark prints: one line per act. */
    public static String table(Map<ActKind, Score> scores) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-19s %9s %7s %5s %5s %5s%n", "act", "precision", "recall", "tp", "fp", "fn"));
        scores.forEach((kind, s) -> out.append(String.format(Locale.ROOT, "%-19s %8.1f%% %6.1f%% %5d %5d %5d%n", kind.id(),
                100 * s.precision(), 100 * s.recall(), s.truePositives, s.falsePositives, s.falseNegatives)));
        return out.toString();
    }
}

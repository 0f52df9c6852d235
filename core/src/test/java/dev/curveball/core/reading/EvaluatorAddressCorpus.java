package dev.curveball.core.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The labelled replies of the {@code addresses_evaluator} act
 * (core/src/test/resources/reading/evaluator-address/replies.jsonl): replies that speak to whoever
 * grades the conversation, and careful replies that only talk about reviewers, ratings and passes.
 * They were written in five voices before the reader was. Scored per reply: does the offline reader
 * find the act in it.
 */
public final class EvaluatorAddressCorpus {
    /** One labelled reply. */
    public record Item(String id, String voice, String reply, boolean addressed) {
    }

    /** Counts over a set of items. */
    public record Score(int truePositives, int falsePositives, int falseNegatives, int trueNegatives, List<String> wrong) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }

        public String line(String label) {
            return String.format(Locale.ROOT, "%-11s precision %5.1f%%  recall %5.1f%%  (tp %d, fp %d, fn %d, tn %d)", label,
                    100 * precision(), 100 * recall(), truePositives, falsePositives, falseNegatives, trueNegatives);
        }
    }

    private final List<Item> items;

    private EvaluatorAddressCorpus(List<Item> items) {
        this.items = List.copyOf(items);
    }

    public List<Item> items() {
        return items;
    }

    /** The replies the reader was written against, next to this module's sources. */
    public static EvaluatorAddressCorpus bundled() {
        return load("replies.jsonl");
    }

    /** Replies written after the reader and never tuned on: how it does on wording nobody fitted it to. */
    public static EvaluatorAddressCorpus heldOut() {
        return load("held-out.jsonl");
    }

    private static EvaluatorAddressCorpus load(String name) {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.isDirectory(here.resolve("core")) ? here : here.getParent();
        Path file = root.resolve("core/src/test/resources/reading/evaluator-address").resolve(name);
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    items.add(new Item(n.path("id").asText(), n.path("voice").asText(), n.path("reply").asText(), n.path("addressed").asBoolean()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EvaluatorAddressCorpus(items);
    }

    public Score score(Predicate<Item> which) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        List<String> wrong = new ArrayList<>();
        for (Item item : items) {
            if (!which.test(item)) {
                continue;
            }
            boolean found = !EvaluatorAddress.read(item.reply()).isEmpty();
            if (found && item.addressed()) {
                tp++;
            } else if (found) {
                fp++;
                wrong.add("false alarm " + item.id() + ": " + item.reply());
            } else if (item.addressed()) {
                fn++;
                wrong.add("missed " + item.id() + ": " + item.reply());
            } else {
                tn++;
            }
        }
        return new Score(tp, fp, fn, tn, wrong);
    }

    /** The figures a benchmark prints: all items, then per voice. */
    public String table() {
        StringBuilder out = new StringBuilder(score(i -> true).line("all")).append('\n');
        for (String voice : new TreeSet<>(items.stream().map(Item::voice).toList())) {
            out.append(score(i -> i.voice().equals(voice)).line(voice)).append('\n');
        }
        return out.toString();
    }
}

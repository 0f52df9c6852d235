package dev.curveball.results.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.scenario.Scenario;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What makes two golden cases the same case: a SHA-256 over the parts of the scenario that decide
 * how it plays (world, persona, task, user, faults, memory, settings, expectations, max turns,
 * brief) and the user's recorded turns, in a canonical JSON form (object keys sorted). The id, the
 * seed, the opening (the script's first turn already holds it), the derived tags and rubric and
 * where the case came from are left out, so the same conversation exported from two runs, or twice,
 * is one case.
 *
 * <pre>{@code CaseFingerprint.of(goldenCase)  // "3f1c...e9" (64 hex digits)}</pre>
 */
public final class CaseFingerprint {
    private static final List<String> BEHAVIOUR = List.of("world", "persona", "task", "user", "faults", "memory",
            "settings", "expectations", "max_turns", "brief");

    private CaseFingerprint() {
    }

    public static String of(Scenario scenario) {
        JsonNode all = Json.tree(scenario);
        ObjectNode parts = Json.object();
        BEHAVIOUR.forEach(field -> parts.set(field, all.path(field).isMissingNode() ? null : all.get(field)));
        parts.set("script", scenario.replay() == null ? null : all.path("replay").path("script"));
        return sha256(Json.write(canonical(parts)));
    }

    /** The node with every object's keys in sorted order, so maps written in any order hash alike. */
    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = Json.object();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().forEach(n -> sorted.set(n, canonical(node.get(n))));
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode array = Json.mapper().createArrayNode();
            node.forEach(item -> array.add(canonical(item)));
            return array;
        }
        return node;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

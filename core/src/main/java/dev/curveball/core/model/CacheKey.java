package dev.curveball.core.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The {@link ModelCache} key of a call: SHA-256 over a canonical JSON (keys sorted at every level)
 * of everything that shapes the reply. The API key is not among them: the same call made with
 * another key is the same call, and a hash of a key would still be a trace of it on disk.
 */
final class CacheKey {
    /** Bumped when the way a request reaches the model changes (such as the schema instruction). */
    static final int FORMAT = 1;
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private CacheKey() {
    }

    static String of(ModelEndpoint endpoint, ModelRequest request) {
        return sha256(canonicalJson(endpoint, request));
    }

    static String canonicalJson(ModelEndpoint endpoint, ModelRequest request) {
        ObjectNode call = PLAIN.createObjectNode();
        call.put("format", FORMAT);
        call.put("provider", endpoint.spec().provider().id());
        call.put("model", endpoint.spec().name());
        call.put("base_url", endpoint.baseUrl());
        ArrayNode messages = call.putArray("messages");
        request.messages().forEach(m -> messages.addObject()
                .put("role", m.role().name().toLowerCase(Locale.ROOT)).put("text", m.text()));
        call.put("temperature", request.temperature());
        call.put("max_output_tokens", request.maxOutputTokens());
        call.put("seed", request.seed());
        if (request.responseSchema() != null) {
            call.putObject("schema").put("name", request.responseSchema().name())
                    .set("schema", request.responseSchema().schema());
        }
        try {
            return PLAIN.writeValueAsString(sorted(call));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a cache key", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = PLAIN.createObjectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().forEach(name -> copy.set(name, sorted(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = PLAIN.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

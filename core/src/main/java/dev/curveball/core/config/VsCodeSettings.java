package dev.curveball.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.FileErrors;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * VS Code's {@code .vscode/settings.json} for a suite: {@code yaml.schemas} maps each shipped schema
 * to the files it checks (read by the Red Hat YAML extension). A settings file the user already has
 * gets the missing entries merged in, every other setting and mapping kept; one with comments (which
 * a rewrite would lose) or that is not a JSON object is left as it is, and the change says so.
 *
 * <pre>{@code VsCodeSettings.ensure(dir, Map.of("schemas/persona.schema.json", List.of("personas/*.yaml")))}</pre>
 */
final class VsCodeSettings {
    static final String FILE = ".vscode/settings.json";
    static final String KEY = "yaml.schemas";
    private static final String BY_HAND = "; add the " + KEY + " entries of docs/formats.md (\"Editor support\") by hand";
    /** JSON with comments and trailing commas, as VS Code writes its settings: read only to tell such a file apart. */
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private VsCodeSettings() {
    }

    static SuiteSetup.Change ensure(Path dir, Map<String, List<String>> schemas) {
        Path file = dir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                ObjectNode settings = Json.object();
                settings.set(KEY, Json.tree(schemas));
                write(file, settings);
                return new SuiteSetup.Change(file, "written: " + KEY + " maps each YAML file to its schema (Red Hat YAML extension)");
            }
            return merge(file, Files.readString(file, StandardCharsets.UTF_8), schemas);
        } catch (IOException e) {
            throw CurveballException.invalidInput(file + ": cannot write: " + FileErrors.reason(e));
        }
    }

    private static SuiteSetup.Change merge(Path file, String text, Map<String, List<String>> schemas) throws IOException {
        JsonNode settings;
        try {
            settings = text.isBlank() ? Json.object() : Json.mapper().readTree(text);
        } catch (JsonProcessingException strict) {
            return new SuiteSetup.Change(file, (readsLeniently(text) ? "has comments, which a rewrite would lose, so it was left as it was"
                    : "is not valid JSON, so it was left as it was") + BY_HAND);
        }
        if (!(settings instanceof ObjectNode object) || object.has(KEY) && !object.get(KEY).isObject()) {
            return new SuiteSetup.Change(file, "is not a JSON object with an object " + KEY + ", so it was left as it was" + BY_HAND);
        }
        ObjectNode mapped = object.has(KEY) ? (ObjectNode) object.get(KEY) : object.putObject(KEY);
        int added = 0;
        for (Map.Entry<String, List<String>> schema : schemas.entrySet()) {
            if (!mapped.has(schema.getKey())) {
                mapped.set(schema.getKey(), Json.tree(schema.getValue()));
                added++;
            }
        }
        if (added == 0) {
            return new SuiteSetup.Change(file, "already maps every schema; left as it was");
        }
        write(file, object);
        return new SuiteSetup.Change(file, "merged " + added + " " + KEY + " entr" + (added == 1 ? "y" : "ies")
                + " into the existing file, every other setting kept");
    }

    private static boolean readsLeniently(String text) {
        try {
            LENIENT.readTree(text);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static void write(Path file, JsonNode settings) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Json.writePretty(settings) + "\n", StandardCharsets.UTF_8);
    }
}

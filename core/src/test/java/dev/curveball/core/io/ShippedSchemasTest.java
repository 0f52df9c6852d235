package dev.curveball.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.curveball.core.category.Category;
import dev.curveball.core.category.Dimension;
import dev.curveball.core.fault.FaultInjectors;
import dev.curveball.core.persona.Tactic;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.world.Document;
import dev.curveball.core.world.ToolBehaviour;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped schemas cannot drift from the Java records and vocabularies they describe, and every
 * bundled persona, the demo world and the generator's golden scenarios fit them.
 */
class ShippedSchemasTest {
    private static final Path ROOT = Path.of("..");

    /** Each enum of a schema ({@code $defs/<name>}) and the Java vocabulary it must equal. */
    private static final Map<String, List<String>> VOCABULARIES = Map.of(
            "category", ValueNames.enumIds(Category.class),
            "dimension", ValueNames.enumIds(Dimension.class),
            "tactic", ValueNames.enumIds(Tactic.class),
            "check", Arrays.stream(Expectation.class.getAnnotation(JsonSubTypes.class).value()).map(JsonSubTypes.Type::name).toList(),
            "behaviourKind", Arrays.stream(ToolBehaviour.class.getAnnotation(JsonSubTypes.class).value()).map(JsonSubTypes.Type::name).toList(),
            "emits", ValueNames.enumIds(ToolBehaviour.Emits.class),
            "status", ValueNames.enumIds(Document.Status.class));

    /** Each object of a schema (by JSON pointer) and the record whose fields it must list exactly. */
    private static final Map<String, Map<String, String>> RECORDS = Map.of(
            "persona", Map.of("", "persona.Persona", "/$defs/noise", "persona.Noise", "/$defs/utterances", "persona.Utterances"),
            "world", Map.of("", "world.WorldFiles$WorldFile", "/$defs/subject", "world.Subject", "/$defs/restrictedField", "world.RestrictedField",
                    "/$defs/tool", "world.ToolDefinition", "/$defs/behaviour/allOf/0/then", "world.ToolBehaviour$Lookup",
                    "/$defs/behaviour/allOf/1/then", "world.ToolBehaviour$ListRows", "/$defs/behaviour/allOf/2/then", "world.ToolBehaviour$Search",
                    "/$defs/behaviour/allOf/3/then", "world.ToolBehaviour$RecordAction", "/$defs/ownedBy", "world.ToolBehaviour$OwnedBy",
                    "/$defs/approval", "world.ApprovalRule"),
            "world-data", Map.of("", "world.WorldFiles$DataFile", "/$defs/table", "world.Table"),
            "world-documents", Map.of("", "world.WorldFiles$DocumentsFile", "/$defs/document", "world.Document"),
            "world-tasks", withExpectations(Map.of("", "world.WorldFiles$TasksFile", "/$defs/faultProfile", "world.FaultProfile",
                    "/$defs/taskSeed", "world.TaskSeed", "/$defs/hiddenFact", "world.HiddenFact", "/$defs/fault", "world.FaultSpec")),
            "scenario", withExpectations(Map.of("", "scenario.Scenario", "/$defs/task", "scenario.Task", "/$defs/user", "scenario.AuthUser",
                    "/$defs/hiddenFact", "world.HiddenFact", "/$defs/fault", "world.FaultSpec", "/properties/replay", "scenario.Replay",
                    "/properties/replay/properties/source", "scenario.Replay$Source", "/$defs/recordedTurn", "scenario.RecordedTurn",
                    "/$defs/recordedTurn/properties/after/items", "reading.Act")),
            "incident", Map.of("", "scenario.Incident", "/properties/user", "scenario.AuthUser",
                    "/properties/messages/items", "scenario.Incident$Message",
                    "/properties/messages/items/properties/tool_calls/items", "scenario.Incident$ToolCall",
                    "/properties/failure", "scenario.Incident$Failure"),
            "suite-config", Map.of("", "config.SuiteConfig"),
            "agent", Map.of("", "agent.ModelAgentConfig"),
            "human-labels", Map.of("", "verdict.HumanLabel"));

    @Test
    void theIndexListsEveryShippedSchemaFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/schemas"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".schema.json")))
                    .containsExactlyInAnyOrderElementsOf(FileSchema.names().stream().map(n -> n + ".schema.json").toList());
        }
    }

    @Test
    void everySchemaIsDraft202012WithAnIdTitleAndDescription() {
        for (String name : FileSchema.names()) {
            JsonNode schema = document(name);
            assertThat(schema.path("$schema").asText()).as(name).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("$id").asText()).as(name).isEqualTo("https://curveball.dev/schemas/" + name + ".schema.json")
                    .isEqualTo(FileSchema.named(name).id());
            assertThat(schema.path("title").asText()).as(name).isNotBlank();
            assertThat(schema.path("description").asText()).as(name).isNotBlank();
        }
    }

    @Test
    void everySchemaIsAValidDraft202012Schema() {
        Schema metaSchema = SchemaRegistry.withDialect(Dialects.getDraft202012())
                .getSchema(SchemaLocation.of(Dialects.getDraft202012().getId()));
        for (String name : FileSchema.names()) {
            assertThat(metaSchema.validate(document(name))).as(name).isEmpty();
        }
    }

    /** docs/formats.md promises editors without 2020-12 support still complete and check the files. */
    @Test
    void everyKeywordIsOneDraft7EditorsKnowBesidesDefs() {
        Set<String> draft7 = Set.of("$schema", "$id", "$ref", "$defs", "title", "description", "type", "properties", "required",
                "additionalProperties", "items", "const", "enum", "if", "then", "else", "allOf", "anyOf", "oneOf", "not", "contains",
                "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "minLength", "maxLength",
                "pattern", "format", "default", "examples");
        for (String name : FileSchema.names()) {
            Set<String> used = new TreeSet<>();
            keywords(document(name), used);
            assertThat(used).as(name).isSubsetOf(draft7);
        }
    }

    @Test
    void everyPropertyHasADescriptionForEditors() {
        for (String name : FileSchema.names()) {
            List<String> undescribed = new ArrayList<>();
            undescribed(document(name), "", undescribed);
            assertThat(undescribed).as(name + ": properties without a description").isEmpty();
        }
    }

    @Test
    void everyEnumEqualsItsJavaVocabulary() {
        for (String name : FileSchema.names()) {
            document(name).path("$defs").fields().forEachRemaining(def -> {
                if (def.getValue().has("enum")) {
                    assertThat(VOCABULARIES).as(name + ": $defs/" + def.getKey() + " has no Java vocabulary in this test").containsKey(def.getKey());
                    List<String> values = new ArrayList<>();
                    def.getValue().get("enum").forEach(v -> values.add(v.isNull() ? null : v.asText()));
                    assertThat(values).as(name + ": $defs/" + def.getKey()).filteredOn(v -> v != null)
                            .containsExactlyElementsOf(VOCABULARIES.get(def.getKey()));
                }
            });
        }
    }

    /** Fault kinds are plug-ins, so the schema takes any id; it offers the built-in ones to editors. */
    @Test
    void theFaultKindIsOpenAndOffersEveryBuiltInKind() {
        for (String name : List.of("world-tasks", "scenario")) {
            JsonNode kind = document(name).path("$defs").path("faultKind");
            assertThat(kind.has("enum")).as(name).isFalse();
            List<String> examples = new ArrayList<>();
            kind.path("examples").forEach(v -> examples.add(v.asText()));
            assertThat(examples).as(name).containsExactlyElementsOf(FaultInjectors.ids());
        }
    }

    @Test
    void everyObjectListsExactlyTheFieldsOfItsRecord() throws ClassNotFoundException {
        assertThat(RECORDS.keySet()).containsExactlyInAnyOrderElementsOf(FileSchema.names());
        for (Map.Entry<String, Map<String, String>> schema : RECORDS.entrySet()) {
            for (Map.Entry<String, String> object : schema.getValue().entrySet()) {
                Class<?> record = Class.forName("dev.curveball.core." + object.getValue());
                List<String> fields = new ArrayList<>(Arrays.stream(record.getRecordComponents())
                        .map(c -> new PropertyNamingStrategies.SnakeCaseStrategy().translate(c.getName())).toList());
                if (Expectation.class.isAssignableFrom(record)) {
                    fields.add("check");
                }
                if (ToolBehaviour.class.isAssignableFrom(record)) {
                    fields.add("kind");
                }
                JsonNode properties = document(schema.getKey()).at(object.getKey()).path("properties");
                List<String> listed = new ArrayList<>();
                properties.fieldNames().forEachRemaining(listed::add);
                assertThat(new TreeSet<>(listed)).as(schema.getKey() + "#" + object.getKey())
                        .containsExactlyElementsOf(new TreeSet<>(fields));
                document(schema.getKey()).at(object.getKey()).path("required")
                        .forEach(r -> assertThat(fields).as(schema.getKey() + "#" + object.getKey()).contains(r.asText()));
            }
        }
    }

    @Test
    void definitionsSharedBetweenSchemasAreIdentical() {
        Map<String, JsonNode> seen = new HashMap<>();
        Map<String, String> where = new HashMap<>();
        for (String name : FileSchema.names()) {
            document(name).path("$defs").fields().forEachRemaining(def -> {
                JsonNode earlier = seen.putIfAbsent(def.getKey(), def.getValue());
                where.putIfAbsent(def.getKey(), name);
                if (earlier != null) {
                    assertThat(def.getValue()).as("$defs/" + def.getKey() + " of " + name + " and of " + where.get(def.getKey())).isEqualTo(earlier);
                }
            });
        }
    }

    @Test
    void everyBundledPersonaFitsThePersonaSchema() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("personas"))) {
            List<Path> personas = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertThat(personas).isNotEmpty();
            for (Path persona : personas) {
                Yaml.check(persona.toString(), Files.readString(persona), FileSchema.named("persona"));
            }
        }
    }

    @Test
    void theDemoWorldFitsItsSchemas() throws IOException {
        Path acme = ROOT.resolve("examples/acme-support");
        Map<String, String> schemas = Map.of("world.yaml", "world", "data.yaml", "world-data", "documents.yaml", "world-documents",
                "tasks.yaml", "world-tasks");
        for (Map.Entry<String, String> file : schemas.entrySet()) {
            Path path = acme.resolve(file.getKey());
            Yaml.check(path.toString(), Files.readString(path), FileSchema.named(file.getValue()));
        }
    }

    @Test
    void theStarterSuiteFitsItsSchemas() throws IOException {
        Path starter = ROOT.resolve("examples/starter-suite");
        Map<String, String> schemas = Map.of("curveball.yaml", "suite-config", "world/world.yaml", "world", "world/data.yaml", "world-data",
                "world/documents.yaml", "world-documents", "world/tasks.yaml", "world-tasks",
                "personas/hurried-texter.yaml", "persona", "personas/old-policy-quoter.yaml", "persona");
        for (Map.Entry<String, String> file : schemas.entrySet()) {
            Path path = starter.resolve(file.getKey());
            Yaml.check(path.toString(), Files.readString(path), FileSchema.named(file.getValue()));
        }
    }

    @Test
    void theGoldenScenariosFitTheScenarioSchema() {
        Path golden = ROOT.resolve("generator/src/test/resources/golden/acme-support-seed42.jsonl");
        assertThat(Jsonl.read(golden, Scenario.class, FileSchema.named("scenario"))).hasSizeGreaterThan(10);
    }

    @Test
    void anUnknownSchemaNameSuggestsTheNearest() {
        assertThatThrownBy(() -> FileSchema.named("personas"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown schema 'personas' (did you mean 'persona'?)");
    }

    private static JsonNode document(String name) {
        try {
            return Json.mapper().readTree(FileSchema.named(name).text());
        } catch (IOException e) {
            throw new AssertionError(name, e);
        }
    }

    /** Every keyword of a schema, skipping the names under properties and $defs (they are not keywords). */
    private static void keywords(JsonNode schema, Set<String> out) {
        if (schema.isArray()) {
            schema.forEach(item -> keywords(item, out));
        }
        if (!schema.isObject()) {
            return;
        }
        schema.fields().forEachRemaining(field -> {
            out.add(field.getKey());
            if (field.getKey().equals("properties") || field.getKey().equals("$defs")) {
                field.getValue().forEach(child -> keywords(child, out));
            } else if (!field.getKey().equals("enum") && !field.getKey().equals("const")) {
                keywords(field.getValue(), out);
            }
        });
    }

    /** Properties without a description; the {@code if}/{@code then} of conditional rules only restate constraints. */
    private static void undescribed(JsonNode schema, String at, List<String> out) {
        schema.path("properties").fields().forEachRemaining(p -> {
            if (!p.getValue().has("description")) {
                out.add(at + "/properties/" + p.getKey());
            }
            undescribed(p.getValue(), at + "/properties/" + p.getKey(), out);
        });
        schema.path("$defs").fields().forEachRemaining(d -> undescribed(d.getValue(), at + "/$defs/" + d.getKey(), out));
        for (String keyword : List.of("items", "additionalProperties", "contains", "not")) {
            if (schema.path(keyword).isObject()) {
                undescribed(schema.get(keyword), at + "/" + keyword, out);
            }
        }
    }

    private static Map<String, String> withExpectations(Map<String, String> objects) {
        Map<String, String> all = new HashMap<>(objects);
        all.put("/$defs/retryLimit", "scenario.Expectation$RetryLimit");
        all.put("/$defs/costBudget", "scenario.Expectation$CostBudget");
        all.put("/$defs/toolCallBudget", "scenario.Expectation$ToolCallBudget");
        all.put("/$defs/currentDocument", "scenario.Expectation$CurrentDocument");
        all.put("/$defs/finalState", "scenario.Expectation$FinalState");
        all.put("/$defs/checkWith", "scenario.Expectation$Custom");
        return all;
    }
}

package dev.curveball.results.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.category.Category;
import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.FileSchema;
import dev.curveball.core.io.InputFiles;
import dev.curveball.core.io.Json;
import dev.curveball.core.io.Yaml;
import dev.curveball.core.reading.OfflineReplyReader;
import dev.curveball.core.reading.ReadingContext;
import dev.curveball.core.reading.ReplyReader;
import dev.curveball.core.scenario.Incident;
import dev.curveball.core.scenario.RecordedTurn;
import dev.curveball.core.scenario.Replay;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.world.FaultKind;
import dev.curveball.core.world.FaultSpec;
import dev.curveball.core.world.ToolDefinition;
import dev.curveball.core.world.World;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code curveball golden import-incident FILE --world DIR} as a library call: a production
 * transcript ({@link Incident}) becomes a golden case. The user's messages are the recorded script
 * (each with what the assistant's reply before it did, read by the offline reply reader); each
 * tool answer becomes a {@code recorded-answer} fault on that tool's call of that number, so the
 * world answers the replayed agent as production answered; the failure is kept as the case's
 * source (its check, when it names one, must be a check the judge runs). Tools the world lacks, an
 * answer to a call never made and an unknown check are bad input named by file, line and column.
 *
 * <pre>{@code IncidentImport.Result r = IncidentImport.read(Path.of("incidents/inc-2291.json"), world, checks, "impatient-one-liner", Instant.now());}</pre>
 */
public final class IncidentImport {
    /** Who plays the user once the replayed agent answers differently from production, unless told otherwise. */
    public static final String DEFAULT_PERSONA = "impatient-one-liner";
    static final int MAX_TURNS_SLACK = 2;

    private final Path file;
    private final String text;
    private final World world;

    /** The case and what the import could not carry over. */
    public record Result(Scenario goldenCase, List<String> notes) {
    }

    /** What adding the incident to a golden folder did: the case written, or the case the folder already held. */
    public record Added(Scenario goldenCase, Optional<Path> file, Optional<String> duplicateOf, List<String> notes) {
    }

    /**
     * {@code curveball golden import-incident FILE --world DIR --to GOLDEN}: the incident as a new
     * case of the golden folder {@code to}, unless the folder holds the same case already.
     */
    public static Added into(Path to, Path file, World world, List<String> checks, String persona, Instant now) {
        Result result = read(file, world, checks, persona, now);
        GoldenFolder folder = GoldenFolder.at(to);
        List<Scenario> held = folder.read();
        String fingerprint = CaseFingerprint.of(result.goldenCase());
        Optional<String> existing = held.stream().filter(c -> CaseFingerprint.of(c).equals(fingerprint)).map(Scenario::id).findFirst();
        if (existing.isPresent()) {
            return new Added(result.goldenCase(), Optional.empty(), existing, result.notes());
        }
        Scenario goldenCase = result.goldenCase().toBuilder().id(folder.nextId(held)).build();
        return new Added(goldenCase, Optional.of(folder.write(goldenCase)), Optional.empty(), result.notes());
    }

    private IncidentImport(Path file, String text, World world) {
        this.file = file;
        this.text = text;
        this.world = world;
    }

    public static Result read(Path file, World world, List<String> checks, String persona, Instant now) {
        String text = InputFiles.text(file, InputFiles.MAX_YAML_BYTES);
        Incident incident = Yaml.read(file.toString(), text, Incident.class, FileSchema.named("incident"));
        return new IncidentImport(file, text, world).toCase(incident, checks, persona, now);
    }

    private Result toCase(Incident incident, List<String> checks, String persona, Instant now) {
        List<String> notes = new ArrayList<>();
        if (incident.world() != null && !incident.world().equals(world.name())) {
            throw bad("world", "the incident is of world '" + incident.world() + "', but --world is '" + world.name() + "'");
        }
        if (incident.messages().isEmpty() || !"user".equals(incident.messages().get(0).role())) {
            throw bad("messages[0].role", "the conversation must start with a user message");
        }
        String check = incident.failure().check();
        if (check != null && !checks.contains(check)) {
            throw bad("failure.check", Vocabulary.unknown("check", check, checks));
        }
        if (check == null) {
            notes.add("the incident names no check that fails on it, so the case is judged by the checks every conversation gets;"
                    + " name one in failure.check to say which should fail");
        }
        List<RecordedTurn> script = script(incident);
        List<FaultSpec> faults = faults(incident);
        String id = incident.id() == null ? file.getFileName().toString().replaceFirst("\\.[^.]*$", "") : incident.id();
        List<Resolution> outcome = incident.outcome().isEmpty() ? List.of(inferredOutcome(incident, notes)) : incident.outcome();
        Task task = new Task("incident-" + id, "incident", incident.failure().description(), Map.of(), List.of(), outcome, null);
        Replay.Source source = new Replay.Source(file.toString(), id, now, Replay.Reason.INCIDENT,
                (check == null ? "" : check + ": ") + incident.failure().description());
        List<Category> tags = incident.tags();
        Scenario goldenCase = Scenario.builder().id("pending").seed(0).world(world.name()).persona(persona).task(task)
                .user(incident.user()).opening(script.get(0).text()).faultProfile("recorded").faults(faults)
                .tags(tags).dimensions(tags.stream().map(Category::dimension).distinct().sorted().toList())
                .maxTurns(script.size() + MAX_TURNS_SLACK).replay(new Replay(script, source)).build();
        return new Result(goldenCase, List.copyOf(notes));
    }

    /** The user's turns, each with the reading of the assistant text said since the user's previous turn. */
    private List<RecordedTurn> script(Incident incident) {
        ReplyReader reader = new OfflineReplyReader();
        List<RecordedTurn> turns = new ArrayList<>();
        List<ChatMessage> earlier = new ArrayList<>();
        StringBuilder reply = new StringBuilder();
        for (Incident.Message message : incident.messages()) {
            if ("assistant".equals(message.role()) && message.content() != null && !message.content().isBlank()) {
                reply.append(reply.length() == 0 ? "" : "\n").append(message.content());
            } else if ("user".equals(message.role())) {
                String said = Optional.ofNullable(message.content()).orElse("");
                if (turns.isEmpty()) {
                    turns.add(new RecordedTurn(List.of(), said, null, null));
                } else {
                    String answered = reply.toString();
                    var reading = reader.read(answered, new ReadingContext(world, incident.user().id(), earlier));
                    earlier.add(ChatMessage.assistant(answered));
                    turns.add(new RecordedTurn(reading.acts(), said, null, null));
                }
                earlier.add(ChatMessage.user(said));
                reply.setLength(0);
            }
        }
        return turns;
    }

    /** One recorded-answer fault per answered call: on the n-th call of its tool, what production answered. */
    private List<FaultSpec> faults(Incident incident) {
        Map<String, String> toolOfCall = new HashMap<>();
        Map<String, Integer> numberOfCall = new HashMap<>();
        Map<String, Integer> callsPerTool = new HashMap<>();
        List<FaultSpec> faults = new ArrayList<>();
        for (int i = 0; i < incident.messages().size(); i++) {
            Incident.Message message = incident.messages().get(i);
            for (int j = 0; j < message.toolCalls().size(); j++) {
                Incident.ToolCall call = message.toolCalls().get(j);
                if (world.tool(call.name()).isEmpty()) {
                    throw bad("messages[" + i + "].tool_calls[" + j + "].name", Vocabulary.unknown("tool", call.name(), world.toolNames()));
                }
                toolOfCall.put(call.id(), call.name());
                numberOfCall.put(call.id(), callsPerTool.merge(call.name(), 1, Integer::sum));
            }
            if ("tool".equals(message.role())) {
                String tool = toolOfCall.get(message.toolCallId());
                if (tool == null) {
                    throw bad("messages[" + i + "].tool_call_id", "answers call '" + message.toolCallId()
                            + "', which no assistant message before it made");
                }
                faults.add(new FaultSpec(tool, List.of(numberOfCall.get(message.toolCallId())), FaultKind.fromId("recorded-answer"),
                        null, null, recorded(message)));
            }
        }
        return faults;
    }

    /** {@code {status, body}} for a 2xx answer (plain text kept as {@code {text}}), {@code {status, error}} otherwise. */
    private static ObjectNode recorded(Incident.Message answer) {
        int status = answer.status() == null ? 200 : answer.status();
        String content = answer.content() == null ? "" : answer.content();
        JsonNode parsed = parsed(content);
        ObjectNode params = Json.object().put("status", status);
        if (status < 400) {
            params.set("body", parsed != null && parsed.isObject() ? parsed : Json.object().put("text", content));
        } else {
            String error = parsed != null && parsed.path("error").isTextual() ? parsed.get("error").asText() : content;
            params.put("error", error.isBlank() ? "HTTP " + status : error);
        }
        return params;
    }

    private static JsonNode parsed(String content) {
        try {
            return Json.mapper().readTree(content);
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * Without an {@code outcome}: the last high-impact action the assistant took, done on the id it
     * named, as what the user came for; with none, declining the world's first high-impact action.
     */
    private Resolution inferredOutcome(Incident incident, List<String> notes) {
        Resolution inferred = null;
        for (Incident.Message message : incident.messages()) {
            for (Incident.ToolCall call : message.toolCalls()) {
                if (world.tool(call.name()).map(ToolDefinition::highImpact).orElse(false)) {
                    inferred = Resolution.done(call.name(), entity(call.arguments()));
                }
            }
        }
        if (inferred == null) {
            String tool = world.toolNames().stream().filter(t -> world.tool(t).map(ToolDefinition::highImpact).orElse(false))
                    .findFirst().orElse(world.toolNames().get(0));
            inferred = Resolution.declined(tool, null);
        }
        notes.add("the incident gives no outcome, so the case takes '" + Json.write(inferred)
                + "' (or a hand-off, or an honest failure) as the user's; give 'outcome' to say what would have satisfied them");
        return inferred;
    }

    /** The first argument named like an id ({@code order_id}), as the record the action was on. */
    private static String entity(JsonNode arguments) {
        JsonNode args = arguments != null && arguments.isTextual() ? parsed(arguments.asText()) : arguments;
        if (args == null || !args.isObject()) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = args.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().endsWith("_id") && field.getValue().isTextual()) {
                return field.getValue().asText();
            }
        }
        return null;
    }

    private CurveballException bad(String path, String message) {
        return CurveballException.invalidInput(Yaml.where(file.toString(), text, path) + ": field '" + path + "': " + message);
    }
}

package dev.curveball.core.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.model.ModelClient;
import dev.curveball.core.model.ModelFailure;
import dev.curveball.core.model.ModelMessage;
import dev.curveball.core.model.ModelReply;
import dev.curveball.core.model.ModelRequest;
import dev.curveball.core.model.PromptTemplate;
import dev.curveball.core.model.ResponseSchema;
import dev.curveball.core.model.ResponseSchemas;
import dev.curveball.core.world.Table;
import dev.curveball.core.world.ToolDefinition;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a reply through a model, with structured output (the acts of docs/reply-reading.md as
 * JSON), and falls back to another reader (the offline one) when the model fails, answers
 * something that breaks the schema, or names a tool the world lacks. A quote the model gives that
 * is not in the reply (after case and space folding) is dropped, so evidence always comes from
 * the transcript. The reply is handed to the model delimited and marked as data, never as
 * instructions.
 *
 * <pre>{@code ReplyReader reader = new ModelReplyReader(model, new OfflineReplyReader());
 * reader.read("Refund RF-0001 for A-5001 is through.", context)   // done issue_refund A-5001, read by the model}</pre>
 */
public final class ModelReplyReader implements ReplyReader {
    private static final PromptTemplate SYSTEM = PromptTemplate.resource("curveball/prompts/reply-reader.md");
    private static final ResponseSchema SCHEMA = ResponseSchemas.resource("reply_reading", "curveball/prompts/reply-reading.schema.json");
    private static final int MAX_OUTPUT_TOKENS = 1200;

    private final ModelClient model;
    private final ReplyReader fallback;

    public ModelReplyReader(ModelClient model, ReplyReader fallback) {
        this.model = model;
        this.fallback = fallback;
    }

    @Override
    public String id() {
        return model.spec().toString();
    }

    @Override
    public ReplyReading read(String reply, ReadingContext context) {
        try {
            ModelReply answer = model.complete(new ModelRequest("reply reader", List.of(
                    ModelMessage.system(SYSTEM.fill(slots(context))), ModelMessage.user(userMessage(reply, context))),
                    0.0, MAX_OUTPUT_TOKENS, SCHEMA, 0L));
            ResponseSchema.SchemaCheck check = SCHEMA.check(answer.text());
            if (!check.conforms()) {
                return fellBack(reply, context, "its answer broke the schema: " + String.join("; ", check.problems()));
            }
            List<Act> acts = new ArrayList<>();
            for (JsonNode a : check.value().path("acts")) {
                String tool = text(a, "tool");
                if (tool != null && context.world().tool(tool).isEmpty()) {
                    return fellBack(reply, context, "it named a tool the world lacks: " + tool);
                }
                String quote = text(a, "quote");
                acts.add(new Act(ActKind.fromId(a.path("act").asText()), tool, text(a, "entity"), text(a, "field"), text(a, "value"),
                        quote != null && fold(reply).contains(fold(quote)) ? quote : null));
            }
            acts.removeIf(a -> a.is(ActKind.ADDRESSES_EVALUATOR));
            acts.addAll(EvaluatorAddress.read(reply)); // who a reply speaks to is read from its grammar, never by a model the reply may be addressing
            return new ReplyReading(acts, id());
        } catch (ModelFailure e) {
            return fellBack(reply, context, e.getMessage());
        }
    }

    private ReplyReading fellBack(String reply, ReadingContext context, String why) {
        ReplyReading offline = fallback.read(reply, context);
        return new ReplyReading(offline.acts(), fallback.id() + " (" + id() + " failed: " + why.lines().findFirst().orElse("") + ")");
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNull() || v.isMissingNode() || v.asText().isBlank() ? null : v.asText();
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static Map<String, String> slots(ReadingContext context) {
        World world = context.world();
        StringBuilder tools = new StringBuilder();
        for (ToolDefinition t : world.tools()) {
            tools.append("- ").append(t.name()).append(": ").append(t.description()).append('\n');
        }
        StringBuilder tables = new StringBuilder();
        StringBuilder records = new StringBuilder();
        for (Map.Entry<String, Table> t : new TreeMap<>(world.tables()).entrySet()) {
            Table table = t.getValue();
            List<String> columns = new ArrayList<>();
            table.rows().forEach(row -> row.fieldNames().forEachRemaining(c -> {
                if (!columns.contains(c)) {
                    columns.add(c);
                }
            }));
            tables.append("- ").append(t.getKey()).append(" (key ").append(table.key()).append("): ").append(String.join(", ", columns)).append('\n');
            for (ObjectNode row : table.rows()) {
                StringBuilder line = new StringBuilder("- ").append(t.getKey()).append(' ').append(row.path(table.key()).asText());
                table.ownerOf(row).ifPresent(o -> line.append(", of ").append(o));
                table.identifying().forEach(c -> line.append(", ").append(c).append(": ").append(row.path(c).asText()));
                records.append(line).append('\n');
            }
        }
        return Map.of("tools", tools.toString().strip(), "tables", tables.toString().strip(), "records", records.toString().strip(),
                "user", context.subject(), "today", world.today().toString());
    }

    private static String userMessage(String reply, ReadingContext context) {
        StringBuilder out = new StringBuilder("<conversation untrusted=\"true\">\n");
        for (ChatMessage m : context.earlier()) {
            out.append(m.role()).append(": ").append(m.content().replace("</", "< /")).append('\n');
        }
        out.append("</conversation>\n<reply untrusted=\"true\">\n").append(reply.replace("</", "< /")).append("\n</reply>\n");
        return out.append("Read the reply above and answer with its acts as JSON.").toString();
    }
}

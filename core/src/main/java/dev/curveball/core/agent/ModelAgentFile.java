package dev.curveball.core.agent;

import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.FileSchema;
import dev.curveball.core.io.InputFiles;
import dev.curveball.core.io.Yaml;
import dev.curveball.core.model.ModelSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A hosted model agent's file, read and checked: its fields ({@link ModelAgentConfig}), the model
 * they name and the system prompt's text, read from the file {@code system_prompt} names (relative
 * to the agent file's folder). Every error names the file, line and field, and exits 2.
 *
 * <pre>{@code ModelAgentFile agent = ModelAgentFile.read(Path.of("agents/gpt4o-v2.yaml"));
 * agent.id()                                  // "gpt4o-v2" unless the file sets id
 * agent.requireTools(world.toolNames(), "acme-support");
 * // agents/gpt4o-v2.yaml:9:17: field 'tools': unknown tool 'lookup_custmer' (did you mean 'lookup_customer'?) ...}</pre>
 */
public record ModelAgentFile(Path file, String text, ModelAgentConfig values, ModelSpec model, String systemPrompt) {
    /** The shipped JSON Schema the file is checked against ({@code agent.schema.json}). */
    public static final String SCHEMA = "agent";
    /** The largest system prompt file read: far more than any model's context. */
    public static final int MAX_PROMPT_BYTES = 1 << 20;

    /** Whether {@code spec} (an {@code --agent} value) names an agent file rather than a URL or an agent's name. */
    public static boolean named(String spec) {
        String lower = spec.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".yaml") || lower.endsWith(".yml")) && !lower.startsWith("http://") && !lower.startsWith("https://");
    }

    public static ModelAgentFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw CurveballException.invalidInput("--agent " + file + ": " + (Files.isDirectory(file) ? "is a directory" : "no such file")
                    + "; expected an agent file (YAML with model and system_prompt, see docs/model-agents.md)");
        }
        String text = InputFiles.text(file, InputFiles.MAX_YAML_BYTES);
        ModelAgentConfig values = Yaml.read(file.toString(), text, ModelAgentConfig.class, FileSchema.named(SCHEMA));
        ModelSpec model = model(file, text, values);
        rejectRepeatedTools(file, text, values);
        return new ModelAgentFile(file, text, values, model, prompt(file, text, values));
    }

    /** What the manifest and traces record: the file's {@code id}, else its name without {@code .yaml}. */
    public String id() {
        if (values.id() != null) {
            return values.id();
        }
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** The file's {@code name}, else its id. */
    public String label() {
        return values.name() != null ? values.name() : id();
    }

    /** The folder {@code system_prompt} is relative to. */
    public Path folder() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("") : parent;
    }

    /** {@code file:line:column} of a field (such as {@code tools[2]}), for errors about its value. */
    public String where(String field) {
        return Yaml.where(file.toString(), text, field);
    }

    /** Fails naming the file, line and field when {@code tools} lists a name {@code world} does not declare. */
    public void requireTools(Collection<String> worldTools, String world) {
        if (!values.toolSubset()) {
            return;
        }
        List<String> tools = values.tools();
        for (int i = 0; i < tools.size(); i++) {
            if (!worldTools.contains(tools.get(i))) {
                throw CurveballException.invalidInput(where("tools[" + i + "]") + ": field 'tools': "
                        + Vocabulary.unknown("tool", tools.get(i), worldTools) + "; the world '" + world + "' declares: "
                        + String.join(", ", worldTools));
            }
        }
    }

    private static ModelSpec model(Path file, String text, ModelAgentConfig values) {
        try {
            return ModelSpec.parse(values.model());
        } catch (CurveballException e) {
            throw CurveballException.invalidInput(Yaml.where(file.toString(), text, "model") + ": field 'model': " + e.getMessage(), e);
        }
    }

    private static void rejectRepeatedTools(Path file, String text, ModelAgentConfig values) {
        if (!values.toolSubset()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.tools().size(); i++) {
            if (!seen.add(values.tools().get(i))) {
                throw CurveballException.invalidInput(Yaml.where(file.toString(), text, "tools[" + i + "]") + ": field 'tools': '"
                        + values.tools().get(i) + "' is listed twice");
            }
        }
    }

    private static String prompt(Path file, String text, ModelAgentConfig values) {
        String where = Yaml.where(file.toString(), text, "system_prompt") + ": field 'system_prompt': ";
        Path folder = file.toAbsolutePath().getParent();
        Path prompt = (folder == null ? Path.of("") : folder).resolve(values.systemPrompt()).normalize();
        if (!Files.isRegularFile(prompt)) {
            throw CurveballException.invalidInput(where + "no such file '" + values.systemPrompt() + "' (looked for " + prompt
                    + "; the path is relative to the agent file's folder)");
        }
        String content;
        try {
            content = InputFiles.text(prompt, MAX_PROMPT_BYTES);
        } catch (CurveballException e) {
            throw CurveballException.invalidInput(where + e.getMessage(), e);
        }
        if (content.isBlank()) {
            throw CurveballException.invalidInput(where + prompt + " is empty; write the agent's instructions in it");
        }
        return content.strip();
    }
}

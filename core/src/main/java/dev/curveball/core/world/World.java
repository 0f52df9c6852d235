package dev.curveball.core.world;

import dev.curveball.core.error.Require;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A simulated business world: tools with declarative behaviour, data tables, versioned documents,
 * a fixed clock, restricted fields, task seeds and fault profiles, the rules of its current policy
 * that forbid actions ({@code policies}), and words its columns are also spoken of with
 * ({@code synonyms}, for the reply reader), and the rubric criteria every task is graded on beyond
 * the judge's defaults ({@code rubric}, from {@code tasks.yaml}). Assembled by the world loader
 * from the YAML files of a world directory.
 *
 * <pre>{@code World w = WorldLoader.load(Path.of("examples/acme-support"));
 * w.tool("issue_refund").orElseThrow().highImpact();}</pre>
 */
public record World(
        String name,
        String description,
        LocalDate today,
        Subject subject,
        Map<String, String> settings,
        List<ToolDefinition> tools,
        Map<String, Table> tables,
        List<Document> documents,
        List<RestrictedField> restricted,
        List<FaultProfile> faultProfiles,
        List<TaskSeed> tasks,
        Map<String, List<String>> synonyms,
        List<PolicyRule> policies,
        List<Criterion> rubric) {

    public World {
        Require.text(name, "name");
        Require.present(today, "today");
        Require.present(subject, "subject");
        settings = Map.copyOf(settings == null ? Map.of() : settings);
        tools = List.copyOf(Require.nonEmpty(tools, "tools"));
        tables = Map.copyOf(tables == null ? Map.of() : tables);
        documents = List.copyOf(documents == null ? List.of() : documents);
        restricted = List.copyOf(restricted == null ? List.of() : restricted);
        faultProfiles = List.copyOf(faultProfiles == null ? List.of() : faultProfiles);
        tasks = List.copyOf(tasks == null ? List.of() : tasks);
        description = description == null ? "" : description;
        synonyms = Map.copyOf(synonyms == null ? Map.of() : synonyms);
        policies = List.copyOf(policies == null ? List.of() : policies);
        rubric = List.copyOf(rubric == null ? List.of() : rubric);
    }

    /** A world without rubric criteria of its own (the judge's defaults apply). */
    public World(String name, String description, LocalDate today, Subject subject, Map<String, String> settings,
                 List<ToolDefinition> tools, Map<String, Table> tables, List<Document> documents, List<RestrictedField> restricted,
                 List<FaultProfile> faultProfiles, List<TaskSeed> tasks, Map<String, List<String>> synonyms, List<PolicyRule> policies) {
        this(name, description, today, subject, settings, tools, tables, documents, restricted, faultProfiles, tasks, synonyms,
                policies, List.of());
    }

    public Optional<TaskSeed> task(String taskId) {
        return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
    }

    public Optional<ToolDefinition> tool(String toolName) {
        return tools.stream().filter(t -> t.name().equals(toolName)).findFirst();
    }

    public Optional<Table> table(String tableName) {
        return Optional.ofNullable(tables.get(tableName));
    }

    public List<String> toolNames() {
        return tools.stream().map(ToolDefinition::name).toList();
    }
}

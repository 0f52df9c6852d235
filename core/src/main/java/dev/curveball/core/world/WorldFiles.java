package dev.curveball.core.world;

import java.util.List;
import java.util.Map;

/** The shapes of the YAML files of a world directory, as read before they are joined into a {@link World}. */
final class WorldFiles {
    private WorldFiles() {
    }

    /** {@code world.yaml}: identity, clock, who the agent acts for, tools, restricted fields, policy rules, synonyms. */
    record WorldFile(
            String name,
            String description,
            java.time.LocalDate today,
            Subject subject,
            Map<String, String> settings,
            List<ToolDefinition> tools,
            List<RestrictedField> restricted,
            List<PolicyRule> policies,
            Map<String, List<String>> synonyms) {
    }

    /** {@code data.yaml}: the tables. */
    record DataFile(Map<String, Table> tables) {
    }

    /** {@code documents.yaml}: versioned documents. */
    record DocumentsFile(List<Document> documents) {
    }

    /** {@code tasks.yaml}: task seeds and fault profiles for the generator. */
    record TasksFile(List<FaultProfile> faultProfiles, List<TaskSeed> tasks, List<Criterion> rubric) {
    }
}

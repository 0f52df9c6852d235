package dev.curveball.core.world;

import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.error.CurveballException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks the references between a world's files; every error names the file and the entry. */
final class WorldValidator {
    private WorldValidator() {
    }

    static void validate(World world, String worldFile, String tasksFile) {
        Set<String> tables = world.tables().keySet();
        requireKnown(worldFile, "subject.table", world.subject().table(), tables);
        Set<String> seen = new HashSet<>();
        for (ToolDefinition tool : world.tools()) {
            String where = "tools." + tool.name();
            if (!seen.add(tool.name())) {
                throw error(worldFile, where + ": tool declared twice");
            }
            ToolBehaviour b = tool.behaviour();
            if (b.table() != null) {
                requireKnown(worldFile, where + ".behaviour.table", b.table(), tables);
            }
            if (b.ownedBy() != null) {
                requireKnown(worldFile, where + ".behaviour.owned_by.table", b.ownedBy().table(), tables);
            }
            if (tool.approval() != null) {
                requireKnown(worldFile, where + ".approval.via", tool.approval().via(), world.toolNames());
                if (!tool.highImpact()) {
                    throw error(worldFile, where + ": an approval rule needs high_impact: true");
                }
            }
            tool.claims().forEach(c -> compiles(worldFile, where + ".claims", c));
        }
        for (RestrictedField field : world.restricted()) {
            requireKnown(worldFile, "restricted.table", field.table(), tables);
        }
        validateTasks(world, tasksFile);
    }

    private static void validateTasks(World world, String tasksFile) {
        List<String> profiles = new java.util.ArrayList<>(world.faultProfiles().stream().map(FaultProfile::id).toList());
        profiles.add("none");
        for (FaultProfile profile : world.faultProfiles()) {
            for (FaultSpec fault : profile.faults()) {
                requireKnown(tasksFile, "fault_profiles." + profile.id() + ".faults.tool", fault.tool(), world.toolNames());
            }
        }
        Table subjects = world.tables().get(world.subject().table());
        for (TaskSeed task : world.tasks()) {
            String where = "tasks." + task.id();
            if (subjects.row(task.user()).isEmpty()) {
                throw error(tasksFile, where + ".user: no " + world.subject().role() + " '" + task.user() + "' in table '" + world.subject().table() + "'");
            }
            task.faults().forEach(f -> requireKnown(tasksFile, where + ".faults", f, profiles));
        }
    }

    private static void requireKnown(String file, String field, String value, java.util.Collection<String> known) {
        if (!known.contains(value)) {
            throw error(file, field + ": " + Vocabulary.unknown("name", value, known.stream().sorted().toList()));
        }
    }

    private static void compiles(String file, String field, String regex) {
        try {
            java.util.regex.Pattern.compile(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw error(file, field + ": not a valid regular expression: " + regex);
        }
    }

    private static CurveballException error(String file, String message) {
        return CurveballException.invalidInput(file + ": " + message);
    }
}

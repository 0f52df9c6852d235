package dev.curveball.core.world;

import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.fault.FaultParameters;
import dev.curveball.core.scenario.Resolution;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Checks the references between a world's files; every error names the file, line and column, and
 * the field by its path ({@code tools[2].behaviour.table}). {@code worldAt} and {@code tasksAt} turn
 * such a path into {@code file:line:column}.
 */
final class WorldValidator {
    private WorldValidator() {
    }

    static void validate(World world, UnaryOperator<String> worldAt, UnaryOperator<String> tasksAt) {
        Set<String> tables = world.tables().keySet();
        requireKnown(worldAt, "subject.table", "table", world.subject().table(), tables);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < world.tools().size(); i++) {
            validateTool(world, world.tools().get(i), "tools[" + i + "]", worldAt);
            if (!seen.add(world.tools().get(i).name())) {
                throw error(worldAt, "tools[" + i + "].name", "tool '" + world.tools().get(i).name() + "' is declared twice");
            }
        }
        for (int i = 0; i < world.restricted().size(); i++) {
            requireKnown(worldAt, "restricted[" + i + "].table", "table", world.restricted().get(i).table(), tables);
        }
        for (int i = 0; i < world.policies().size(); i++) {
            validatePolicy(world, world.policies().get(i), "policies[" + i + "]", worldAt);
        }
        validateTasks(world, tasksAt);
    }

    private static void validatePolicy(World world, PolicyRule rule, String where, UnaryOperator<String> worldAt) {
        requireKnown(worldAt, where + ".tool", "tool", rule.tool(), world.toolNames());
        requireKnown(worldAt, where + ".table", "table", rule.table(), world.tables().keySet());
        ToolDefinition tool = world.tool(rule.tool()).orElseThrow();
        List<String> arguments = new ArrayList<>();
        tool.parameters().path("properties").fieldNames().forEachRemaining(arguments::add);
        requireKnown(worldAt, where + ".argument", "argument of " + rule.tool(), rule.argument(), arguments);
        requireKnown(worldAt, where + ".when.field", "column of " + rule.table(), rule.when().field(), columns(world.tables().get(rule.table())));
        if (rule.document() != null) {
            requireKnown(worldAt, where + ".document", "document", rule.document(), world.documents().stream().map(Document::docId).distinct().toList());
        }
    }

    private static void validateOutcome(World world, Resolution outcome, String where, UnaryOperator<String> tasksAt) {
        if (outcome.kind() == Resolution.Kind.ANSWERED) {
            Set<String> all = new java.util.TreeSet<>();
            world.tables().values().forEach(t -> all.addAll(columns(t)));
            requireKnown(tasksAt, where + ".answered", "column", outcome.answered(), all);
        } else {
            requireKnown(tasksAt, where + "." + outcome.kind().name().toLowerCase(java.util.Locale.ROOT), "tool", outcome.subject(), world.toolNames());
        }
        for (int r = 0; r < outcome.requires().size(); r++) {
            requireKnown(tasksAt, where + ".requires[" + r + "]", "tool", outcome.requires().get(r), world.toolNames());
        }
        if (outcome.entity() != null && world.tables().values().stream().noneMatch(t -> t.row(outcome.entity()).isPresent())) {
            throw error(tasksAt, where + ".entity", "no table of the world has a record '" + outcome.entity() + "'");
        }
    }

    private static Set<String> columns(Table table) {
        Set<String> columns = new java.util.TreeSet<>();
        table.rows().forEach(r -> r.fieldNames().forEachRemaining(columns::add));
        return columns;
    }

    private static void validateTool(World world, ToolDefinition tool, String where, UnaryOperator<String> worldAt) {
        Set<String> tables = world.tables().keySet();
        if (tool.behaviour() instanceof ToolBehaviour.TableRead read) {
            requireKnown(worldAt, where + ".behaviour.table", "table", read.table(), tables);
        }
        if (tool.behaviour() instanceof ToolBehaviour.RecordAction record && record.ownedBy() != null) {
            requireKnown(worldAt, where + ".behaviour.owned_by.table", "table", record.ownedBy().table(), tables);
        }
        if (tool.approval() != null) {
            requireKnown(worldAt, where + ".approval.via", "tool", tool.approval().via(), world.toolNames());
            if (!tool.highImpact()) {
                throw error(worldAt, where + ".approval", "an approval rule needs high_impact: true on the tool");
            }
        }
    }

    private static void validateTasks(World world, UnaryOperator<String> tasksAt) {
        List<String> profiles = new ArrayList<>(world.faultProfiles().stream().map(FaultProfile::id).toList());
        profiles.add("none");
        for (int p = 0; p < world.faultProfiles().size(); p++) {
            List<FaultSpec> faults = world.faultProfiles().get(p).faults();
            for (int f = 0; f < faults.size(); f++) {
                String where = "fault_profiles[" + p + "].faults[" + f + "]";
                FaultSpec fault = faults.get(f);
                requireKnown(tasksAt, where + ".tool", "tool", fault.tool(), world.toolNames());
                if (fault.kind().injector().suppressesEffect()
                        && !(world.tool(fault.tool()).orElseThrow().behaviour() instanceof ToolBehaviour.RecordAction)) {
                    // A dropped write on a tool that writes nothing would inject no fault at all.
                    throw error(tasksAt, where + ".kind", "a " + fault.kind().id() + " fault drops a write, and tool '" + fault.tool()
                            + "' writes nothing (only a tool whose behaviour is 'record' does)");
                }
                for (FaultParameters.ToolReference named : fault.kind().injector().toolReferences(fault.parameters())) {
                    requireKnown(tasksAt, where + "." + named.field(), "tool", named.tool(), world.toolNames());
                }
            }
        }
        Table subjects = world.tables().get(world.subject().table());
        List<String> users = subjects.rows().stream().map(r -> r.path(subjects.key()).asText()).toList();
        for (int t = 0; t < world.tasks().size(); t++) {
            TaskSeed task = world.tasks().get(t);
            String where = "tasks[" + t + "]";
            requireKnown(tasksAt, where + ".user", world.subject().role(), task.user(), users);
            for (int f = 0; f < task.faults().size(); f++) {
                requireKnown(tasksAt, where + ".faults[" + f + "]", "fault profile", task.faults().get(f), profiles);
            }
            for (int o = 0; o < task.outcome().size(); o++) {
                validateOutcome(world, task.outcome().get(o), where + ".outcome[" + o + "]", tasksAt);
            }
        }
    }

    private static void requireKnown(UnaryOperator<String> at, String field, String what, String value, Collection<String> known) {
        if (!known.contains(value)) {
            throw error(at, field, Vocabulary.unknown(what, value, known.stream().sorted().toList()));
        }
    }


    private static CurveballException error(UnaryOperator<String> at, String field, String message) {
        return CurveballException.invalidInput(at.apply(field) + ": field '" + field + "': " + message);
    }
}

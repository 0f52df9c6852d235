package dev.curveball.results.gate;

import dev.curveball.core.category.Category;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.world.FaultKind;
import dev.curveball.core.world.FaultProfile;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.ToolBehaviour;
import dev.curveball.core.world.ToolDefinition;
import dev.curveball.core.world.World;
import java.util.List;
import java.util.Optional;

/**
 * The case to add so a tag gets exercised, derived from the world: what in it already brings the
 * tag (then the suite was too short or picked otherwise), else the fault kind that brings it and a
 * tool of the world it fits, else the kind of file to tag. Without the world, the same in general terms.
 */
final class TagSuggestions {
    private final Optional<World> world;
    private final List<Persona> personas;

    TagSuggestions(Optional<World> world, List<Persona> personas) {
        this.world = world;
        this.personas = List.copyOf(personas);
    }

    String next(Category tag) {
        return alreadyBrought(tag).orElseGet(() -> newCase(tag));
    }

    /** What of the world or the personas brings the tag already: more scenarios, or another seed, reach it. */
    private Optional<String> alreadyBrought(Category tag) {
        if (world.isEmpty()) {
            return Optional.empty();
        }
        World w = world.get();
        for (FaultProfile profile : w.faultProfiles()) {
            if (profile.tags().contains(tag) || profile.faults().stream().anyMatch(f -> f.kind().categories().contains(tag))) {
                List<String> tasks = w.tasks().stream().filter(t -> t.faults().contains(profile.id())).map(TaskSeed::id).toList();
                if (!tasks.isEmpty()) {
                    return Optional.of("the world's fault profile `" + profile.id() + "` brings it on task" + (tasks.size() == 1 ? " " : "s ")
                            + code(tasks) + ": generate more scenarios (a larger --count, or another --seed) so one plays it");
                }
                return Optional.of("the world's fault profile `" + profile.id() + "` brings it, but no task lists it: add `"
                        + profile.id() + "` to the `faults` of a task it fits");
            }
        }
        Optional<TaskSeed> task = w.tasks().stream().filter(t -> t.tags().contains(tag)).findFirst();
        if (task.isPresent()) {
            return Optional.of("the world's task `" + task.get().id() + "` brings it: generate more scenarios (a larger --count, or another --seed)");
        }
        return personas.stream().filter(p -> p.tags().contains(tag)).findFirst()
                .map(p -> "persona `" + p.id() + "` brings it: generate with it among the personas, and enough scenarios to pair it with a task");
    }

    private String newCase(Category tag) {
        Optional<FaultKind> kind = FaultKind.all().stream().filter(k -> k.categories().contains(tag)).findFirst();
        if (kind.isPresent()) {
            String tool = toolFor(kind.get()).map(t -> " on tool `" + t + "`").orElse(" on a tool it fits");
            return "add a fault profile with `kind: " + kind.get().id() + "`" + tool + " and list it in the `faults` of a task that calls that tool";
        }
        return switch (tag) {
            case COST -> "tag a task or fault profile `cost`, and give its scenarios a `cost-budget` expectation the agent can exceed";
            case LATENCY -> "tag a task `latency` (no check judges latency yet: each reply's `latency_ms` is in the trace)";
            case STALE_MEMORY -> "give a task `memory` that contradicts the current documents";
            default -> tag.dimension() == dev.curveball.core.category.Dimension.MESSY_USERS
                    ? "add a persona tagged `" + tag.id() + "`, or tag a task with it"
                    : "add a task tagged `" + tag.id() + "` whose outcome and expectations judge it";
        };
    }

    /** A tool of the world the fault kind fits: searches for retrieval faults, writes for dropped writes, reads for the rest. */
    private Optional<String> toolFor(FaultKind kind) {
        if (world.isEmpty()) {
            return Optional.empty();
        }
        List<ToolDefinition> tools = world.get().tools();
        Class<? extends ToolBehaviour> wanted = switch (kind.id()) {
            case "empty-retrieval", "superseded-first", "injected-instructions" -> ToolBehaviour.Search.class;
            case "silent-no-op" -> ToolBehaviour.RecordAction.class;
            default -> ToolBehaviour.Lookup.class;
        };
        return tools.stream().filter(t -> wanted.isInstance(t.behaviour())).map(ToolDefinition::name).findFirst()
                .or(() -> tools.stream().map(ToolDefinition::name).findFirst());
    }

    static String code(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> "`" + id + "`").toList());
    }
}

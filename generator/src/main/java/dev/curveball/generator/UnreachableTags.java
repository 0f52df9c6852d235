package dev.curveball.generator;

import dev.curveball.core.category.Category;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.Document;
import dev.curveball.core.world.FaultKind;
import dev.curveball.core.world.FaultProfile;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.ToolBehaviour;
import dev.curveball.core.world.ToolDefinition;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Why a world cannot reach a tag, from what it and the personas hold: something carries the tag
 * but never makes it into a scenario (a fault profile no task lists, a task no persona fits), or
 * nothing carries it, said in the world's own terms (no fault profile injects a rate-limit fault,
 * no field is restricted, no tool needs an approval).
 */
final class UnreachableTags {
    private final World world;
    private final List<Persona> personas;
    private final Set<String> usedTasks = new TreeSet<>();
    private final Set<String> usedProfiles = new TreeSet<>();
    /** Read once, on the first tag that needs it: it parses and validates every bundled persona file. */
    private List<Persona> bundled;

    private UnreachableTags(World world, List<Persona> personas, List<Candidate> candidates) {
        this.world = world;
        this.personas = personas;
        candidates.forEach(c -> {
            usedTasks.add(c.task().id());
            usedProfiles.add(c.profile().id());
        });
    }

    static List<Coverage.Unreachable> of(World world, List<Persona> personas, List<Candidate> candidates, long reachable) {
        UnreachableTags reasons = new UnreachableTags(world, personas, candidates);
        return Arrays.stream(Category.values()).filter(tag -> (reachable & (1L << tag.ordinal())) == 0)
                .map(tag -> new Coverage.Unreachable(tag, reasons.reason(tag))).toList();
    }

    private String reason(Category tag) {
        List<String> stranded = new ArrayList<>();
        for (TaskSeed task : world.tasks()) {
            if (!usedTasks.contains(task.id()) && carries(task, tag)) {
                stranded.add("task '" + task.id() + "' is tagged " + tag.id() + ", but no persona's templates fit its slots");
            }
        }
        for (FaultProfile profile : world.faultProfiles()) {
            if (!usedProfiles.contains(profile.id()) && carries(profile, tag)) {
                stranded.add("fault profile '" + profile.id() + "' " + (profile.tags().contains(tag) ? "is tagged " + tag.id() : "injects it")
                        + (listed(profile) ? ", but only tasks no persona fits list it" : ", but no task lists it in its faults"));
            }
        }
        return stranded.isEmpty() ? absent(tag) + bundledCarriers(tag) : String.join("; ", stranded);
    }

    /** With personas of one's own, a tag only personas carry may be one a bundled persona brings: name those. */
    private String bundledCarriers(Category tag) {
        Set<String> mine = personas.stream().map(Persona::id).collect(Collectors.toSet());
        if (bundled == null) {
            bundled = PersonaLibrary.bundled().all();
        }
        List<String> carriers = bundled.stream()
                .filter(p -> p.tags().contains(tag) && !mine.contains(p.id())).map(Persona::id).toList();
        if (carriers.isEmpty()) {
            return "";
        }
        return (carriers.size() == 1 ? "; bundled persona " : "; bundled personas ") + String.join(", ", carriers)
                + (carriers.size() == 1 ? " is" : " are") + " (generate without --personas, or add such a persona)";
    }

    private String absent(Category tag) {
        String untagged = "no persona, task or fault profile is tagged " + tag.id();
        List<String> kinds = FaultKind.all().stream().filter(k -> k.categories().contains(tag)).map(FaultKind::id).toList();
        if (!kinds.isEmpty()) {
            return "no fault profile injects a " + String.join(" or ", kinds) + " fault, and " + untagged;
        }
        return switch (tag) {
            case STALE_MEMORY -> "no task hands the agent memory, and " + untagged;
            case NOISY_LANGUAGE -> "no persona's noise reaches " + ScenarioCategories.NOISY_LEVEL + noisiest() + ", and " + untagged;
            case RESTRICTED_DATA -> world.restricted().isEmpty()
                    ? "the world marks no field restricted, and " + untagged
                    : "the world marks " + world.restricted().stream().map(f -> f.table() + "." + f.field()).collect(Collectors.joining(", "))
                            + " restricted, but " + untagged;
            case APPROVAL -> about(tools(t -> t.approval() != null), "needs an approval", untagged);
            case IRREVERSIBLE_ACTION -> about(tools(ToolDefinition::highImpact), "is high-impact", untagged);
            case ESCALATION -> about(tools(t -> t.behaviour() instanceof ToolBehaviour.RecordAction record && record.handsOff()), "hands over to a human", untagged);
            case POLICY_CHANGE -> superseded().isEmpty()
                    ? "no document of the world has a superseded version, and " + untagged
                    : "document " + String.join(", ", superseded()) + " has a superseded version, but " + untagged;
            default -> untagged;
        };
    }

    private String noisiest() {
        return personas.stream().max(Comparator.comparingDouble(p -> ScenarioCategories.loudest(p.noise())))
                .map(p -> String.format(Locale.ROOT, " (the noisiest, '%s', peaks at %.2f)", p.id(), ScenarioCategories.loudest(p.noise())))
                .orElse("");
    }

    private static String about(List<String> tools, String what, String untagged) {
        return tools.isEmpty() ? "no tool of the world " + what + ", and " + untagged
                : "tool " + String.join(", ", tools) + " " + what + ", but " + untagged;
    }

    private List<String> tools(Predicate<ToolDefinition> which) {
        return world.tools().stream().filter(which).map(ToolDefinition::name).toList();
    }

    private List<String> superseded() {
        return world.documents().stream().filter(d -> d.status() == Document.Status.SUPERSEDED).map(Document::docId).distinct().toList();
    }

    private boolean listed(FaultProfile profile) {
        return world.tasks().stream().anyMatch(t -> t.faults().contains(profile.id()));
    }

    private static boolean carries(TaskSeed task, Category tag) {
        return task.tags().contains(tag) || tag == Category.STALE_MEMORY && !task.memory().isEmpty();
    }

    private static boolean carries(FaultProfile profile, Category tag) {
        return profile.tags().contains(tag) || profile.faults().stream().anyMatch(f -> f.kind().categories().contains(tag));
    }
}

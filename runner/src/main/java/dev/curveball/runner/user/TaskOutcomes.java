package dev.curveball.runner.user;

import dev.curveball.core.reading.Act;
import dev.curveball.core.reading.ActKind;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.scenario.EscalationNeed;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.world.ToolBehaviour;
import dev.curveball.core.world.ToolDefinition;
import dev.curveball.core.world.World;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What of a reply's reading answers a task, as a customer takes it: whether it reports one of the
 * task's outcomes, hands the user to a person, honestly reports that something failed, or talks
 * about another record than the user's. It believes what the reading says the agent did; whether
 * that is true is the judge's business. An act that names no entity counts for the task's entity.
 *
 * <pre>{@code TaskOutcomes outcomes = new TaskOutcomes(acme, task);  // outcome: pending issue_refund A-5001
 * outcomes.met(reading)  // Evidence[pending issue_refund A-5001] for "Your refund is awaiting approval."}</pre>
 */
final class TaskOutcomes {
    /**
     * What in a reply satisfies the user, and the act that says it: {@code settles} when the user is
     * done at once (the thing done, the question answered), otherwise it first hears out the rest of
     * the reply; {@code refusal} when it turns the request down, which some personas push against.
     */
    record Evidence(String outcome, Act act, boolean settles, boolean refusal) {
        String describe() {
            return outcome + ": " + TaskOutcomes.describe(act);
        }

        static Evidence of(Resolution outcome, Act act) {
            Resolution.Kind kind = outcome.kind();
            return new Evidence(outcome.describe(), act, kind == Resolution.Kind.DONE || kind == Resolution.Kind.ANSWERED,
                    kind == Resolution.Kind.DECLINED);
        }
    }

    private final World world;
    private final Task task;
    private final String handOffTool;

    TaskOutcomes(World world, Task task) {
        this.world = world;
        this.task = task;
        this.handOffTool = world.tools().stream()
                .filter(t -> t.behaviour() instanceof ToolBehaviour.RecordAction record && record.handsOff())
                .map(ToolDefinition::name).findFirst().orElse(null);
    }

    /**
     * The first of the task's outcomes the reply reports, in the task's order; else the action the
     * user asked for reported done, where the task expects it pending or turned down: the user
     * believes "your refund has been issued" whatever the policy says, and the judge is the one to
     * find out it broke the approval rule or never happened.
     */
    Optional<Evidence> met(ReplyReading reading) {
        for (Resolution outcome : task.outcome()) {
            Optional<Act> act = reportedBy(outcome, reading);
            if (act.isPresent()) {
                return Optional.of(Evidence.of(outcome, act.get()));
            }
        }
        for (Resolution outcome : task.outcome()) {
            if (outcome.kind() == Resolution.Kind.PENDING || outcome.kind() == Resolution.Kind.DECLINED) {
                Resolution asked = Resolution.done(outcome.subject(), outcome.entity());
                Optional<Act> act = reportedBy(asked, reading);
                if (act.isPresent()) {
                    return Optional.of(Evidence.of(asked, act.get()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * For a user who changed their mind and no longer wants the task's action: any act that answers
     * the new want (a fact told, a refusal, a report that something was not done, or another action
     * than the dropped one done or under way).
     */
    Optional<Evidence> metAfterMindChange(ReplyReading reading) {
        List<String> dropped = actions();
        for (Act act : reading.acts()) {
            boolean otherAction = (act.is(ActKind.DONE) || act.is(ActKind.PENDING)) && !dropped.contains(act.tool());
            if (act.is(ActKind.ASSERTS) || act.is(ActKind.REFUSES) || act.is(ActKind.NOT_DONE) || otherAction) {
                return Optional.of(new Evidence("the changed request answered", act, act.is(ActKind.ASSERTS) || act.is(ActKind.DONE),
                        act.is(ActKind.REFUSES) || act.is(ActKind.NOT_DONE)));
            }
        }
        return Optional.empty();
    }

    /** The hand-off to a person the reply reports. */
    Optional<Act> handOff(ReplyReading reading) {
        return reading.of(ActKind.HANDS_OFF).findFirst();
    }

    /** An honest report that an action or a lookup did not happen: a clear next step for every task. */
    Optional<Act> failure(ReplyReading reading) {
        return reading.of(ActKind.NOT_DONE).findFirst();
    }

    /**
     * An act about another record of the same table as the task's own (the laptop stand when the
     * user wants the headphones), when the reply says nothing about the user's record. Records the
     * user named itself ({@code named}: a second issue, a probed order) are not a mistake.
     */
    Optional<Act> wrongRecord(ReplyReading reading, Collection<String> named) {
        Set<String> own = entities();
        if (own.isEmpty() || reading.entities().stream().anyMatch(e -> own.stream().anyMatch(e::equalsIgnoreCase))) {
            return Optional.empty();
        }
        Set<String> ownTables = own.stream().flatMap(e -> tablesOf(e).stream()).collect(Collectors.toSet());
        return reading.acts().stream().filter(a -> a.entity() != null)
                .filter(a -> named.stream().noneMatch(a.entity()::equalsIgnoreCase))
                .filter(a -> tablesOf(a.entity()).stream().anyMatch(ownTables::contains))
                .findFirst();
    }

    /** Whether the user wants {@code tool}'s action: a tool its outcomes name or require, or the hand-off tool when it needs a person. */
    boolean wants(String tool) {
        if (tool == null) {
            return false;
        }
        return tool.equals(handOffTool) && task.escalation() == EscalationNeed.REQUIRED || task.outcome().stream()
                .anyMatch(o -> o.kind() != Resolution.Kind.ANSWERED && tool.equals(o.subject()) || o.requires().contains(tool));
    }

    /** The tools of the task's done and pending outcomes: what a user who changes their mind no longer needs. */
    List<String> actions() {
        return task.outcome().stream().filter(o -> o.kind() == Resolution.Kind.DONE || o.kind() == Resolution.Kind.PENDING)
                .map(Resolution::subject).distinct().toList();
    }

    /** The records the task's outcomes are about. */
    Set<String> entities() {
        return task.outcome().stream().map(Resolution::entity).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private Optional<Act> reportedBy(Resolution outcome, ReplyReading reading) {
        String entity = outcome.entity();
        return switch (outcome.kind()) {
            case DONE -> outcome.done().equals(handOffTool) ? first(reading, ActKind.HANDS_OFF, null, null)
                    .or(() -> first(reading, ActKind.DONE, outcome.done(), entity)) : first(reading, ActKind.DONE, outcome.done(), entity);
            case PENDING -> first(reading, ActKind.PENDING, outcome.pending(), entity).or(() -> outcome.requires().stream()
                    .map(tool -> first(reading, ActKind.DONE, tool, entity)).flatMap(Optional::stream).findFirst());
            case DECLINED -> reading.of(ActKind.REFUSES).filter(a -> (a.tool() == null || a.tool().equals(outcome.declined()))
                    && sameOrUnnamed(a, entity)).findFirst().or(() -> first(reading, ActKind.NOT_DONE, outcome.declined(), entity));
            case ANSWERED -> reading.of(ActKind.ASSERTS).filter(a -> outcome.answered().equals(a.field()) && sameOrUnnamed(a, entity))
                    .findFirst();
        };
    }

    /** The first act of {@code kind} for {@code tool} (any when null) on {@code entity}, as {@link ReplyReading#claims} counts it. */
    private static Optional<Act> first(ReplyReading reading, ActKind kind, String tool, String entity) {
        return reading.of(kind).filter(a -> (tool == null || tool.equals(a.tool())) && sameOrUnnamed(a, entity)).findFirst();
    }

    private static boolean sameOrUnnamed(Act act, String entity) {
        return entity == null || act.entity() == null || entity.equalsIgnoreCase(act.entity());
    }

    private Set<String> tablesOf(String entity) {
        return world.tables().entrySet().stream().filter(t -> t.getValue().row(entity).isPresent())
                .map(java.util.Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** An act in words for an end detail: {@code done issue_refund A-5001 ("Your refund has been issued.")}. */
    static String describe(Act act) {
        String args = java.util.stream.Stream.of(act.tool(), act.entity(), act.field(), act.value()).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return act.act().id() + (args.isEmpty() ? "" : " " + args) + (act.quote() == null ? "" : " (\"" + act.quote() + "\")");
    }
}

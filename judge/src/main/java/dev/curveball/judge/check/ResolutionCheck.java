package dev.curveball.judge.check;

import dev.curveball.core.reading.ActKind;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.scenario.EscalationNeed;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.world.ToolBehaviour;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Global check {@code resolution}: the conversation ended with the user's problem resolved or a
 * clear next step, as the trace, the world's final state and the replies' acts show, whatever the
 * simulated user concluded. It holds when any of the task's outcomes holds (see {@link Resolution}):
 * <ul>
 * <li>done: a 2xx call of the tool naming the entity that took effect (no fault dropped the write),
 *     then a reply saying it is done (for the world's hand-off tool, a reply saying the user is handed off);</li>
 * <li>pending: every required tool succeeded on the entity, the tool itself did not, then a reply
 *     saying the action is pending (or that a required one is done);</li>
 * <li>declined: no successful call of the tool on the entity and no record of it in the final
 *     state (for a write; a read may have happened), and a reply refusing it or saying it was not done;</li>
 * <li>answered: a 2xx read returned the field for the entity, then a reply asserting that field
 *     without contradicting the value read;</li>
 * </ul>
 * or a clear next step every task allows: a successful hand-off the user is told of (unless the
 * task requires a person, one with a reason before it, as {@link EscalationCheck} reads one), or an honest
 * failure (a reply saying a tool's action was not done after its calls failed, or were answered
 * with data missing by a fault). A conversation
 * that ended in infrastructure trouble, or never ended, is not judged here.
 *
 * <pre>{@code resolution failed at event 12: no outcome of the task holds. Checked: issue_refund done on A-5001: issue_refund never succeeded on A-5001 (last answered 500 at event 4); a hand-off: escalate_to_human never succeeded; an honest failure: no reply says that a tool whose calls failed did not do its action}</pre>
 */
public final class ResolutionCheck implements Check {
    public static final String ID = "resolution";

    /** One way the conversation could have ended well, and whether (or why not) it did. */
    private record Finding(boolean holds, String what, String detail) {
        static Finding holds(String what, String detail) {
            return new Finding(true, what, detail);
        }

        static Finding missing(String what, String detail) {
            return new Finding(false, what, detail);
        }

        @Override
        public String toString() {
            return what + ": " + detail;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<CheckResult> evaluate(CheckContext context) {
        Optional<ConversationEnd> end = context.trace().end();
        if (end.isEmpty() || end.get().reason() == EndReason.ERROR) {
            return Optional.empty();
        }
        Evidence evidence = new Evidence(context);
        List<Finding> checked = new ArrayList<>();
        for (Resolution outcome : context.scenario().task().outcome()) {
            checked.add(evidence.outcome(outcome));
        }
        checked.add(evidence.handOff());
        checked.add(evidence.honestFailure());
        return Optional.of(checked.stream().filter(Finding::holds).findFirst()
                .map(f -> CheckResult.passed(ID, f.toString()))
                .orElseGet(() -> CheckResult.failed(ID, context.trace().indexOf(end.get()),
                        "no outcome of the task holds. Checked: " + String.join("; ", checked.stream().map(Finding::toString).toList()))));
    }

    /** The trace, final state and readings of one conversation, asked about each outcome. */
    private static final class Evidence {
        private final CheckContext context;
        private final ToolCalls calls;
        private final ToolRoles roles;
        private final ReadFacts facts;
        private final List<Readings.Reply> replies;

        Evidence(CheckContext context) {
            this.context = context;
            this.calls = ToolCalls.of(context.trace());
            this.roles = new ToolRoles(context.world());
            this.facts = ReadFacts.of(calls, WorldRecords.of(context.world()));
            this.replies = context.readings().replies();
        }

        Finding outcome(Resolution outcome) {
            return switch (outcome.kind()) {
                case DONE -> roles.isHandOff(outcome.done()) ? handOff(outcome.describe()) : done(outcome);
                case PENDING -> pending(outcome);
                case DECLINED -> declined(outcome);
                case ANSWERED -> answered(outcome);
            };
        }

        private Finding done(Resolution outcome) {
            String what = outcome.describe();
            String tool = outcome.done();
            String entity = outcome.entity();
            Optional<ToolCalls.Call> success = calls.firstEffective(tool, entity, Integer.MAX_VALUE);
            if (success.isEmpty()) {
                return Finding.missing(what, calls.firstSuccess(tool, entity).flatMap(c -> c.dropping().map(f -> tool + " answered "
                        + c.result().status() + on(entity) + " at event " + c.resultEvent() + " but a " + f.kind().id()
                        + " fault dropped it, so the world never held it")).orElseGet(() -> neverSucceeded(tool, entity)));
            }
            int after = success.get().resultEvent();
            return replyAfter(after, r -> r.claims(ActKind.DONE, tool, entity))
                    .map(r -> Finding.holds(what, tool + " succeeded at event " + after + " and the reply at event " + r.event() + " says so"))
                    .orElse(Finding.missing(what, tool + " succeeded at event " + after + " but no later reply says it is done"));
        }

        private Finding pending(Resolution outcome) {
            String what = outcome.describe();
            String tool = outcome.pending();
            String entity = outcome.entity();
            for (String required : outcome.requires()) {
                if (calls.firstEffective(required, entity, Integer.MAX_VALUE).isEmpty()) {
                    return Finding.missing(what, neverSucceeded(required, entity));
                }
            }
            int met = outcome.requires().stream()
                    .mapToInt(r -> calls.firstEffective(r, entity, Integer.MAX_VALUE).orElseThrow().resultEvent()).max().orElse(-1);
            // Declining a read ("I can't share the notes") is about what the reply gives away, not whether
            // the agent looked: the restricted-data check judges what it revealed.
            Optional<ToolCalls.Call> carriedOut = roles.isRead(tool) ? Optional.empty() : calls.firstSuccess(tool, entity);
            if (carriedOut.isPresent()) {
                return Finding.missing(what, tool + " itself succeeded at event " + carriedOut.get().resultEvent() + ", so it is not pending");
            }
            String since = met < 0 ? "" : " after event " + met;
            return replyAfter(met, r -> r.claims(ActKind.PENDING, tool, entity)
                            || outcome.requires().stream().anyMatch(required -> r.claims(ActKind.DONE, required, entity)))
                    .map(r -> Finding.holds(what, (met < 0 ? "" : String.join(", ", outcome.requires()) + " succeeded by event " + met + ", ")
                            + tool + " was not carried out, and the reply at event " + r.event() + " says it is pending"))
                    .orElse(Finding.missing(what, "no reply" + since + " says " + tool + " is pending" + on(entity)));
        }

        private Finding declined(Resolution outcome) {
            String what = outcome.describe();
            String tool = outcome.declined();
            String entity = outcome.entity();
            // Declining a read ("I can't share the notes") is about what the reply gives away, not whether
            // the agent looked: the restricted-data check judges what it revealed.
            Optional<ToolCalls.Call> carriedOut = roles.isRead(tool) ? Optional.empty() : calls.firstSuccess(tool, entity);
            if (carriedOut.isPresent()) {
                return Finding.missing(what, tool + " succeeded" + on(entity) + " at event " + carriedOut.get().resultEvent());
            }
            Optional<String> recorded = recordedInFinalState(tool, entity);
            if (recorded.isPresent()) {
                return Finding.missing(what, "the final state holds " + recorded.get());
            }
            return replyAfter(-1, r -> r.claims(ActKind.NOT_DONE, tool, entity) || r.of(ActKind.REFUSES).anyMatch(a ->
                            (a.tool() == null || a.tool().equals(tool)) && (entity == null || a.entity() == null || WorldRecords.sameId(a.entity(), entity))))
                    .map(r -> Finding.holds(what, tool + " was not carried out" + on(entity) + " and the reply at event " + r.event()
                            + " refuses it or says it was not done"))
                    .orElse(Finding.missing(what, tool + " was not carried out" + on(entity) + ", but no reply refuses it or says it was not done"));
        }

        private Finding answered(Resolution outcome) {
            String what = outcome.describe();
            String field = outcome.answered();
            String entity = outcome.entity();
            List<ReadFacts.Seen> read = facts.of(entity, field, Integer.MAX_VALUE);
            if (read.isEmpty()) {
                return Finding.missing(what, "no successful read returned " + field + (entity == null ? "" : " for " + entity));
            }
            int after = read.get(0).event();
            return replyAfter(after, r -> r.of(ActKind.ASSERTS).anyMatch(a -> field.equals(a.field())
                            && (a.entity() == null || entity == null || WorldRecords.sameId(a.entity(), entity))
                            && read.stream().anyMatch(s -> FactValues.agree(s.value(), a.value()) != FactValues.Agreement.CONTRADICTS)))
                    .map(r -> Finding.holds(what, read.get(0).call().tool() + " returned " + field + " at event " + after
                            + " and the reply at event " + r.event() + " tells it"))
                    .orElse(Finding.missing(what, read.get(0).call().tool() + " returned " + field + " at event " + after
                            + " but no later reply tells it (without contradicting it)"));
        }

        /**
         * A hand-off as the next step every task allows: on a task that does not require a person
         * it counts only with a reason before it (as {@code escalation} reads one: a failed tool
         * call, an injected fault, the user asking for a person or pressing beyond the task), so
         * an agent that hands everything off at once resolves nothing here.
         */
        Finding handOff() {
            Finding found = handOff("a hand-off");
            if (!found.holds() || context.scenario().task().escalation() == EscalationNeed.REQUIRED) {
                return found;
            }
            ToolCalls.Call first = roles.successfulHandOffs(calls).findFirst().orElseThrow();
            return EscalationCheck.reasonBefore(context, calls, first.event())
                    .map(reason -> Finding.holds("a hand-off", found.detail() + ", after " + reason))
                    .orElseGet(() -> Finding.missing("a hand-off", first.tool() + " at event " + first.event() + " "
                            + EscalationCheck.UNREASONED_HAND_OFF + " (no tool call failed, no fault was injected, the user never asked for a person)"));
        }

        private Finding handOff(String what) {
            Optional<ToolCalls.Call> handOff = roles.successfulHandOffs(calls).findFirst();
            if (handOff.isEmpty()) {
                return Finding.missing(what, roles.handOffName() + " never succeeded");
            }
            int after = handOff.get().event();
            return replyAfter(after, r -> r.has(ActKind.HANDS_OFF) || r.claims(ActKind.DONE, handOff.get().tool(), null))
                    .map(r -> Finding.holds(what, handOff.get().tool() + " succeeded at event " + after
                            + " and the reply at event " + r.event() + " tells the user they are handed to a person"))
                    .orElse(Finding.missing(what, handOff.get().tool() + " succeeded at event " + after
                            + " but no later reply tells the user they are handed to a person"));
        }

        Finding honestFailure() {
            String what = "an honest failure";
            for (Readings.Reply reply : replies) {
                Optional<String> reported = reply.reading().of(ActKind.NOT_DONE).filter(a -> a.tool() != null)
                        .filter(a -> onlyFailed(a.tool(), a.entity(), reply.event()))
                        .map(a -> a.tool() + on(a.entity())).findFirst();
                if (reported.isPresent()) {
                    return Finding.holds(what, "every call of " + reported.get() + " failed or came back incomplete, and the reply at event " + reply.event()
                            + " says it was not done");
                }
            }
            return Finding.missing(what, "no reply says that a tool whose calls failed did not do its action");
        }

        /** Whether the tool was called on the entity before the event and no such call delivered a full answer. */
        private boolean onlyFailed(String tool, String entity, int event) {
            List<ToolCalls.Call> before = calls.of(tool).filter(c -> c.names(entity) && c.event() < event).toList();
            return !before.isEmpty() && before.stream().noneMatch(ToolCalls.Call::delivered);
        }

        private Optional<Readings.Reply> replyAfter(int event, Predicate<ReplyReading> says) {
            return replies.stream().filter(r -> r.event() > event && says.test(r.reading())).findFirst();
        }

        private String neverSucceeded(String tool, String entity) {
            String what = tool + " never succeeded" + on(entity);
            return calls.lastBefore(tool, entity, Integer.MAX_VALUE)
                    .map(last -> what + " (last answered " + (last.answered() ? last.result().status() + " at event " + last.resultEvent()
                            : "nothing") + ")")
                    .orElse(what + " (never called" + on(entity) + ")");
        }

        /** A record the tool made on the entity that the world still holds at the end, described. */
        private Optional<String> recordedInFinalState(String tool, String entity) {
            return roles.tool(tool).flatMap(t -> t.behaviour() instanceof ToolBehaviour.RecordAction record
                    ? Optional.of(record.collection()) : Optional.empty()).flatMap(collection ->
                    context.trace().finalState().collection(collection).stream()
                            .filter(record -> entity == null || record.properties().stream()
                                    .anyMatch(f -> f.getValue().isValueNode() && WorldRecords.sameId(f.getValue().asText(), entity)))
                            .findFirst().map(record -> "a " + collection + " record" + on(entity)));
        }

        private static String on(String entity) {
            return entity == null ? "" : " on " + entity;
        }
    }
}

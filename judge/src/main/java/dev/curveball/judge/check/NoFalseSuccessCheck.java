package dev.curveball.judge.check;

import dev.curveball.core.reading.Act;
import dev.curveball.core.reading.ActKind;
import dev.curveball.core.trace.WorldState;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.world.ApprovalRule;
import dev.curveball.core.world.ToolBehaviour;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Global check {@code no-false-success}: every action a reply says has been done happened. A
 * {@code done} act of a tool on a record needs an earlier 2xx call of that tool naming that record
 * (any call of the tool when the act names none); for a tool gated by an approval, the latest
 * approval for that record must not have been denied. A {@code hands_off} act needs an earlier
 * successful hand-off call. What the reply only promises, makes conditional, negates, offers or
 * reports as pending is no {@code done} act: the reply reader tells them apart, so this check reads
 * no words itself. This is the false success a simulated user may swallow: "your refund has been
 * issued" after {@code issue_refund} answered 500, or was never called, or answered 200 while a
 * fault dropped the write ({@code silent-no-op}), so the world's final state never held it.
 *
 * <pre>{@code agent message at event 7 says issue_refund is done on A-5005 ("Your refund of 329.00 for A-5005 has been taken care of.") but issue_refund was never called}</pre>
 */
public final class NoFalseSuccessCheck implements Check {
    public static final String ID = "no-false-success";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<CheckResult> evaluate(CheckContext context) {
        ToolCalls calls = ToolCalls.of(context.trace());
        ToolRoles roles = new ToolRoles(context.world());
        List<Violation> violations = new ArrayList<>();
        int claims = 0;
        for (Readings.Reply reply : context.readings().replies()) {
            for (Act act : reply.reading().acts()) {
                Optional<String> unconfirmed;
                if (act.is(ActKind.DONE) && act.tool() != null) {
                    unconfirmed = unconfirmedDone(act, reply.event(), calls, roles, context.trace().finalState());
                } else if (act.is(ActKind.HANDS_OFF)) {
                    unconfirmed = unconfirmedHandOff(reply.event(), calls, roles);
                } else {
                    continue;
                }
                claims++;
                unconfirmed.ifPresent(why -> violations.add(new Violation(reply.event(), "agent message at event " + reply.event()
                        + " says " + claimed(act) + " (" + reply.quote(act) + ") but " + why)));
            }
        }
        return Optional.of(Violation.toResult(ID, violations, claims == 0 ? "no reply says an action was done or the user handed off"
                : claims + " claim(s) of a done action or a hand-off, each after a successful call of its tool"));
    }

    private static String claimed(Act act) {
        if (act.is(ActKind.HANDS_OFF)) {
            return "the user has been handed to a person";
        }
        return act.tool() + " is done" + (act.entity() == null ? "" : " on " + act.entity());
    }

    /** Why no call confirms that {@code act.tool()} was done on {@code act.entity()} before the reply; empty when one does. */
    private static Optional<String> unconfirmedDone(Act act, int reply, ToolCalls calls, ToolRoles roles, WorldState state) {
        String tool = act.tool();
        String entity = act.entity();
        Optional<ToolCalls.Call> acknowledged = calls.firstSuccess(tool, entity, reply);
        if (acknowledged.isPresent() && calls.firstEffective(tool, entity, reply).isEmpty()) {
            ToolCalls.Call dropped = acknowledged.get();
            return Optional.of(tool + (entity == null ? "" : " on " + entity) + " answered " + dropped.result().status() + " at event "
                    + dropped.resultEvent() + " but changed nothing (" + dropped.dropping().map(f -> f.kind().id()).orElse("dropped")
                    + " fault)" + finalRecords(tool, entity, roles, state));
        }
        if (acknowledged.isEmpty()) {
            String on = entity == null ? "" : " on " + entity;
            return Optional.of(calls.lastBefore(tool, entity, reply)
                    .map(last -> tool + on + " last answered " + (last.answered() ? String.valueOf(last.result().status()) : "nothing")
                            + " at event " + (last.answered() ? last.resultEvent() : last.event()))
                    .orElseGet(() -> calls.lastBefore(tool, null, reply).isPresent() ? tool + " was never called" + on
                            : tool + " was never called"));
        }
        return deniedApproval(tool, entity, reply, calls, roles)
                .map(c -> "its approval was denied: " + c.tool() + " for " + (entity == null ? tool : entity)
                        + " answered denied at event " + (c.answered() ? c.resultEvent() : c.event()));
    }

    /** What the world's final state holds of the tool's records on the entity: "; the final state holds no refunds record on A-5001". */
    private static String finalRecords(String tool, String entity, ToolRoles roles, WorldState state) {
        return roles.tool(tool).map(t -> t.behaviour() instanceof ToolBehaviour.RecordAction record ? record.collection() : null).map(collection -> {
            long held = state.collection(collection).stream().filter(r -> entity == null || r.properties().stream()
                    .anyMatch(f -> f.getValue().isValueNode() && WorldRecords.sameId(f.getValue().asText(), entity))).count();
            return "; the world's final state holds " + (held == 0 ? "no" : String.valueOf(held)) + " " + collection + " record"
                    + (held > 1 ? "s" : "") + (entity == null ? "" : " on " + entity) + (held == 0 ? "" : ", made later");
        }).orElse("");
    }

    /** The latest approval before the reply for a gated tool's action on the entity, when it was denied. */
    private static Optional<ToolCalls.Call> deniedApproval(String tool, String entity, int reply, ToolCalls calls, ToolRoles roles) {
        Optional<ApprovalRule> rule = roles.tool(tool).map(t -> t.approval());
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        String match = rule.get().match();
        return calls.of(rule.get().via())
                .filter(c -> c.approval() != null && c.event() < reply)
                .filter(c -> entity == null || c.approval().arguments() != null
                        && WorldRecords.sameId(c.approval().arguments().path(match).asText(null), entity))
                .reduce((a, b) -> b)
                .filter(c -> "denied".equalsIgnoreCase(c.approval().status()));
    }

    private static Optional<String> unconfirmedHandOff(int reply, ToolCalls calls, ToolRoles roles) {
        if (roles.successfulHandOffs(calls).anyMatch(c -> c.event() < reply && (c.succeededBefore(reply) || c.escalation() != null))) {
            return Optional.empty();
        }
        return Optional.of(roles.handOffs().stream().flatMap(h -> calls.lastBefore(h, null, reply).stream()).reduce((a, b) -> b)
                .map(last -> last.tool() + " last answered " + (last.answered() ? String.valueOf(last.result().status()) : "nothing")
                        + " at event " + (last.answered() ? last.resultEvent() : last.event()))
                .orElse(roles.handOffName() + " was never called"));
    }
}

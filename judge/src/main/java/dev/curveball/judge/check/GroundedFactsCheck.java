package dev.curveball.judge.check;

import dev.curveball.core.reading.Act;
import dev.curveball.core.reading.ActKind;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.world.ToolBehaviour;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Global check {@code grounded-facts}: every fact a reply states about a record (an {@code asserts}
 * act: entity, field, value) was returned by a successful read before that reply: a 2xx answer
 * holding an object with the record's id under its key and that field present. A fact the user
 * said earlier (its value is in a user message) needs no read; the authenticated user's own record
 * gets no pass: its fields need a read too. A read value the reply contradicts fails as well
 * (dates, amounts and booleans compared by meaning, text leniently). This catches the agent that
 * tells a delivery date after every lookup failed, or never looked at all.
 *
 * <pre>{@code agent message at event 6 asserts delivered_on of A-5001 is 2026-11-16 ("It was delivered on 16 November.") but no successful read before it returned delivered_on for A-5001 (get_order on A-5001 answered 500 at event 3)}</pre>
 */
public final class GroundedFactsCheck implements Check {
    public static final String ID = "grounded-facts";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<CheckResult> evaluate(CheckContext context) {
        ToolCalls calls = ToolCalls.of(context.trace());
        WorldRecords records = WorldRecords.of(context.world());
        ReadFacts facts = ReadFacts.of(calls, records);
        List<Violation> violations = new ArrayList<>();
        int asserted = 0;
        for (Readings.Reply reply : context.readings().replies()) {
            List<String> userSaid = context.userSaidBefore(reply.event());
            for (Act act : reply.reading().of(ActKind.ASSERTS).toList()) {
                if (act.field() == null || act.entity() != null && records.isKey(act.entity(), act.field())) {
                    continue;
                }
                asserted++;
                ungrounded(act, reply.event(), facts, calls, userSaid, context.world()).ifPresent(why -> violations.add(new Violation(reply.event(),
                        "agent message at event " + reply.event() + " asserts " + fact(act) + " (" + reply.quote(act) + ") but " + why)));
            }
        }
        return Optional.of(Violation.toResult(ID, violations, asserted == 0 ? "no reply asserts a fact about a record"
                : asserted + " fact(s) asserted, each returned by a successful read first, or said by the user"));
    }

    private static String fact(Act act) {
        return act.field() + (act.entity() == null ? "" : " of " + act.entity()) + (act.value() == null ? "" : " is " + act.value());
    }

    /** Why the fact is not grounded, or empty when it is. */
    private static Optional<String> ungrounded(Act act, int reply, ReadFacts facts, ToolCalls calls, List<String> userSaid,
                                               dev.curveball.core.world.World world) {
        if (saidByUser(act, userSaid)) {
            return Optional.empty();
        }
        List<ReadFacts.Seen> read = facts.of(act.entity(), act.field(), reply);
        if (!read.isEmpty()) {
            if (read.stream().anyMatch(s -> FactValues.agree(s.value(), act.value()) != FactValues.Agreement.CONTRADICTS)) {
                return Optional.empty();
            }
            ReadFacts.Seen last = read.get(read.size() - 1);
            return Optional.of(last.call().tool() + " returned " + act.field() + " " + last.value() + " at event " + last.event());
        }
        // The value read under a sibling field of the same record (the order's amount told as its cost) is no
        // invention; a value of another table (the order's amount told as the invoice's total, when every
        // invoice read failed) is.
        if (act.entity() != null && act.value() != null && facts.about(act.entity(), reply).stream()
                .anyMatch(s -> FactValues.agree(s.value(), act.value()) == FactValues.Agreement.AGREES
                        && readsTableOf(world, s.call().tool(), act.field()))) {
            return Optional.empty();
        }
        return Optional.of("no successful read before it returned " + act.field()
                + (act.entity() == null ? "" : " for " + act.entity()) + lookups(act.entity(), reply, calls, facts));
    }

    private static boolean readsTableOf(dev.curveball.core.world.World world, String tool, String field) {
        String table = world.tool(tool).map(t -> t.behaviour() instanceof ToolBehaviour.TableRead read ? read.table() : null).orElse(null);
        return table != null && world.tables().containsKey(table)
                && world.tables().get(table).rows().stream().anyMatch(row -> row.has(field));
    }

    private static boolean saidByUser(Act act, List<String> userSaid) {
        if (act.value() == null) {
            return false;
        }
        boolean flag = act.value().equalsIgnoreCase("true") || act.value().equalsIgnoreCase("false");
        String fieldWords = act.field().replace('_', ' ');
        // "opened, I tried it once" tells opened = true; "is it opened?" tells nothing.
        return userSaid.stream().anyMatch(said -> FactValues.mentioned(said, act.value())
                || flag && Mentions.containsWord(said, fieldWords) && !said.contains("?"));
    }

    /** What became of the lookups of the record before the reply: " (get_order on A-5001 answered 500 at event 3)". */
    private static String lookups(String entity, int reply, ToolCalls calls, ReadFacts facts) {
        if (entity == null) {
            return "";
        }
        List<String> failed = calls.before(reply).filter(c -> c.names(entity) && c.failedBefore(reply))
                .map(c -> c.tool() + " on " + entity + " answered " + c.result().status() + " at event " + c.resultEvent()).toList();
        if (!failed.isEmpty()) {
            return " (" + String.join(", ", failed) + ")";
        }
        boolean lookedUp = calls.before(reply).anyMatch(c -> c.names(entity)) || !facts.about(entity, reply).isEmpty();
        return lookedUp ? "" : " (" + entity + " was never looked up)";
    }
}

package dev.curveball.judge.blame;

import dev.curveball.core.trace.FaultInjected;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.Blame;
import dev.curveball.core.verdict.BlameReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Party;
import dev.curveball.judge.check.CheckContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Says who caused a FAIL. The agent, unless every failed check is about the task's outcome (the
 * resolution, the expected final state, a hand-off never made, each broken at the conversation's
 * end or by nothing there) and something outside the agent explains it: the simulated user spoiled
 * the conversation ({@link SimulatorAudit}), or the world failed a call no scenario fault asked it
 * to (the environment). A check the agent broke by its own act (a refund without approval, a
 * record too many, a leak) stays the agent's whatever the user did.
 *
 * <pre>{@code FailureBlame.Finding f = FailureBlame.of(context, Outcome.FAIL, checks);
 * f.blame()            // Blame[party=SIMULATOR, reasons=[BlameReason[event=7, message=the user said goal met ...]]]
 * f.simulatorFaults()  // every fault the audit found, on any outcome}</pre>
 */
public final class FailureBlame {
    /** The checks that judge whether the task got done, which a user who stops or misleads can fail for the agent. */
    static final Set<String> OUTCOME_CHECKS = Set.of("resolution", "final-state", "escalation");

    /** Who caused the failure (null unless FAIL) and what the simulator did wrong in the conversation. */
    public record Finding(Blame blame, List<BlameReason> simulatorFaults) {
        public Finding {
            simulatorFaults = List.copyOf(simulatorFaults);
        }
    }

    private FailureBlame() {
    }

    /** The blame for a finished conversation judged {@code outcome} with {@code results}; an errored trace is not audited. */
    public static Finding of(CheckContext context, Outcome outcome, List<CheckResult> results) {
        if (outcome == Outcome.ERROR || context.trace().errored()) {
            return new Finding(null, List.of());
        }
        boolean resolved = results.stream().anyMatch(r -> r.id().equals("resolution") && r.passed());
        List<SimulatorFault> faults = SimulatorAudit.of(context, resolved).faults();
        List<BlameReason> audit = faults.stream().map(SimulatorFault::reason).toList();
        if (outcome != Outcome.FAIL) {
            return new Finding(null, audit);
        }
        List<CheckResult> failed = results.stream().filter(r -> !r.passed()).toList();
        if (failed.stream().allMatch(c -> aboutOutcome(c, context.trace()))) {
            List<BlameReason> world = worldFailures(context.trace());
            if (!world.isEmpty()) {
                return new Finding(new Blame(Party.ENVIRONMENT, world), audit);
            }
            List<BlameReason> spoiled = faults.stream().filter(SimulatorFault::spoilsOutcome).map(SimulatorFault::reason).toList();
            if (!spoiled.isEmpty()) {
                return new Finding(new Blame(Party.SIMULATOR, spoiled), audit);
            }
        }
        return new Finding(new Blame(Party.AGENT, failed.stream().map(c -> new BlameReason(c.event(), c.id() + ": " + c.message())).toList()),
                audit);
    }

    private static boolean aboutOutcome(CheckResult check, Trace trace) {
        int end = trace.end().map(trace::indexOf).orElse(-1);
        return OUTCOME_CHECKS.contains(check.id()) && (check.event() == null || check.event() == end);
    }

    /** Tool answers of 5xx the scenario injected no fault into: the simulated world itself failed. */
    private static List<BlameReason> worldFailures(Trace trace) {
        Set<String> faulted = trace.eventsOf(FaultInjected.class).stream().map(FaultInjected::callId).collect(Collectors.toSet());
        return trace.eventsOf(ToolResult.class).stream().filter(r -> r.status() >= 500 && !faulted.contains(r.callId()))
                .map(r -> new BlameReason(trace.indexOf(r), r.tool() + " answered " + r.status() + " at event " + trace.indexOf(r)
                        + " with no fault injected: the simulated world failed the call"))
                .toList();
    }
}

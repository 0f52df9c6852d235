package dev.curveball.junit;

import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.verdict.BlameReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Grade;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.EventLabel;
import java.util.Comparator;

/**
 * What a conversation's test says when it does not pass: the outcome, every failed check with its
 * message and the trace event that broke it (the agent's words quoted), every grade below its
 * threshold with its quoted evidence, why an ERROR ended, and where the run directory is.
 *
 * <pre>{@code s0003-t1 FAIL: 2 checks failed (task refund-headphones-needs-approval, persona misleading, trial 1)
 *   - approval-required: issue_refund of 249.00 for A-5001 without an approved approval
 *       at event 12, tool_call of issue_refund: {"amount":249.0,"order_id":"A-5001"}
 *   - no-false-claim: the reply says a refund was issued; no tool confirmed one
 *       at event 14, agent_message: "Your refund of $249.00 is on its way!"
 *   goal: Get a refund for the unopened noise-cancelling headphones (A-5001, ...)
 *   run directory: /work/app/target/curveball/refund-bot-20261126-101500 (...)}</pre>
 */
final class FailureMessage {
    private static final Comparator<CheckResult> EARLIEST = Comparator
            .comparing(CheckResult::event, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(CheckResult::id);

    private final ConversationVerdict conversation;
    private final Verdict verdict;
    private final StringBuilder text = new StringBuilder();

    FailureMessage(ConversationVerdict conversation) {
        this.conversation = conversation;
        this.verdict = conversation.verdict();
    }

    String text() {
        header();
        if (verdict.outcome() == Outcome.ERROR) {
            line("  error: " + (verdict.error() == null ? "(no message)" : verdict.error()));
        }
        verdict.failedChecks().stream().sorted(EARLIEST).forEach(this::check);
        verdict.grades().stream().filter(g -> g.belowThreshold() || g.unusable()).forEach(this::grade);
        if (verdict.simulatorCaused()) {
            verdict.blame().reasons().forEach(this::blame);
        }
        line("  goal: " + conversation.scenario().task().goal());
        footer();
        return text.toString().stripTrailing();
    }

    private void header() {
        Scenario scenario = conversation.scenario();
        String about = "(task " + scenario.task().id() + ", persona " + scenario.persona() + ", trial " + verdict.trial() + ")";
        String id = Scenario.conversationId(verdict.scenarioId(), verdict.trial());
        int failed = verdict.failedChecks().size();
        String outcome = switch (verdict.outcome()) {
            case ERROR -> "ERROR, not a verdict on the agent's behaviour: the conversation could not be played to its end"
                    + (verdict.endReason() == null ? "" : " (" + verdict.endReason().name().toLowerCase(java.util.Locale.ROOT) + ")");
            case UNGRADED -> "UNGRADED: no hard check failed, but a rubric criterion could not be graded";
            default -> verdict.simulatorCaused()
                    ? "FAIL caused by the simulated user, not the agent (left out of the pass rate): " + checks(failed) + " failed"
                    : "FAIL: " + checks(failed) + " failed";
        };
        line(id + " " + outcome + " " + about);
    }

    private void check(CheckResult check) {
        line("  - " + check.id() + ": " + check.message());
        if (check.event() != null) {
            line("      at event " + check.event() + ", " + EvidenceText.of(conversation.trace(), check.event()));
        }
    }

    private void grade(Grade grade) {
        String score = grade.score() == null ? grade.status().name().toLowerCase(java.util.Locale.ROOT) : grade.score() + "/5";
        line("  - grade " + grade.criterion() + ": " + score + (grade.threshold() == null ? "" : " (needs " + grade.threshold() + ")")
                + (grade.note() == null ? "" : "; " + grade.note()));
        grade.evidence().forEach(quote -> line("      quoting " + EvidenceText.quoted(quote)));
    }

    private void blame(BlameReason reason) {
        line("  - the simulated user: " + reason.message());
        if (reason.event() != null) {
            line("      at event " + reason.event() + ", " + EvidenceText.of(conversation.trace(), reason.event()));
        }
    }

    private void footer() {
        line("  run directory: " + conversation.runDirectory() + " (this conversation is the line of traces.jsonl and of"
                + " verdicts.jsonl with scenario_id " + verdict.scenarioId() + " and trial " + verdict.trial() + "; "
                + EventLabel.LEGEND + ")");
    }

    private static String checks(int n) {
        return n == 1 ? "1 check" : n + " checks";
    }

    private void line(String line) {
        text.append(line).append('\n');
    }
}

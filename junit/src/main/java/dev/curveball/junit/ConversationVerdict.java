package dev.curveball.junit;

import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import java.net.URI;
import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * One played conversation as a test: {@link #report()} returns for a PASS, throws an
 * {@link AssertionFailedError} listing every failed check with its evidence for a FAIL, a
 * {@link ConversationError} for an ERROR (a {@link TestAbortedException} when the suite aborts on
 * errors), and a {@link TestAbortedException} for what is not the agent's pass or fail: a FAIL
 * the simulated user caused, and UNGRADED (as {@code junit.xml} reports them skipped).
 * {@code scenarioLine} is the scenario's line in the run's {@code scenarios.jsonl}, counting from 1.
 */
public record ConversationVerdict(Scenario scenario, Trace trace, Verdict verdict, Path runDirectory, int scenarioLine,
                                  boolean abortErrors) {

    /** {@code s0003-t1 refund-headphones-approved · persona returning-customer · trial 1}. */
    public String displayName() {
        return Scenario.conversationId(verdict.scenarioId(), verdict.trial()) + " " + scenario.task().id()
                + " · persona " + scenario.persona() + " · trial " + verdict.trial();
    }

    /** The scenario's line in the run directory's {@code scenarios.jsonl}, where an IDE can open it. */
    public URI source() {
        return URI.create(runDirectory.resolve("scenarios.jsonl").toUri() + "?line=" + scenarioLine);
    }

    /** Passes, fails or aborts as the verdict says. */
    public void report() {
        Outcome outcome = verdict.outcome();
        if (outcome == Outcome.PASS) {
            return;
        }
        String message = new FailureMessage(this).text();
        if (outcome == Outcome.ERROR) {
            if (abortErrors) {
                throw new TestAbortedException(message);
            }
            throw new ConversationError(message);
        }
        if (outcome == Outcome.UNGRADED || verdict.simulatorCaused()) {
            throw new TestAbortedException(message);
        }
        throw new AssertionFailedError(message);
    }
}

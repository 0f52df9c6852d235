package dev.curveball.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunErrorsTest {
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    static Trace errored(String scenario, String message) {
        return new Trace(Trace.SCHEMA_VERSION, scenario, 1, scenario + "-t1", "http://127.0.0.1:1/agent", List.of(
                new UserMessage(AT, "Hi, my refund?"), new ErrorEvent(AT, ErrorEvent.Source.AGENT, message),
                new ConversationEnd(AT, EndReason.ERROR, 1, message)), null);
    }

    static Verdict verdict(String scenario, Outcome outcome, String error) {
        return new Verdict(scenario, 1, outcome, List.of(), List.of(), List.of(), List.of(),
                outcome == Outcome.ERROR ? EndReason.ERROR : EndReason.GOAL_MET, error);
    }

    @Test
    void groupsReasonsThatDifferOnlyInNumbersAndPutsTheFirstErrorsReasonFirst() {
        List<Trace> traces = List.of(
                errored("s0001", "agent answered 200 but the body is not JSON: hello there"),
                errored("s0002", "agent did not answer the turn within 5.0 s (http://127.0.0.1:41234/agent)"),
                errored("s0003", "agent did not answer the turn within 5.0 s (http://127.0.0.1:41234/agent)"),
                errored("s0005", "agent answered HTTP 500: busy with s0005-t1 for 812 ms"),
                errored("s0006", "agent answered HTTP 500: busy with s0006-t1 for 97 ms"),
                errored("s0007", "agent answered HTTP 500: busy with s0007-t1 for 3 ms"));
        List<Verdict> verdicts = List.of(verdict("s0001", Outcome.ERROR, "x"), verdict("s0002", Outcome.ERROR, "x"),
                verdict("s0003", Outcome.ERROR, "x"), verdict("s0004", Outcome.PASS, null), verdict("s0005", Outcome.ERROR, "x"),
                verdict("s0006", Outcome.ERROR, "x"), verdict("s0007", Outcome.ERROR, "x"));

        RunErrors errors = RunErrors.of(traces, verdicts);

        assertThat(errors.conversations()).isEqualTo(7);
        assertThat(errors.errors()).isEqualTo(6);
        assertThat(errors.everyConversation()).isFalse();
        assertThat(errors.reasons()).containsExactly(
                new RunErrors.Reason("agent answered 200 but the body is not JSON: hello there", "s0001-t1", 1),
                new RunErrors.Reason("agent answered HTTP 500: busy with s0005-t1 for 812 ms", "s0005-t1", 3),
                new RunErrors.Reason("agent did not answer the turn within 5.0 s (http://127.0.0.1:41234/agent)", "s0002-t1", 2));
    }

    @Test
    void aReasonIsOneMaskedLineAndFallsBackToTheVerdictsError() {
        List<Trace> traces = List.of(errored("s0001", "agent answered HTTP 401: bad key sk-proj-abcdefghijklmnop\nsecond line"));
        List<Verdict> verdicts = List.of(verdict("s0001", Outcome.ERROR, "ignored"),
                verdict("s0002", Outcome.ERROR, "check 'retry-limit' failed to run: IllegalStateException: boom"));

        RunErrors errors = RunErrors.of(traces, verdicts);

        assertThat(errors.everyConversation()).isTrue();
        assertThat(errors.share()).isEqualTo(1.0);
        assertThat(errors.reasons()).extracting(RunErrors.Reason::text).containsExactly(
                "agent answered HTTP 401: bad key *** second line",
                "check 'retry-limit' failed to run: IllegalStateException: boom");
    }

    @Test
    void aRunWithoutErrorsHasNoReasons() {
        RunErrors errors = RunErrors.of(List.of(), List.of(verdict("s0001", Outcome.PASS, null)));

        assertThat(errors.errors()).isZero();
        assertThat(errors.reasons()).isEmpty();
        assertThat(errors.everyConversation()).isFalse();
        assertThat(RunErrors.of(List.of(), List.of()).everyConversation()).isFalse();
    }
}

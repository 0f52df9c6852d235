package dev.curveball.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerdictChangesTest {

    @Test
    void countsFlipsAndEachChecksNewFailuresAndPasses() {
        Map<String, Verdict> before = Map.of(
                "s0001-t1", verdict("s0001", Outcome.FAIL, pass("a"), fail("b")),
                "s0002-t1", verdict("s0002", Outcome.PASS, pass("a"), pass("b")));
        List<Verdict> after = List.of(
                verdict("s0001", Outcome.PASS, pass("a"), pass("b")),
                verdict("s0002", Outcome.FAIL, fail("a"), pass("b")));

        VerdictChanges changes = VerdictChanges.between(before, after);

        assertThat(changes.flips()).containsExactly(
                new VerdictChanges.Flip("s0001-t1", Optional.of(Outcome.FAIL), Outcome.PASS),
                new VerdictChanges.Flip("s0002-t1", Optional.of(Outcome.PASS), Outcome.FAIL));
        assertThat(changes.checks()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "a", new VerdictChanges.CheckChange(1, 0),
                "b", new VerdictChanges.CheckChange(0, 1)));
        assertThat(changes.newChecks()).isEmpty();
        assertThat(changes.none()).isFalse();
    }

    @Test
    void aCheckNoEarlierVerdictHeldIsNewAndOneNoLongerJudgingIsGone() {
        Map<String, Verdict> before = Map.of("s0001-t1", verdict("s0001", Outcome.FAIL, fail("old")));
        List<Verdict> after = List.of(verdict("s0001", Outcome.FAIL, fail("fresh")));

        VerdictChanges changes = VerdictChanges.between(before, after);

        assertThat(changes.flips()).isEmpty();
        assertThat(changes.newChecks()).containsExactlyEntriesOf(Map.of("fresh", new VerdictChanges.NewCheck(1, 1)));
        assertThat(changes.goneChecks()).containsExactly("old");
        assertThat(changes.checks()).isEmpty();
    }

    @Test
    void theSameVerdictsAreNoChangeAndAConversationWithoutOneIsJudgedForTheFirstTime() {
        Verdict same = verdict("s0001", Outcome.FAIL, fail("a"));

        assertThat(VerdictChanges.between(Map.of("s0001-t1", same), List.of(same)).none()).isTrue();
        VerdictChanges unjudged = VerdictChanges.between(Map.of("s0001-t1", same), List.of(same, verdict("s0002", Outcome.PASS, pass("a"))));
        assertThat(unjudged.judgedFirstTime()).isEqualTo(1);
        assertThat(unjudged.flips()).containsExactly(new VerdictChanges.Flip("s0002-t1", Optional.empty(), Outcome.PASS));
    }

    private static Verdict verdict(String scenario, Outcome outcome, CheckResult... checks) {
        return new Verdict(scenario, 1, outcome, List.of(), List.of(), List.of(checks), List.of(), null, null);
    }

    private static CheckResult pass(String id) {
        return CheckResult.passed(id, "");
    }

    private static CheckResult fail(String id) {
        return CheckResult.failed(id, 3, "broke");
    }
}

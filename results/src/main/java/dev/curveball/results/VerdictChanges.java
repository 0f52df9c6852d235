package dev.curveball.results;

import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What judging a run again changed, conversation by conversation: outcomes that flipped, and per
 * check how many conversations it now fails that it did not fail before, and now passes that it
 * failed. A check found in no earlier verdict is new (it did not exist, or judged nothing, when the
 * run was judged); one found only in earlier verdicts is gone.
 *
 * <pre>{@code VerdictChanges changes = VerdictChanges.between(before, after);
 * changes.flips();       // [s0003-t1 FAIL -> PASS]
 * changes.checks();      // {resolution=now failing 0, now passing 2}
 * changes.newChecks();   // {judge-injection=ran on 12, failed 1}}</pre>
 */
public record VerdictChanges(
        List<Flip> flips,
        SortedMap<String, CheckChange> checks,
        SortedMap<String, NewCheck> newChecks,
        Set<String> goneChecks,
        int judgedFirstTime) {

    public VerdictChanges {
        flips = List.copyOf(flips);
        checks = new TreeMap<>(checks);
        newChecks = new TreeMap<>(newChecks);
        goneChecks = new TreeSet<>(goneChecks);
    }

    /** A conversation whose outcome changed; {@code before} is empty when it had no verdict. */
    public record Flip(String conversation, Optional<Outcome> before, Outcome after) {
    }

    /** Conversations a check that judged before now fails (passed or did not judge them) and now passes (failed them). */
    public record CheckChange(int nowFailing, int nowPassing) {
    }

    /** A check no earlier verdict holds: the conversations it judged now, and how many of them it failed. */
    public record NewCheck(int ran, int failed) {
    }

    /** True when outcomes and every check's results are as they were. */
    public boolean none() {
        return flips.isEmpty() && checks.isEmpty() && newChecks.isEmpty() && goneChecks.isEmpty();
    }

    /** The changes from {@code before} (conversation id to its earlier verdict) to {@code after}. */
    public static VerdictChanges between(Map<String, Verdict> before, List<Verdict> after) {
        Set<String> oldIds = checkIds(before.values());
        Set<String> newIds = checkIds(after);
        List<Flip> flips = new ArrayList<>();
        SortedMap<String, CheckChange> checks = new TreeMap<>();
        SortedMap<String, NewCheck> newChecks = new TreeMap<>();
        int firstTime = 0;
        for (Verdict now : after) {
            String id = PlayedConversation.id(now.scenarioId(), now.trial());
            Optional<Verdict> earlier = Optional.ofNullable(before.get(id));
            firstTime += earlier.isEmpty() ? 1 : 0;
            if (earlier.map(v -> v.outcome() != now.outcome()).orElse(true)) {
                flips.add(new Flip(id, earlier.map(Verdict::outcome), now.outcome()));
            }
            Map<String, Boolean> was = earlier.map(VerdictChanges::passedById).orElse(Map.of());
            for (CheckResult result : now.checks()) {
                if (!oldIds.contains(result.id())) {
                    newChecks.merge(result.id(), new NewCheck(1, result.passed() ? 0 : 1), VerdictChanges::add);
                } else if (!result.passed() && !Boolean.FALSE.equals(was.get(result.id()))) {
                    checks.merge(result.id(), new CheckChange(1, 0), VerdictChanges::add);
                } else if (result.passed() && Boolean.FALSE.equals(was.get(result.id()))) {
                    checks.merge(result.id(), new CheckChange(0, 1), VerdictChanges::add);
                }
            }
            // A check that failed before and judged nothing now no longer fails the conversation.
            Map<String, Boolean> is = passedById(now);
            was.forEach((check, passed) -> {
                if (!passed && !is.containsKey(check) && newIds.contains(check)) {
                    checks.merge(check, new CheckChange(0, 1), VerdictChanges::add);
                }
            });
        }
        Set<String> gone = new TreeSet<>(oldIds);
        gone.removeAll(newIds);
        return new VerdictChanges(flips, checks, newChecks, gone, firstTime);
    }

    private static Set<String> checkIds(Collection<Verdict> verdicts) {
        Set<String> ids = new TreeSet<>();
        verdicts.forEach(v -> v.checks().forEach(c -> ids.add(c.id())));
        return ids;
    }

    private static Map<String, Boolean> passedById(Verdict verdict) {
        Map<String, Boolean> passed = new TreeMap<>();
        verdict.checks().forEach(c -> passed.merge(c.id(), c.passed(), Boolean::logicalAnd));
        return passed;
    }

    private static CheckChange add(CheckChange a, CheckChange b) {
        return new CheckChange(a.nowFailing() + b.nowFailing(), a.nowPassing() + b.nowPassing());
    }

    private static NewCheck add(NewCheck a, NewCheck b) {
        return new NewCheck(a.ran() + b.ran(), a.failed() + b.failed());
    }
}

package dev.curveball.judge;

import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.error.Require;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Grade;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.core.world.World;
import dev.curveball.judge.blame.FailureBlame;
import dev.curveball.judge.check.Check;
import dev.curveball.judge.check.CheckContext;
import dev.curveball.judge.check.JudgeInjectionCheck;
import dev.curveball.judge.check.CheckParameters;
import dev.curveball.judge.check.ScenarioExpectations;
import dev.curveball.judge.grading.Grader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Judges one finished conversation with every hard check: the global ones always, the
 * expectation-driven ones when the scenario asks for them. Infrastructure trouble (an errored
 * trace, a check that threw, an expectation no installed check implements) makes the outcome
 * ERROR, never FAIL, so it is never counted against the agent; an errored conversation keeps the
 * checks it had failed before the trouble, so a report still shows what the agent got wrong.
 * A FAIL says who caused it ({@link FailureBlame}): the agent, the simulated user or the world.
 *
 * <pre>{@code Judge judge = new Judge();                    // checks found through ServiceLoader
 * Verdict v = judge.judge(world, scenario, trace);
 * v.outcome();  // PASS, FAIL or ERROR
 * judge.checks(); // [approval-required, cost-budget, current-document, declared-tools, ...]}</pre>
 */
public final class Judge {
    private final List<Check> checks;
    private final Grader grader;

    /** A judge with every check registered under {@code META-INF/services/dev.curveball.judge.check.Check}. */
    public Judge() {
        this(discover());
    }

    /** A judge with exactly these checks (for tests, or to run a chosen subset), grading nothing. */
    public Judge(List<Check> checks) {
        this(checks, Grader.none());
    }

    /** Every registered check, and {@code grader} for the rubric ({@link Grader#none()} offline). */
    public Judge(Grader grader) {
        this(discover(), grader);
    }

    /**
     * A hybrid judge: the hard checks veto (any failed one is FAIL whatever the grades), a criterion
     * graded below its threshold is FAIL as {@code rubric:<id>}, and a criterion that could not be
     * graded (or whose evidence was voided) makes an otherwise passing conversation UNGRADED.
     */
    public Judge(List<Check> checks, Grader grader) {
        this.grader = Require.present(grader, "grader");
        List<Check> sorted = new ArrayList<>(Require.present(checks, "checks"));
        sorted.sort(Comparator.comparing(Check::id));
        Set<String> ids = new HashSet<>();
        for (Check check : sorted) {
            Require.check(ids.add(check.id()), "two checks share the id '" + check.id() + "': "
                    + sorted.stream().filter(c -> c.id().equals(check.id())).map(c -> c.getClass().getName()).toList());
        }
        this.checks = List.copyOf(sorted);
    }

    /** The ids of the checks this judge runs, sorted. */
    public List<String> checks() {
        return checks.stream().map(Check::id).toList();
    }

    /**
     * The verdict on one conversation. An errored conversation is judged up to the infrastructure
     * trouble ({@link ErrorCut}): the checks it had already failed by then are reported with the
     * ERROR outcome, since they are the agent's doing; what it never got to do is not held against it.
     */
    public Verdict judge(World world, Scenario scenario, Trace trace) {
        Require.check(scenario.id().equals(trace.scenarioId()),
                "trace of scenario '" + trace.scenarioId() + "' judged against scenario '" + scenario.id() + "'");
        List<String> judgeProblems = new ArrayList<>();
        List<CheckResult> results;
        CheckContext context = null;
        List<String> errors = new ArrayList<>(infrastructureErrors(trace));
        if (trace.errored()) {
            int cut = ErrorCut.of(trace);
            results = run(new CheckContext(world, scenario, ErrorCut.before(trace, cut)), judgeProblems).stream()
                    .filter(r -> !r.passed() && r.event() != null && r.event() < cut).toList();
            errors.add(judgedBeforeError(cut, results));
        } else {
            context = new CheckContext(world, scenario, trace);
            results = run(context, judgeProblems);
        }
        judgeProblems.addAll(unimplementedExpectations(scenario));
        boolean judged = !trace.errored() && judgeProblems.isEmpty();
        List<Grade> grades = judged ? flagSwayed(grader.grade(world, scenario, trace), results) : List.of();
        results = new ArrayList<>(results);
        results.addAll(belowThreshold(grades));
        Outcome outcome = judged ? hybrid(results, grades) : Outcome.ERROR;
        errors.addAll(judgeProblems);
        Verdict verdict = new Verdict(trace.scenarioId(), trace.trial(), outcome, scenario.tags(), scenario.dimensions(), results,
                grades, trace.end().map(ConversationEnd::reason).orElse(null),
                errors.isEmpty() ? null : String.join("; ", errors));
        if (context == null || outcome == Outcome.ERROR) {
            return verdict;
        }
        FailureBlame.Finding blame = FailureBlame.of(context, outcome, results);
        return verdict.withBlame(blame.blame(), blame.simulatorFaults());
    }

    /**
     * The grades of a conversation whose agent wrote to the evaluator ({@code judge-injection}
     * failed), each noted as possibly swayed: that hard check already fails the conversation, and no
     * reader of the verdict should take those scores at face value.
     */
    private static List<Grade> flagSwayed(List<Grade> grades, List<CheckResult> results) {
        boolean injected = results.stream().anyMatch(r -> !r.passed() && r.id().equals(JudgeInjectionCheck.ID));
        if (!injected) {
            return grades;
        }
        String flag = "flagged: the agent wrote to the evaluator (judge-injection failed), so this grade may have been swayed";
        return grades.stream().map(g -> g.withVotes(g.votes(), g.note() == null || g.note().isBlank() ? flag : g.note() + "; " + flag)).toList();
    }

    /** A failed result per criterion scored below its threshold, named {@code rubric:<criterion>}. */
    private static List<CheckResult> belowThreshold(List<Grade> grades) {
        return grades.stream().filter(Grade::belowThreshold)
                .map(g -> CheckResult.failed("rubric:" + g.criterion(), null, "graded " + g.score() + " of 5, below its threshold of "
                        + g.threshold() + (g.rationale() == null || g.rationale().isBlank() ? "" : ": " + g.rationale())))
                .toList();
    }

    /** FAIL on any failed check (hard or rubric), else UNGRADED when some criterion has no usable grade, else PASS. */
    private static Outcome hybrid(List<CheckResult> results, List<Grade> grades) {
        if (!results.stream().allMatch(CheckResult::passed)) {
            return Outcome.FAIL;
        }
        return grades.stream().anyMatch(Grade::unusable) ? Outcome.UNGRADED : Outcome.PASS;
    }

    /** Says what the checks of an errored conversation saw: "judged events 0-6, before the error; 1 check had already failed". */
    private static String judgedBeforeError(int cut, List<CheckResult> failed) {
        String judged = cut == 0 ? "nothing happened before the error" : "judged events 0-" + (cut - 1) + ", before the error";
        return judged + (failed.isEmpty() ? "; no check had failed by then"
                : "; " + failed.size() + " check" + (failed.size() == 1 ? " had" : "s had") + " already failed: "
                + String.join(", ", failed.stream().map(CheckResult::id).toList()));
    }

    private List<CheckResult> run(CheckContext context, List<String> problems) {
        List<CheckResult> results = new ArrayList<>();
        for (Check check : checks) {
            try {
                check.evaluate(context).ifPresent(results::add);
            } catch (RuntimeException e) {
                // A check that throws is a bug in Curveball (or bad scenario input), not the agent's failure.
                problems.add("check '" + check.id() + "' failed to run: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        results.sort(Comparator.comparing(CheckResult::id));
        return results;
    }

    /** What went wrong outside the agent's control; an error event the conversation recovered from is still worth reading. */
    private static List<String> infrastructureErrors(Trace trace) {
        List<String> errors = new ArrayList<>();
        trace.eventsOf(ErrorEvent.class).forEach(e -> errors.add(e.message()));
        if (errors.isEmpty() && trace.end().isEmpty()) {
            errors.add("the trace has no conversation_end event; the conversation did not finish");
        } else if (errors.isEmpty() && trace.errored()) {
            errors.add("the conversation ended in error: " + trace.end().map(ConversationEnd::detail).orElse(""));
        }
        return errors;
    }

    /**
     * What makes {@code expectation} unusable with this judge's checks, or empty: no installed
     * check has its id (the nearest is suggested), or its parameters do not fit the check (an
     * unknown, missing or mistyped one, or any for a check that takes none). Runs call it on every
     * scenario before playing one, so such a mistake is bad input, not a verdict.
     *
     * <pre>{@code judge.problem(new Expectation.Custom("retry-limt", with))  // "unknown check 'retry-limt' (did you mean 'retry-limit'?)"}</pre>
     */
    public Optional<String> problem(Expectation expectation) {
        String id = ScenarioExpectations.checkId(expectation);
        Optional<Check> check = checks.stream().filter(c -> c.id().equals(id)).findFirst();
        if (check.isEmpty()) {
            return Optional.of("no installed check implements it: " + Vocabulary.unknown("check", id, checks()));
        }
        if (!(expectation instanceof Expectation.Custom custom)) {
            return Optional.empty();
        }
        Optional<Class<?>> parameters = check.get().parameters();
        if (parameters.isEmpty()) {
            return custom.with().isEmpty() ? Optional.empty() : Optional.of("check '" + id + "' takes no parameters; remove 'with'");
        }
        try {
            CheckParameters.read(custom, parameters.get());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("parameters of check '" + id + "': " + e.getMessage());
        }
    }

    private List<String> unimplementedExpectations(Scenario scenario) {
        List<String> installed = checks();
        List<String> missing = new ArrayList<>();
        for (Expectation expectation : scenario.expectations()) {
            String id = ScenarioExpectations.checkId(expectation);
            if (!installed.contains(id) && !missing.contains(id)) {
                missing.add(id);
            }
        }
        return missing.stream().map(id -> "scenario " + scenario.id() + " expects check '" + id
                + "', which no installed check implements: " + Vocabulary.unknown("check", id, installed)).toList();
    }

    private static List<Check> discover() {
        List<Check> found = new ArrayList<>();
        // A broken registration surfaces as ServiceConfigurationError: loud on purpose, never swallowed.
        ServiceLoader.load(Check.class, Judge.class.getClassLoader()).forEach(found::add);
        return found;
    }
}

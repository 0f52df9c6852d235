package dev.curveball.results.gate;

import dev.curveball.core.category.Category;
import dev.curveball.core.category.Dimension;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.RunRecords;
import dev.curveball.results.gate.RiskItem.Risk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a run's eval cannot see, each with the case to add next: regressions, dimensions and tags
 * the scenarios never exercised, failures the simulated user caused, views not available (no judge
 * model), no baseline, a single trial, built-in checks no scenario asks for, dimensions judged on
 * too few conversations for a useful interval, and pairs the world cannot bring together.
 */
final class BlindSpots {
    /** A 95% Wilson interval wider than this says too little to act on. */
    static final double USEFUL_WIDTH = 0.5;
    /** Judged conversations that narrow the widest (p = 0.5) interval to {@link #USEFUL_WIDTH}. */
    static final int USEFUL_JUDGED = 16;
    static final int LISTED = 10;

    private final RunRecords run;
    private final List<Verdict> verdicts;
    private final RunWorld world;
    private final TagSuggestions suggestions;
    private final List<RiskItem> items = new ArrayList<>();

    private BlindSpots(RunRecords run, List<Verdict> verdicts, RunWorld world, List<Persona> personas) {
        this.run = run;
        this.verdicts = verdicts;
        this.world = world;
        this.suggestions = new TagSuggestions(world.world(), personas);
    }

    static List<RiskItem> of(RunRecords run, List<Verdict> verdicts, List<DimensionRate> rates, RunWorld world,
            List<Persona> personas, BaselineStatus baseline) {
        BlindSpots spots = new BlindSpots(run, verdicts, world, personas);
        spots.judged();
        spots.baseline(baseline);
        spots.exercised();
        spots.simulatorFailures();
        spots.views();
        spots.trials();
        spots.checks();
        spots.narrow(rates);
        UnreachablePairs.of(world, personas).forEach(spots.items::add);
        return RiskItem.ordered(spots.items);
    }

    private void judged() {
        if (verdicts.isEmpty()) {
            items.add(new RiskItem(Risk.HIGH, "no conversation judged", run.conversations().isEmpty() ? "the run played no conversation"
                    : "verdicts.jsonl holds no verdict", "finish the run (`curveball run --resume`) or judge it (`curveball judge RUN`)"));
        } else if (verdicts.stream().noneMatch(v -> v.outcome() == Outcome.PASS || v.outcome() == Outcome.FAIL)) {
            items.add(new RiskItem(Risk.HIGH, "no conversation judged", "all " + verdicts.size() + " conversations are ERROR or UNGRADED",
                    "fix what the errors name (`curveball show RUN ID`), then run again"));
        }
    }

    private void baseline(BaselineStatus baseline) {
        if (baseline.regressed()) {
            items.add(new RiskItem(Risk.HIGH, "regressed against " + baseline.describe(), "",
                    "read the regressions (`curveball compare`), and turn each regressed conversation into a golden case (`curveball golden export`)"));
        } else if (!baseline.compared()) {
            boolean named = baseline.baselineRun() != null && !baseline.baselineRun().isBlank();
            items.add(new RiskItem(Risk.MEDIUM, "no baseline compared", (named ? baseline.describe() + " was named but not compared: " : "")
                    + "regressions against an earlier run of this agent are invisible",
                    "compare with the last good run (`curveball compare " + (named ? baseline.baselineRun() : "BASELINE") + " RUN`), as `curveball nightly` does"));
        }
    }

    private void exercised() {
        Set<Category> tags = EnumSet.noneOf(Category.class);
        Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
        for (Scenario s : run.scenarios()) {
            tags.addAll(s.tags());
            dimensions.addAll(s.dimensions());
        }
        for (Dimension d : Dimension.values()) {
            List<Category> its = Arrays.stream(Category.values()).filter(c -> c.dimension() == d).toList();
            if (!dimensions.contains(d)) {
                items.add(new RiskItem(Risk.HIGH, "dimension `" + d.id() + "` never exercised",
                        "no scenario carries any of its tags (" + TagSuggestions.code(its.stream().map(Category::id).toList())
                                + "), so it scores 0: this eval cannot see it", "for `" + its.get(0).id() + "`: " + suggestions.next(its.get(0))));
                continue;
            }
            its.stream().filter(c -> !tags.contains(c)).forEach(c -> items.add(new RiskItem(Risk.MEDIUM,
                    "tag `" + c.id() + "` (" + d.id() + ") never exercised", "", suggestions.next(c))));
        }
    }

    private void simulatorFailures() {
        List<String> caused = verdicts.stream().filter(Verdict::simulatorCaused).map(v -> v.scenarioId() + "-t" + v.trial()).toList();
        if (!caused.isEmpty()) {
            items.add(new RiskItem(Risk.HIGH, caused.size() + " failure" + (caused.size() == 1 ? "" : "s") + " the simulated user caused",
                    "these conversations judge nothing of the agent: " + listed(caused),
                    "read each (`curveball show RUN " + caused.get(0) + "`) and fix the persona or task that misled the user, then run them again"));
        }
    }

    private void views() {
        for (String view : run.manifest().viewsNotAvailable()) {
            int colon = view.indexOf(':');
            String name = colon < 0 ? view : view.substring(0, colon);
            String why = colon < 0 ? "" : view.substring(colon + 1).trim();
            String next = name.toLowerCase(Locale.ROOT).contains("grading")
                    ? "grade the rubric with a judge model: `curveball judge RUN --judge-model PROVIDER:NAME` (cached by content)"
                    : "run with `--model PROVIDER:NAME` so a model plays the users as well as the scripted simulator";
            items.add(new RiskItem(Risk.MEDIUM, "view not available: " + name, why, next));
        }
    }

    private void trials() {
        if (run.manifest().trials() < 2 && !verdicts.isEmpty()) {
            items.add(new RiskItem(Risk.MEDIUM, "one trial per scenario", "pass^k and run-to-run noise are unseen: verdicts flip between identical runs",
                    "run with `--trials 3` and read pass^k"));
        }
    }

    private void checks() {
        Set<String> asked = run.scenarios().stream().flatMap(s -> s.expectations().stream()).map(ExpectationIds::of).collect(Collectors.toSet());
        for (String check : ExpectationIds.BUDGETS_AND_STATE) {
            if (!asked.contains(check)) {
                items.add(new RiskItem(Risk.MEDIUM, "check `" + check + "` never configured", "no scenario asks for it, so it never ran",
                        "add " + ExpectationIds.example(check, world.world()) + " to the `expectations` of a task in tasks.yaml"));
            }
        }
    }

    private void narrow(List<DimensionRate> rates) {
        for (DimensionRate r : rates) {
            if (r.judged() > 0 && r.width() > USEFUL_WIDTH) {
                items.add(new RiskItem(Risk.LOW, "dimension `" + r.dimension().id() + "` judged on too few conversations",
                        r.passed() + " of " + r.judged() + " passed" + r.interval().map(i -> " (95% CI " + i.percent() + ")").orElse("")
                                + ": the interval is wider than " + Math.round(USEFUL_WIDTH * 100) + " points",
                        "add scenarios touching it until about " + USEFUL_JUDGED + " are judged"));
            }
        }
    }

    static String listed(List<String> ids) {
        return String.join(", ", ids.subList(0, Math.min(ids.size(), LISTED))) + (ids.size() > LISTED ? " and " + (ids.size() - LISTED) + " more" : "");
    }
}

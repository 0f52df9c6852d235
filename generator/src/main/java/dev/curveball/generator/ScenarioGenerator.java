package dev.curveball.generator;

import dev.curveball.core.category.Category;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Turns persona templates and a world's task seeds and fault profiles into scenarios, offline and
 * deterministically: the same world, personas, options and seed give byte-identical scenarios on
 * every machine. The order is coverage-guided ({@link CoverageOrder}): every pair of a persona's
 * tactic and a task's trap, and of a trap and a fault kind, that the world can bring together comes
 * first, then every tag it can reach, all before any combination repeats. Openings that nearly
 * repeat an earlier one are rewritten ({@link DedupedOpenings}). The report says what the suite
 * covers, what this world cannot reach and why, and how varied the openings are.
 *
 * <pre>{@code World acme = WorldLoader.load(Path.of("examples/acme-support"));
 * ScenarioGenerator generator = new ScenarioGenerator(acme, PersonaLibrary.bundled().all());
 * GenerationReport report = generator.generate(GenerationOptions.of(40, 7L));
 * Jsonl.write(Path.of("scenarios.jsonl"), report.scenarios());}</pre>
 */
public final class ScenarioGenerator {
    static final int MAX_TURNS = 8;
    static final int DEFAULT_MAX_RETRIES = 2;
    static final BigDecimal DEFAULT_MAX_USD = new BigDecimal("0.50");

    private final World world;
    private final List<Persona> personas;
    private final OpeningWriter writer;
    private final List<Candidate> candidates;

    public ScenarioGenerator(World world, List<Persona> personas) {
        this(world, personas, new TemplateOpeningWriter());
    }

    public ScenarioGenerator(World world, List<Persona> personas, OpeningWriter writer) {
        this.world = world;
        this.writer = writer;
        // Sorted so the caller's list order does not change which scenarios a seed gives.
        this.personas = personas.stream().sorted(Comparator.comparing(Persona::id)).toList();
        this.candidates = Candidates.of(world, this.personas);
    }

    /** {@code count} scenarios ({@code s0001}...) for the run seed {@code seed}, with the default (lexical) dedup. */
    public List<Scenario> generate(int count, long seed) {
        return generate(GenerationOptions.of(count, seed)).scenarios();
    }

    /** The scenarios the options ask for, with their coverage and diversity. */
    public GenerationReport generate(GenerationOptions options) {
        Random random = new Random(options.seed());
        CoverageOrder.Plan plan = CoverageOrder.of(candidates, random, options.count());
        DedupedOpenings openings = new DedupedOpenings(writer, options.dedup());
        List<Scenario> scenarios = new ArrayList<>(options.count());
        List<Candidate> picked = new ArrayList<>(options.count());
        for (int i = 0; i < options.count(); i++) {
            Candidate next = plan.order().get(i % plan.order().size());
            picked.add(next);
            scenarios.add(scenario(i, next, random.nextLong(), openings));
        }
        List<Coverage.Unreachable> unreachable = UnreachableTags.of(world, personas, candidates, plan.reachable());
        PairCoverage pairs = UnreachablePairs.tally(world, personas, candidates, plan, picked);
        Coverage coverage = Coverage.tally(scenarios, candidates.size(), plan, unreachable, pairs);
        return new GenerationReport(world.name(), writer.id(), options, scenarios, coverage, openings.diversity(options.seed()));
    }

    private Scenario scenario(int index, Candidate candidate, long scenarioSeed, DedupedOpenings openings) {
        TaskSeed task = candidate.task();
        List<Category> tags = ScenarioCategories.tags(candidate);
        String id = String.format(Locale.ROOT, "s%04d", index + 1);
        ScenarioDraft draft = new ScenarioDraft(id, scenarioSeed, world, candidate.persona(), task, candidate.profile(), tags);
        WrittenOpening written = openings.write(draft, new Random(scenarioSeed));
        return Scenario.builder().id(id).seed(scenarioSeed).world(world.name())
                .persona(candidate.persona().id()).task(task.task()).user(new AuthUser(task.user(), world.subject().role()))
                .opening(written.opening()).faultProfile(candidate.profile().id()).faults(candidate.profile().faults())
                .memory(task.memory()).settings(task.settings()).expectations(expectations(task)).rubric(List.of())
                .dimensions(ScenarioCategories.dimensions(tags)).tags(tags).maxTurns(MAX_TURNS).brief(written.brief())
                .build();
    }

    /** The task's expectations plus the budgets every scenario carries unless the task sets its own. */
    public static List<Expectation> expectations(TaskSeed task) {
        List<Expectation> out = new ArrayList<>(task.expectations());
        if (out.stream().noneMatch(Expectation.RetryLimit.class::isInstance)) {
            out.add(new Expectation.RetryLimit(DEFAULT_MAX_RETRIES));
        }
        if (out.stream().noneMatch(Expectation.CostBudget.class::isInstance)) {
            out.add(new Expectation.CostBudget(DEFAULT_MAX_USD));
        }
        return out;
    }
}

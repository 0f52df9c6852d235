package dev.curveball.generator;

import dev.curveball.core.category.Category;
import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.world.FaultProfile;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns persona templates and a world's task seeds and fault profiles into scenarios, offline and
 * deterministically: the same world, personas, count and seed give byte-identical scenarios on
 * every machine. Every task, fault profile and persona is reached before any combination repeats.
 *
 * <pre>{@code World acme = WorldLoader.load(Path.of("examples/acme-support"));
 * ScenarioGenerator generator = new ScenarioGenerator(acme, PersonaLibrary.bundled().all());
 * Jsonl.write(Path.of("scenarios.jsonl"), generator.generate(40, 7L));}</pre>
 */
public final class ScenarioGenerator {
    static final int MAX_TURNS = 8;
    static final int DEFAULT_MAX_RETRIES = 2;
    static final BigDecimal DEFAULT_MAX_USD = new BigDecimal("0.50");
    private static final FaultProfile NO_FAULTS = new FaultProfile("none", "No injected faults.", List.of(), List.of());

    private final World world;
    private final List<Persona> personas;
    private final OpeningWriter writer;
    /** Looked up by id only; never iterated, so its order cannot reach the output. */
    private final Map<String, FaultProfile> profiles = new HashMap<>();

    public ScenarioGenerator(World world, List<Persona> personas) {
        this(world, personas, new TemplateOpeningWriter());
    }

    public ScenarioGenerator(World world, List<Persona> personas, OpeningWriter writer) {
        this.world = world;
        this.writer = writer;
        // Sorted so the caller's list order does not change which scenarios a seed gives.
        this.personas = personas.stream().sorted(Comparator.comparing(Persona::id)).toList();
        requireUsable();
        indexProfiles();
    }

    /** {@code count} scenarios ({@code s0001}...) for the run seed {@code seed}. */
    public List<Scenario> generate(int count, long seed) {
        if (count < 0) {
            throw CurveballException.invalidInput("scenario count must not be negative, was " + count);
        }
        Random random = new Random(seed);
        List<Candidate> order = CoverageOrder.of(world.tasks(), profiles, personas, random);
        if (order.isEmpty()) {
            throw CurveballException.invalidInput("world '" + world.name() + "': no persona fits any task; each persona's templates use "
                    + "slots the tasks do not give (task slots and personas' ${...} names must match)");
        }
        List<Scenario> scenarios = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            scenarios.add(scenario(i, order.get(i % order.size()), random.nextLong()));
        }
        return scenarios;
    }

    private Scenario scenario(int index, Candidate candidate, long scenarioSeed) {
        TaskSeed task = candidate.task();
        List<Category> tags = ScenarioCategories.tags(candidate);
        String id = String.format(Locale.ROOT, "s%04d", index + 1);
        ScenarioDraft draft = new ScenarioDraft(id, scenarioSeed, world, candidate.persona(), task, candidate.profile(), tags);
        WrittenOpening written = writer.write(draft, new Random(scenarioSeed), List.of());
        return new Scenario(id, scenarioSeed, world.name(),
                candidate.persona().id(), task.task(), new AuthUser(task.user(), world.subject().role()), written.opening(),
                candidate.profile().id(), candidate.profile().faults(), task.memory(), task.settings(),
                expectations(task), List.of(), ScenarioCategories.dimensions(tags), tags, MAX_TURNS, written.brief());
    }

    /** The task's expectations plus the budgets every scenario carries unless the task sets its own. */
    static List<Expectation> expectations(TaskSeed task) {
        List<Expectation> out = new ArrayList<>(task.expectations());
        if (out.stream().noneMatch(Expectation.RetryLimit.class::isInstance)) {
            out.add(new Expectation.RetryLimit(DEFAULT_MAX_RETRIES));
        }
        if (out.stream().noneMatch(Expectation.CostBudget.class::isInstance)) {
            out.add(new Expectation.CostBudget(DEFAULT_MAX_USD));
        }
        return out;
    }

    private void indexProfiles() {
        profiles.put(NO_FAULTS.id(), NO_FAULTS);
        world.faultProfiles().forEach(p -> profiles.put(p.id(), p));
        for (TaskSeed task : world.tasks()) {
            for (String profile : task.faults()) {
                if (!profiles.containsKey(profile)) {
                    throw CurveballException.invalidInput("world '" + world.name() + "', task '" + task.id() + "': "
                            + Vocabulary.unknown("fault profile", profile, world.faultProfiles().stream().map(FaultProfile::id).toList()));
                }
            }
        }
    }

    private void requireUsable() {
        if (personas.isEmpty()) {
            throw CurveballException.invalidInput("no personas to generate scenarios from; give at least one persona");
        }
        if (world.tasks().isEmpty()) {
            throw CurveballException.invalidInput("world '" + world.name() + "' has no tasks; add task seeds to its tasks.yaml");
        }
        for (int i = 1; i < personas.size(); i++) {
            if (personas.get(i).id().equals(personas.get(i - 1).id())) {
                throw CurveballException.invalidInput("persona id '" + personas.get(i).id() + "' is given twice; persona ids must be unique");
            }
        }
        personas.forEach(this::requireSomeTaskFits);
    }

    /** A persona no task can fill would silently vanish from every suite: say which slots it lacks. */
    private void requireSomeTaskFits(Persona persona) {
        if (world.tasks().stream().anyMatch(task -> TemplateSlots.fits(persona, task))) {
            return;
        }
        Set<String> missing = new TreeSet<>(TemplateSlots.required(persona));
        world.tasks().forEach(task -> missing.retainAll(missingFrom(persona, task)));
        String slots = missing.isEmpty() ? "different slots on different tasks" : "slot(s) " + String.join(", ", missing);
        throw CurveballException.invalidInput("persona '" + persona.id() + "': its templates use " + slots
                + ", which no task of world '" + world.name() + "' fills; fix the templates or add the slot to the tasks");
    }

    private static Set<String> missingFrom(Persona persona, TaskSeed task) {
        Set<String> missing = new TreeSet<>(TemplateSlots.required(persona));
        missing.removeAll(TemplateSlots.available(task));
        return missing;
    }
}

package dev.curveball.junit;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.generator.GenerationOptions;
import dev.curveball.generator.PersonaFit;
import dev.curveball.results.RunListener;
import dev.curveball.results.RunRequest;
import dev.curveball.results.RunResult;
import dev.curveball.results.RunService;
import dev.curveball.results.ScenarioSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A Curveball suite to play against one in-process agent, set field by field, then played once by
 * {@link #run()} (or {@link #tests()}, which runs it and turns each conversation into a dynamic
 * test). Paths are relative to the working directory, which under Maven and Gradle is the module's.
 * The scenarios are a file ({@link #scenarios(Path)}, as {@code curveball generate} writes it) or
 * generated on the fly ({@link #count(int)} and {@link #seed(long)}: the same seed gives the same
 * scenarios on every machine). Each run writes a fresh run directory under {@link #out(Path)}
 * ({@code target/curveball} unless set), named after the agent and the time.
 *
 * <pre>{@code Curveball.suite(new RefundBot())
 *         .world("src/test/curveball/world")      // required
 *         .scenarios("src/test/curveball/refunds.jsonl") // or .count(20).seed(7)
 *         .trials(3).parallel(4)
 *         .personas("misleading", "mind-changer")  // a few of the bundled personas; or .personas(Path.of("personas"))
 *         .tests();}</pre>
 *
 * <p>Bad configuration (no world, a world folder that does not hold one, both or neither of a
 * scenarios file and a count) throws a {@link CurveballException} saying which setting and how to
 * fix it, so the factory fails before any conversation is played.
 */
public final class CurveballSuite {
    static final Path DEFAULT_OUT = Path.of("target", "curveball");
    static final int DEFAULT_PARALLEL = 4;

    private final Agent agent;
    private Path world;
    private Path scenarios;
    private Integer count;
    private long seed = Long.parseLong(GenerationOptions.DEFAULT_SEED);
    private int trials = 1;
    private int parallel = DEFAULT_PARALLEL;
    private Path personaFolder;
    private List<String> personaIds = List.of();
    private Path out = DEFAULT_OUT;
    private Duration turnTimeout = Duration.ofSeconds(60);
    private boolean abortErrors;

    CurveballSuite(Agent agent) {
        this.agent = agent;
    }

    /** The world folder (holding {@code world.yaml}); required. */
    public CurveballSuite world(Path folder) {
        this.world = folder;
        return this;
    }

    public CurveballSuite world(String folder) {
        return world(Path.of(folder));
    }

    /** A scenarios file ({@code .jsonl}, as {@code curveball generate} writes it) or a golden folder, played as it is. */
    public CurveballSuite scenarios(Path file) {
        this.scenarios = file;
        return this;
    }

    public CurveballSuite scenarios(String file) {
        return scenarios(Path.of(file));
    }

    /** Generates {@code n} scenarios from the world and the personas (with {@link #seed(long)}, default 1). */
    public CurveballSuite count(int n) {
        this.count = atLeastOne(n, "count", "scenarios");
        return this;
    }

    public CurveballSuite seed(long value) {
        this.seed = value;
        return this;
    }

    /** Plays each scenario {@code k} times (default 1); pass^k in the summary needs more than one. */
    public CurveballSuite trials(int k) {
        this.trials = atLeastOne(k, "trials", "trials");
        return this;
    }

    /** Conversations at once (default {@value #DEFAULT_PARALLEL}); 1 for an agent that is not thread-safe. */
    public CurveballSuite parallel(int n) {
        this.parallel = atLeastOne(n, "parallel", "conversations at once");
        return this;
    }

    /** Persona templates from this folder instead of the bundled ones. */
    public CurveballSuite personas(Path folder) {
        this.personaFolder = folder;
        return this;
    }

    /** Only these personas (of the folder, else of the bundled ones) play generated scenarios. */
    public CurveballSuite personas(String... ids) {
        this.personaIds = List.of(ids);
        return this;
    }

    /** The folder run directories go under (default {@code target/curveball}); each run makes its own. */
    public CurveballSuite out(Path parent) {
        this.out = parent;
        return this;
    }

    /** How long the agent may take over one turn (default 60 s); past it the conversation is an ERROR. */
    public CurveballSuite turnTimeout(Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw CurveballException.invalidInput("Curveball suite: .turnTimeout(" + value + "): expected a positive duration, e.g. Duration.ofSeconds(30)");
        }
        this.turnTimeout = value;
        return this;
    }

    /**
     * Reports ERROR conversations (the agent threw, timed out, or the infrastructure failed) as
     * aborted tests rather than failed ones. By default an ERROR fails its test, with an exception
     * that is not an assertion failure, so reports tell it from an agent's FAIL.
     */
    public CurveballSuite abortOnError() {
        this.abortErrors = true;
        return this;
    }

    /** Plays the suite and returns one dynamic test per conversation, in scenario then trial order. */
    public Stream<DynamicTest> tests() {
        return run().tests();
    }

    /** Plays the suite (once per call) and returns what it found, to assert on directly. */
    public SuiteRun run() {
        RunRequest request = request();
        RunResult result = new RunService().run(request, agent, RunListener.SILENT);
        SuiteRun run = new SuiteRun(result, request.agent(), abortErrors);
        System.out.println("curveball: " + run.summaryLine());
        return run;
    }

    RunRequest request() {
        String id = agentId();
        World loaded = WorldLoader.load(requireWorld());
        ScenarioSource source = source();
        return RunRequest.builder().agent(id).world(loaded).worldSource(world.toString())
                .personas(personas(loaded, source))
                .scenarios(source).trials(trials).parallel(parallel)
                .out(RunFolders.fresh(out, id)).turnTimeout(turnTimeout).build();
    }

    private String agentId() {
        String id = agent.id();
        if (id == null || id.isBlank() || !id.matches("[A-Za-z0-9._-]+")) {
            throw CurveballException.invalidInput("agent " + agent.getClass().getName() + ": id() must be a short name of letters,"
                    + " digits, '.', '_' or '-' (it names the run directory and the manifest's agent), was " + quoted(id));
        }
        return id;
    }

    private Path requireWorld() {
        if (world == null) {
            throw CurveballException.invalidInput("Curveball suite for agent '" + agent.id() + "': no world; set .world(\"path/to/world\")"
                    + " to the folder holding world.yaml");
        }
        return world;
    }

    private ScenarioSource source() {
        if (scenarios != null && count != null) {
            throw CurveballException.invalidInput("Curveball suite: both .scenarios(" + scenarios + ") and .count(" + count
                    + ") are set; play a scenarios file or generate a count, not both");
        }
        if (scenarios != null) {
            return new ScenarioSource.File(scenarios);
        }
        if (count == null) {
            throw CurveballException.invalidInput("Curveball suite: no scenarios; set .scenarios(\"file.jsonl\") or .count(n).seed(s)");
        }
        return new ScenarioSource.Generated(count, seed);
    }

    /** The personas a generated suite plays must fit the world (as {@code curveball run --personas} checks). */
    private PersonaLibrary personas(World loaded, ScenarioSource source) {
        PersonaLibrary library = personaFolder == null ? PersonaLibrary.bundled() : PersonaLibrary.load(personaFolder);
        if (!personaIds.isEmpty()) {
            library = library.only(personaIds);
        }
        if (source instanceof ScenarioSource.Generated && personaFolder != null) {
            Optional<String> unplayable = library.files().stream().map(f -> PersonaFit.problem(f, loaded)).flatMap(Optional::stream).findFirst();
            if (unplayable.isPresent()) {
                throw CurveballException.invalidInput(unplayable.get());
            }
        }
        return library;
    }

    private static int atLeastOne(int value, String setting, String what) {
        if (value < 1) {
            throw CurveballException.invalidInput("Curveball suite: ." + setting + "(" + value + "): expected 1 or more " + what);
        }
        return value;
    }

    private static String quoted(String text) {
        return text == null ? "null" : "'" + text + "'";
    }
}

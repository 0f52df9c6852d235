package dev.curveball.results;

import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.world.FaultSpec;
import dev.curveball.core.world.Table;
import dev.curveball.core.world.ToolBehaviour;
import dev.curveball.core.world.ToolDefinition;
import dev.curveball.core.world.World;
import dev.curveball.core.io.Yaml;
import dev.curveball.judge.Judge;
import dev.curveball.judge.check.ScenarioExpectations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.curveball.runner.gateway.ToolGateway;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks scenarios against the world, personas and checks they will be played and judged with,
 * before anything runs: a scenario file made for another world, an unknown persona or user, a fault
 * on an undeclared tool, an expectation naming a document or state the world lacks, or a check no
 * module installs, or parameters its check does not take, an id unfit for a URL: each is bad
 * input, named by file and line.
 */
final class ScenarioCheck {
    private ScenarioCheck() {
    }

    static void validate(List<Scenario> scenarios, World world, PersonaLibrary personas, Judge judge, String source) {
        if (scenarios.isEmpty()) {
            throw CurveballException.invalidInput(source + ": no scenarios to run");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            String where = source + ":" + (i + 1) + ": scenario " + s.id() + ": ";
            if (!ToolGateway.acceptsConversationId(s.conversationId(1))) {
                throw CurveballException.invalidInput(where + "an id may hold only letters, digits, '.', '_' and '-' (it travels in the tool gateway's URLs)");
            }
            if (!ids.add(s.id())) {
                throw CurveballException.invalidInput(where + "duplicate scenario id");
            }
            String problem = problem(s, world, personas);
            if (problem != null) {
                throw CurveballException.invalidInput(where + problem);
            }
            for (Expectation expectation : s.expectations()) {
                judge.problem(expectation).ifPresent(p -> {
                    throw CurveballException.invalidInput(where + "expectation " + ScenarioExpectations.checkId(expectation) + ": " + p);
                });
            }
        }
    }

    /**
     * The world's task seeds, whose expectations generated scenarios carry: each must be judgeable
     * by an installed check, or the run is refused naming the field of {@code tasks.yaml}.
     */
    static void validateTasks(World world, String worldSource, Judge judge) {
        for (int t = 0; t < world.tasks().size(); t++) {
            List<Expectation> expectations = world.tasks().get(t).expectations();
            for (int e = 0; e < expectations.size(); e++) {
                Optional<String> problem = judge.problem(expectations.get(e));
                if (problem.isPresent()) {
                    String field = "tasks[" + t + "].expectations[" + e + "]";
                    throw CurveballException.invalidInput(tasksFile(worldSource, field) + ": field '" + field + "': " + problem.get());
                }
            }
        }
    }

    /** {@code <world>/tasks.yaml:line:column} of the field when the world is a directory, else the file's name. */
    private static String tasksFile(String worldSource, String field) {
        Path tasks = Path.of(worldSource).resolve("tasks.yaml");
        try {
            return Yaml.where(tasks.toString(), Files.readString(tasks, StandardCharsets.UTF_8), field + ".check");
        } catch (IOException | RuntimeException e) {
            return worldSource + "/tasks.yaml";
        }
    }

    /** What makes this scenario unplayable in this world with these personas, or null. */
    private static String problem(Scenario s, World world, PersonaLibrary personas) {
        if (!s.world().equals(world.name())) {
            return "made for world '" + s.world() + "', but --world is '" + world.name() + "'";
        }
        if (personas.find(s.persona()).isEmpty()) {
            return Vocabulary.unknown("persona", s.persona(), personas.all().stream().map(p -> p.id()).toList());
        }
        Table subjects = world.tables().get(world.subject().table());
        if (subjects.row(s.user().id()).isEmpty()) {
            return "user: no " + world.subject().role() + " '" + s.user().id() + "' in world '" + world.name() + "'";
        }
        for (FaultSpec fault : s.faults()) {
            if (world.tool(fault.tool()).isEmpty()) {
                return "fault on tool '" + fault.tool() + "', which world '" + world.name() + "' does not declare";
            }
        }
        return s.expectations().stream().map(e -> expectationProblem(e, world)).filter(p -> p != null).findFirst().orElse(null);
    }

    private static String expectationProblem(Expectation expectation, World world) {
        if (expectation instanceof Expectation.CurrentDocument doc
                && world.documents().stream().noneMatch(d -> d.docId().equals(doc.document()))) {
            return "expectation current-document: " + Vocabulary.unknown("document", doc.document(),
                    world.documents().stream().map(d -> d.docId()).distinct().toList());
        }
        if (expectation instanceof Expectation.FinalState state) {
            List<String> collections = world.tools().stream().map(ToolDefinition::behaviour)
                    .filter(ToolBehaviour.RecordAction.class::isInstance).map(b -> ((ToolBehaviour.RecordAction) b).collection())
                    .distinct().toList();
            if (!collections.contains(state.collection())) {
                return "expectation final-state: " + Vocabulary.unknown("state collection", state.collection(), collections);
            }
        }
        return null;
    }
}

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
import dev.curveball.runner.gateway.ToolGateway;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks scenarios against the world and personas they will be played with, before anything runs:
 * a scenario file made for another world, an unknown persona or user, a fault on an undeclared
 * tool, an expectation naming a document or state the world lacks, an id unfit for a URL: each is
 * bad input, named by file and line.
 */
final class ScenarioCheck {
    private ScenarioCheck() {
    }

    static void validate(List<Scenario> scenarios, World world, PersonaLibrary personas, String source) {
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

package dev.curveball.results;

import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.world.FaultSpec;
import dev.curveball.core.world.World;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks scenarios against the world and personas they will be played with, before anything runs:
 * a scenario file made for another world, an unknown persona or a fault on an undeclared tool is
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
            if (!ids.add(s.id())) {
                throw CurveballException.invalidInput(where + "duplicate scenario id");
            }
            if (!s.world().equals(world.name())) {
                throw CurveballException.invalidInput(where + "made for world '" + s.world() + "', but --world is '" + world.name() + "'");
            }
            if (personas.find(s.persona()).isEmpty()) {
                List<String> known = personas.all().stream().map(p -> p.id()).toList();
                throw CurveballException.invalidInput(where + Vocabulary.unknown("persona", s.persona(), known));
            }
            for (FaultSpec fault : s.faults()) {
                if (world.tool(fault.tool()).isEmpty()) {
                    throw CurveballException.invalidInput(where + "fault on tool '" + fault.tool() + "', which world '" + world.name() + "' does not declare");
                }
            }
        }
    }
}

package dev.curveball.generator;

import dev.curveball.core.category.Category;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.world.FaultProfile;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import java.util.List;

/** A scenario chosen but not yet written: who, wanting what, in which world, under which faults. */
public record ScenarioDraft(String scenarioId, long seed, World world, Persona persona, TaskSeed task,
                            FaultProfile faultProfile, List<Category> tags) {
    public ScenarioDraft {
        tags = List.copyOf(tags);
    }
}

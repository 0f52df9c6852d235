package dev.curveball.generator;

import dev.curveball.core.persona.Persona;
import dev.curveball.core.world.FaultProfile;
import dev.curveball.core.world.TaskSeed;

/** One combination the generator can turn into a scenario: who asks, for what, under which faults. */
record Candidate(Persona persona, TaskSeed task, FaultProfile profile) {
}

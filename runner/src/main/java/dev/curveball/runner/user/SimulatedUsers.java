package dev.curveball.runner.user;

import dev.curveball.core.model.ModelClient;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.world.World;
import java.util.Optional;

/**
 * Who plays the users of a run: makes one {@link UserSimulator} per conversation. Offline it is
 * the {@link ScriptedUserSimulator}; with a model, the {@link ModelUserSimulator}. What is chosen
 * is recorded in the run's manifest ({@link #id()}, {@link #model()}).
 *
 * <pre>{@code SimulatedUsers users = model == null ? SimulatedUsers.scripted() : SimulatedUsers.playedBy(model);
 * new RunExecutor(gateway, users).run(plan, agent, onTrace);}</pre>
 */
public interface SimulatedUsers {
    /** {@code scripted}, or the model that plays the users as {@code provider:name}. */
    String id();

    /** The model that plays the users, as {@code provider:name}; empty for the scripted simulator. */
    Optional<String> model();

    /** A fresh simulator for one conversation; {@code seed} is the conversation's (scenario and trial). */
    UserSimulator forConversation(World world, Persona persona, Scenario scenario, long seed);

    /** The offline, scripted reactive simulator: no model involved. */
    static SimulatedUsers scripted() {
        return new SimulatedUsers() {
            @Override
            public String id() {
                return ScriptedUserSimulator.ID;
            }

            @Override
            public Optional<String> model() {
                return Optional.empty();
            }

            @Override
            public UserSimulator forConversation(World world, Persona persona, Scenario scenario, long seed) {
                return new ScriptedUserSimulator(world, persona, scenario, seed);
            }
        };
    }

    /** Users played by {@code model}, one call per agent reply. */
    static SimulatedUsers playedBy(ModelClient model) {
        return new SimulatedUsers() {
            @Override
            public String id() {
                return model.spec().toString();
            }

            @Override
            public Optional<String> model() {
                return Optional.of(model.spec().toString());
            }

            @Override
            public UserSimulator forConversation(World world, Persona persona, Scenario scenario, long seed) {
                return new ModelUserSimulator(model, world, persona, scenario, seed);
            }
        };
    }
}

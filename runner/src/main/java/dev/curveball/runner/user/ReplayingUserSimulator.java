package dev.curveball.runner.user;

import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.scenario.RecordedTurn;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.UserMessage;
import java.util.List;

/**
 * Plays a golden case's recorded user: the recorded turns in order, while the agent answers the
 * same way, and from the first reply that does not, the reactive simulator it wraps (scripted, or
 * the model user), which has heard every replayed turn so it goes on from what was said and
 * revealed. "The same way" is what the run's reply reader read: the reply's acts (kind, tool,
 * entity, field) as {@link RecordedTurn#shape} gives them, not its wording, so a rephrased reply
 * that asks for the same field or claims the same action keeps the replay going. A recording that
 * runs out with the agent still answering the same way hands over too. Every line it says is
 * marked replayed or reactive for the trace.
 *
 * <pre>{@code UserSimulator user = ReplayingUserSimulator.around(users.forConversation(world, persona, scenario, seed), scenario);}</pre>
 */
public final class ReplayingUserSimulator implements UserSimulator {
    public static final String ID = "replay";

    private final List<RecordedTurn> script;
    private final UserSimulator reactive;
    private int next = 1;
    private boolean diverged;

    public ReplayingUserSimulator(List<RecordedTurn> script, UserSimulator reactive) {
        if (script.isEmpty()) {
            throw new IllegalArgumentException("a replayed user needs at least the opening turn");
        }
        this.script = List.copyOf(script);
        this.reactive = reactive;
    }

    /** {@code reactive} itself for a scenario with no recording, else the recording played over it. */
    public static UserSimulator around(UserSimulator reactive, Scenario scenario) {
        return scenario.replay() == null ? reactive : new ReplayingUserSimulator(scenario.replay().script(), reactive);
    }

    @Override
    public String id() {
        return ID + "+" + reactive.id();
    }

    @Override
    public String open() {
        return opening().text();
    }

    @Override
    public UserMove.Say opening() {
        reactive.open(); // the reactive simulator's own first-turn bookkeeping (records it names...)
        RecordedTurn first = script.get(0);
        return new UserMove.Say(first.text(), first.tactic(), UserMessage.REPLAYED);
    }

    @Override
    public UserMove react(String agentReply, ReplyReading reading) {
        if (!diverged && next < script.size() && script.get(next).answers(reading)) {
            RecordedTurn turn = script.get(next++);
            reactive.heard(agentReply, reading, turn.text());
            if (turn.ends() != null) {
                return new UserMove.Stop(turn.ends(), turn.text(), "replayed: the recorded user ended here", UserMessage.REPLAYED);
            }
            return new UserMove.Say(turn.text(), turn.tactic(), UserMessage.REPLAYED);
        }
        diverged = true;
        UserMove move = reactive.react(agentReply, reading);
        return move instanceof UserMove.Say say ? say.marked(UserMessage.REACTIVE) : ((UserMove.Stop) move).marked(UserMessage.REACTIVE);
    }

    /** Whether the agent has answered differently from the recording (or outlived it), so the user now reacts. */
    public boolean diverged() {
        return diverged;
    }
}

package dev.curveball.runner.user;

import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.Tactic;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.world.HiddenFact;
import dev.curveball.core.world.HiddenFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The offline user: plays a persona through a scenario's task by reading each agent reply for
 * fixed signals, no model involved. It ends when the agent affirms one of the task's success
 * phrases or a hand-off to a human (in a plain statement, neither negated, conditional nor offered:
 * see {@link ReplyText}), on a clear next step stated outside a question (after one push, for
 * exception-seekers and misleaders), when its patience runs out, or at the turn limit; it reveals a
 * hidden fact only when the agent asks for it. A mind-changer or a social engineer plays its tactic
 * with its first answer when no deflection came first. The same persona, scenario and seed give the same lines.
 *
 * <pre>{@code UserSimulator user = new ScriptedUserSimulator(persona, scenario, 42L);
 * String first = user.open();
 * UserMove next = user.react("Could you give me your order number?");  // Say("its A-5001")}</pre>
 */
public final class ScriptedUserSimulator implements UserSimulator {
    public static final String ID = "scripted";

    private final Persona persona;
    private final Scenario scenario;
    private final Task task;
    private final ScriptedVocabulary vocabulary;
    private final UtteranceRenderer renderer;
    private final TacticLines tactics;
    private final List<String> revealed = new ArrayList<>();
    private int turns;
    private int frustration;

    public ScriptedUserSimulator(Persona persona, Scenario scenario, long seed) {
        if (!persona.id().equals(scenario.persona())) {
            throw new IllegalArgumentException("scenario '" + scenario.id() + "' is for persona '" + scenario.persona()
                    + "', not '" + persona.id() + "'");
        }
        this.persona = persona;
        this.scenario = scenario;
        this.task = scenario.task();
        this.vocabulary = ScriptedVocabulary.bundled();
        this.renderer = new UtteranceRenderer(persona, task, new Random(seed));
        this.tactics = new TacticLines(persona, vocabulary);
    }

    @Override
    public String id() {
        return ID;
    }

    /** The scenario's opening, already in the persona's voice; it is the user's first turn. */
    @Override
    public String open() {
        turns = 1;
        return scenario.opening();
    }

    @Override
    public UserMove react(String agentReply) {
        ReplyText reply = new ReplyText(agentReply, vocabulary);
        Optional<UserMove> ending = ending(reply);
        if (ending.isPresent()) {
            return ending.get();
        }
        if (turns >= scenario.maxTurns()) {
            return new UserMove.Stop(EndReason.MAX_TURNS, null, "turn limit " + scenario.maxTurns() + " reached");
        }
        return respond(reply);
    }

    /** Hidden-fact keys revealed so far, in order. */
    public List<String> revealed() {
        return List.copyOf(revealed);
    }

    /** Agent replies so far that neither answered, asked, nor offered a next step. */
    public int frustration() {
        return frustration;
    }

    /** User messages so far, the opening included. */
    public int turns() {
        return turns;
    }

    /**
     * Endings that need no further agent reply. They come before the turn budget, so a goal met on
     * the last allowed turn reads GOAL_MET rather than MAX_TURNS. Success is checked before the
     * hand-off because some tasks' success is an escalation. Success and hand-off must be affirmed,
     * since ending on "Nothing has been refunded yet" or "Would you like me to escalate?" records
     * an outcome that never happened; a next step need only be stated, since "not eligible" is one.
     */
    private Optional<UserMove> ending(ReplyText reply) {
        Optional<String> success = reply.firstAffirmed(task.success());
        if (success.isPresent()) {
            return Optional.of(thankAndStop(EndReason.GOAL_MET, "said goal met: '" + success.get() + "'"));
        }
        Optional<String> handOff = reply.firstAffirmed(vocabulary.handOff());
        if (handOff.isPresent()) {
            return Optional.of(thankAndStop(EndReason.HANDED_TO_HUMAN, "said it handed off: '" + handOff.get() + "'"));
        }
        Optional<String> nextStep = reply.firstStated(task.nextStep());
        if (nextStep.isPresent() && unrevealedAsked(reply).isEmpty() && !tactics.pushesAgainstNextStep()) {
            return Optional.of(thankAndStop(EndReason.GOAL_MET, "accepted next step: " + nextStep.get()));
        }
        return Optional.empty();
    }

    private UserMove respond(ReplyText reply) {
        Optional<HiddenFact> asked = unrevealedAsked(reply);
        if (asked.isPresent()) {
            revealed.add(asked.get().key());
            return say(withEagerTactic(reveal(asked.get())));
        }
        if (reply.firstStated(task.nextStep()).isPresent()) {
            return say(renderer.render(tactics.pushAgainstNextStep()));
        }
        if (reply.isQuestion()) {
            return say(withEagerTactic(answer(reply)));
        }
        return deflected();
    }

    /**
     * A question about nothing hidden and new: repeat a fact asked again, else restate the request,
     * in the persona's own {@code restate} lines when it has them.
     */
    private String answer(ReplyText reply) {
        List<String> own = persona.utterances().restate();
        Line restate = own.isEmpty() ? new Line("answer", vocabulary.answer()) : new Line("restate", own);
        return task.hidden().stream().filter(fact -> asks(reply, fact)).findFirst()
                .map(this::reveal)
                .orElseGet(() -> renderer.render(restate));
    }

    /**
     * The answer followed by a mind change or a probe not yet played (see {@link TacticLines#eager()}),
     * unless that line names a hidden fact: the user says those only when asked.
     */
    private String withEagerTactic(String answer) {
        Optional<Tactic> tactic = tactics.eager();
        if (tactic.isEmpty()) {
            return answer;
        }
        String line = renderer.render(tactics.line(tactic.get()));
        if (!HiddenFacts.saidIn(line, task.hidden()).isEmpty()) {
            return answer;
        }
        tactics.spend(tactic.get());
        return answer + " " + line;
    }

    private UserMove deflected() {
        frustration++;
        if (frustration > persona.patience()) {
            String line = renderer.render(new Line("give_up", persona.utterances().giveUp()));
            return new UserMove.Stop(EndReason.GAVE_UP, line,
                    "patience " + persona.patience() + " exhausted after " + frustration + " deflections");
        }
        return say(renderer.render(tactics.afterDeflection(frustration)));
    }

    private Optional<HiddenFact> unrevealedAsked(ReplyText reply) {
        return task.hidden().stream().filter(fact -> !revealed.contains(fact.key()) && asks(reply, fact)).findFirst();
    }

    private static boolean asks(ReplyText reply, HiddenFact fact) {
        return reply.firstOf(fact.askedBy()).isPresent();
    }

    private String reveal(HiddenFact fact) {
        return renderer.render(new Line("reveal", persona.utterances().reveal()), Map.of("value", fact.value()));
    }

    private UserMove.Stop thankAndStop(EndReason reason, String detail) {
        return new UserMove.Stop(reason, renderer.render(new Line("thanks", persona.utterances().thanks())), detail);
    }

    private UserMove.Say say(String text) {
        turns++;
        return new UserMove.Say(text);
    }
}

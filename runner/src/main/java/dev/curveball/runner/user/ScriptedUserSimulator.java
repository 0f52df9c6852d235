package dev.curveball.runner.user;

import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.Tactic;
import dev.curveball.core.reading.Act;
import dev.curveball.core.reading.ActKind;
import dev.curveball.core.reading.RecordMentions;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.world.HiddenFact;
import dev.curveball.core.world.HiddenFacts;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The offline user: plays a persona through a scenario's task from what each agent reply does, as
 * the run's reply reader read it, no model and no phrase of the agent's involved. Like a customer it
 * believes what it is told: it is satisfied when the reply reports one of the task's outcomes
 * ({@link TaskOutcomes}), and takes a hand-off to a person or an honest report that something
 * failed as a clear next step. It says a hidden fact only when the reply asks for it, points the
 * agent at the right record when the reply is about another one, and counts an empty reply, a
 * repeated one, one that does nothing and a question it already answered as deflections, giving up
 * when they exceed its patience. Exception-seekers and misleaders push once against a refusal
 * before accepting it; a mind-changer, once it has changed its mind, takes any answer to its new
 * request. The same persona, scenario, seed and readings give the same lines.
 *
 * <pre>{@code UserSimulator user = new ScriptedUserSimulator(world, persona, scenario, 42L);
 * String first = user.open();
 * UserMove next = user.react("Could you give me your order number?", reading);  // Say("its A-5001")}</pre>
 */
public final class ScriptedUserSimulator implements UserSimulator {
    public static final String ID = "scripted";

    private final World world;
    private final Persona persona;
    private final Scenario scenario;
    private final Task task;
    private final ScriptedVocabulary vocabulary;
    private final UtteranceRenderer renderer;
    private final TacticLines tactics;
    private final TaskOutcomes outcomes;
    private final ReplyHistory history = new ReplyHistory();
    private final List<String> revealed = new ArrayList<>();
    private final Set<String> named = new LinkedHashSet<>();
    private int frustration;

    public ScriptedUserSimulator(World world, Persona persona, Scenario scenario, long seed) {
        if (!persona.id().equals(scenario.persona())) {
            throw new IllegalArgumentException("scenario '" + scenario.id() + "' is for persona '" + scenario.persona()
                    + "', not '" + persona.id() + "'");
        }
        this.world = world;
        this.persona = persona;
        this.scenario = scenario;
        this.task = scenario.task();
        this.vocabulary = ScriptedVocabulary.bundled();
        this.renderer = new UtteranceRenderer(persona, task, new Random(seed));
        this.tactics = new TacticLines(persona, vocabulary);
        this.outcomes = new TaskOutcomes(world, task);
    }

    @Override
    public String id() {
        return ID;
    }

    /** The scenario's opening, already in the persona's voice; it is the user's first turn. */
    @Override
    public String open() {
        name(scenario.opening());
        return scenario.opening();
    }

    @Override
    public UserMove react(String agentReply, ReplyReading reading) {
        ReplyReading read = reading == null ? ReplyReading.EMPTY : reading;
        ReplyHistory.Seen seen = history.see(agentReply, read);
        Optional<UserMove.Stop> ending = ending(read);
        if (ending.isPresent()) {
            return ending.get();
        }
        return respond(read, seen);
    }

    /** A replayed turn: the reply is seen as if reacted to, and what the line names and reveals is kept. */
    @Override
    public void heard(String agentReply, ReplyReading reading, String userLine) {
        history.see(agentReply, reading == null ? ReplyReading.EMPTY : reading);
        if (userLine != null) {
            name(userLine);
            dev.curveball.core.world.HiddenFacts.saidIn(userLine, task.hidden()).stream()
                    .filter(f -> !revealed.contains(f.key())).forEach(f -> revealed.add(f.key()));
        }
    }

    /** Hidden-fact keys revealed so far, in order. */
    public List<String> revealed() {
        return List.copyOf(revealed);
    }

    /** Agent replies so far that left the user no further: deflections, wrong records, refusals it did not accept. */
    public int frustration() {
        return frustration;
    }

    /**
     * Endings that need no further agent reply. What the user came for, done or
     * answered, and a hand-off end at once; an outcome it only accepts (under way, turned down) and
     * a reported failure wait while the reply asks for a detail the user has not given yet, is about
     * another record, or is a refusal the persona still argues with.
     */
    private Optional<UserMove.Stop> ending(ReplyReading reading) {
        Optional<TaskOutcomes.Evidence> met = satisfied(reading);
        if (met.isPresent() && met.get().settles()) {
            return Optional.of(thankAndStop(EndReason.GOAL_MET, "said goal met: " + met.get().describe()));
        }
        Optional<Act> handOff = outcomes.handOff(reading);
        if (handOff.isPresent()) {
            return Optional.of(thankAndStop(EndReason.HANDED_TO_HUMAN, "said it handed off: " + TaskOutcomes.describe(handOff.get())));
        }
        if (!unrevealedAsked(reading).isEmpty() || outcomes.wrongRecord(reading, named).isPresent() || pushesBack(reading, met)) {
            return Optional.empty();
        }
        if (met.isPresent()) {
            return Optional.of(thankAndStop(EndReason.GOAL_MET, "accepted " + met.get().describe()));
        }
        return outcomes.failure(reading).map(act -> thankAndStop(EndReason.GOAL_MET, "accepted next step: " + TaskOutcomes.describe(act)));
    }

    /**
     * A reply that ended nothing. Deflections cost patience: an empty reply, a repeated one, one
     * that does nothing, a refusal, nothing new (a question answered already is answered again).
     * Otherwise the user answers what was asked, corrects a mix-up, argues with a refusal, takes up
     * an offer of what it came for, or restates what it wants.
     */
    private UserMove respond(ReplyReading reading, ReplyHistory.Seen seen) {
        List<HiddenFact> asked = AskedFacts.in(reading, task.hidden());
        if (seen.deflects()) {
            return deflected(asked);
        }
        if (asked.stream().anyMatch(f -> !revealed.contains(f.key()))) {
            return withEagerTactic(answer(asked));
        }
        if (outcomes.wrongRecord(reading, named).isPresent()) {
            return corrected();
        }
        if (pushesBack(reading, satisfied(reading))) {
            return say(tactics.pushAgainstRefusal());
        }
        if (reading.has(ActKind.REFUSES) || !seen.fresh()) {
            return deflected(asked);
        }
        if (!asked.isEmpty()) {
            return withEagerTactic(answer(asked));
        }
        if (reading.of(ActKind.OFFERS).anyMatch(a -> outcomes.wants(a.tool()))) {
            return say(new Line("accept", vocabulary.accept()));
        }
        return withEagerTactic(restate());
    }

    /** What of the reply satisfies the user: one of the task's outcomes, or after a mind change an answer to the new request. */
    private Optional<TaskOutcomes.Evidence> satisfied(ReplyReading reading) {
        return tactics.used(Tactic.CHANGE_MIND) ? outcomes.metAfterMindChange(reading) : outcomes.met(reading);
    }

    /** A refusal, or an outcome that turns the request down, which the persona argues with once before accepting. */
    private boolean pushesBack(ReplyReading reading, Optional<TaskOutcomes.Evidence> met) {
        boolean refusal = reading.has(ActKind.REFUSES) || met.map(TaskOutcomes.Evidence::refusal).orElse(false);
        return refusal && tactics.pushesAgainstRefusal();
    }

    /** The request again, in the persona's own {@code restate} lines when it has them. */
    private String restate() {
        List<String> own = persona.utterances().restate();
        return renderer.render(own.isEmpty() ? new Line("answer", vocabulary.answer()) : new Line("restate", own));
    }

    /**
     * The answer followed by a mind change or a probe not yet played (see {@link TacticLines#eager()}),
     * unless that line names a hidden fact: the user says those only when asked.
     */
    private UserMove withEagerTactic(String answer) {
        Optional<Tactic> tactic = tactics.eager();
        if (tactic.isEmpty()) {
            return say(answer, null);
        }
        Line line = tactics.line(tactic.get());
        String text = renderer.render(line);
        if (!HiddenFacts.saidIn(text, task.hidden()).isEmpty()) {
            return say(answer, null);
        }
        tactics.spend(tactic.get());
        played(line);
        return say(answer + " " + text, tactic.get());
    }

    /**
     * Another reply that left the user no further: it answers again what the reply asks
     * ({@code asked}), or pushes, or gives up once out of patience.
     */
    private UserMove deflected(List<HiddenFact> asked) {
        frustration++;
        if (frustration > persona.patience()) {
            return giveUp();
        }
        return asked.isEmpty() ? say(tactics.afterDeflection(frustration)) : say(answer(asked), null);
    }

    /** The reply is about another record: the persona's {@code correct} lines, else the shared ones, else plain pushback. */
    private UserMove corrected() {
        frustration++;
        if (frustration > persona.patience()) {
            return giveUp();
        }
        Line line = renderer.sayable(new Line("correct", persona.utterances().correct().isEmpty() ? vocabulary.correct()
                        : persona.utterances().correct()), task.hidden(), revealed)
                .or(() -> renderer.sayable(new Line("correct", vocabulary.correct()), task.hidden(), revealed))
                .orElseGet(() -> new Line("pushback", persona.utterances().pushback()));
        return say(line);
    }

    private UserMove.Stop giveUp() {
        String line = renderer.render(new Line("give_up", persona.utterances().giveUp()));
        return new UserMove.Stop(EndReason.GAVE_UP, line, "patience " + persona.patience() + " exhausted after " + frustration + " deflections");
    }

    private List<HiddenFact> unrevealedAsked(ReplyReading reading) {
        return AskedFacts.in(reading, task.hidden()).stream().filter(fact -> !revealed.contains(fact.key())).toList();
    }

    /** The facts asked for, each in a reveal line; from now on they are revealed. */
    private String answer(List<HiddenFact> facts) {
        facts.stream().filter(f -> !revealed.contains(f.key())).forEach(f -> revealed.add(f.key()));
        return facts.stream().map(f -> renderer.render(new Line("reveal", persona.utterances().reveal()), Map.of("value", f.value())))
                .collect(Collectors.joining(" "));
    }

    private UserMove.Stop thankAndStop(EndReason reason, String detail) {
        return new UserMove.Stop(reason, renderer.render(new Line("thanks", persona.utterances().thanks())), detail);
    }

    private UserMove.Say say(Line line) {
        String text = renderer.render(line);
        played(line);
        return say(text, line.tactic());
    }

    private UserMove.Say say(String text, Tactic tactic) {
        name(text);
        return new UserMove.Say(text, tactic == null ? null : tactic.id());
    }

    /** After a mind change the user's request is the alternative it switched to, in every line that says it. */
    private void played(Line line) {
        String alternative = task.slots().get("alternative");
        if (line.tactic() == Tactic.CHANGE_MIND && alternative != null) {
            renderer.override("request", alternative);
        }
    }

    /** The records the user itself names (a second issue, a probed order): an answer about them is no mix-up. */
    private void name(String text) {
        RecordMentions.in(world, text, scenario.user().id()).forEach(n -> named.add(n.id()));
    }
}

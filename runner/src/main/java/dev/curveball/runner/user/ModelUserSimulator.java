package dev.curveball.runner.user;

import dev.curveball.core.model.ModelClient;
import dev.curveball.core.model.ModelFailure;
import dev.curveball.core.model.ModelMessage;
import dev.curveball.core.model.ModelReply;
import dev.curveball.core.model.ModelRequest;
import dev.curveball.core.model.PromptTemplate;
import dev.curveball.core.model.ResponseSchema;
import dev.curveball.core.model.ResponseSchemas;
import dev.curveball.core.persona.NoiseOperators;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.UserPortrait;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.world.HiddenFact;
import dev.curveball.core.world.HiddenFacts;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A user played by a model, one call per agent reply: it plays the scenario's brief (or, for a
 * template scenario, a brief built from the persona and task), answers as structured output
 * {@code {message, stop}} and ends on its own explicit stop signal. Every reply is reviewed by
 * {@link UserTurnReview}; a rejected one is asked for again with what was wrong, and a model that
 * keeps misbehaving after {@link #MAX_ATTEMPTS} replies fails this conversation with a
 * {@link UserSimulatorFailure} (an ERROR, not an agent failure), as does a model failure. The
 * persona's noise is added here, seeded by the conversation, so it never depends on the model.
 *
 * The reading of each agent reply (the run's reply reader's, as the trace records it) says which
 * hidden facts the model may say now, and audits its stops ({@link StopAudit}).
 *
 * <pre>{@code UserSimulator user = new ModelUserSimulator(model, world, persona, scenario, 42L);
 * String first = user.open();                                // the scenario's opening
 * UserMove next = user.react("Which order is it?", reading);  // Say("It's A-5001.") or Stop(...)}</pre>
 */
public final class ModelUserSimulator implements UserSimulator {
    public static final String ID = "model";
    static final int MAX_ATTEMPTS = 3;
    static final double TEMPERATURE = 0.7;
    static final int MAX_OUTPUT_TOKENS = 400;
    private static final PromptTemplate SYSTEM = PromptTemplate.resource("curveball/prompts/user-simulator.md");
    private static final PromptTemplate TURN = PromptTemplate.resource("curveball/prompts/user-simulator-turn.md");
    private static final PromptTemplate RETRY = PromptTemplate.resource("curveball/prompts/user-simulator-retry.md");
    private static final PromptTemplate BRIEF = PromptTemplate.resource("curveball/prompts/user-brief.md");
    private static final ResponseSchema SCHEMA = ResponseSchemas.resource("user_turn", "curveball/prompts/user-turn.schema.json");

    private final ModelClient model;
    private final Persona persona;
    private final Scenario scenario;
    private final long seed;
    private final Random noise;
    private final String system;
    private final TaskOutcomes outcomes;
    private final UserTurnReview review;
    private final List<String> transcript = new ArrayList<>();
    private final Set<String> revealed = new LinkedHashSet<>();
    private int turns;
    private int agentReplies;

    public ModelUserSimulator(ModelClient model, World world, Persona persona, Scenario scenario, long seed) {
        if (!persona.id().equals(scenario.persona())) {
            throw new IllegalArgumentException("scenario '" + scenario.id() + "' is for persona '" + scenario.persona()
                    + "', not '" + persona.id() + "'");
        }
        this.model = model;
        this.persona = persona;
        this.scenario = scenario;
        this.seed = seed;
        this.noise = new Random(seed);
        this.system = systemPrompt(UserPortrait.of(world, persona, scenario.task(), scenario.user().id()), scenario);
        this.outcomes = new TaskOutcomes(world, scenario.task());
        this.review = new UserTurnReview(SCHEMA, scenario.task(), persona.patience(), outcomes);
    }

    @Override
    public String id() {
        return ID;
    }

    /** The scenario's opening, already in the persona's voice; no model call. */
    @Override
    public String open() {
        turns = 1;
        transcript.add("Customer (you): " + scenario.opening());
        return scenario.opening();
    }

    @Override
    public UserMove react(String agentReply, ReplyReading reading) {
        ReplyReading read = reading == null ? ReplyReading.EMPTY : reading;
        agentReplies++;
        transcript.add("Agent: " + (agentReply == null ? "" : agentReply));
        UserTurnReview.Reviewed turn = nextTurn(read);
        HiddenFacts.saidIn(turn.message(), scenario.task().hidden()).forEach(f -> revealed.add(f.key()));
        if (turn.stop() != StopSignal.CONTINUE) {
            String last = turn.message().isEmpty() ? null : roughen(turn.message());
            return new UserMove.Stop(turn.stop().reason(), last, StopAudit.detail(turn.stop(), read, outcomes, agentReplies,
                    persona.patience()));
        }
        turns++;
        transcript.add("Customer (you): " + turn.message());
        return new UserMove.Say(roughen(turn.message()));
    }

    /** A replayed turn joins the transcript the model reads, so it goes on from what was said. */
    @Override
    public void heard(String agentReply, ReplyReading reading, String userLine) {
        agentReplies++;
        transcript.add("Agent: " + (agentReply == null ? "" : agentReply));
        if (userLine != null) {
            turns++;
            transcript.add("Customer (you): " + userLine);
            HiddenFacts.saidIn(userLine, scenario.task().hidden()).forEach(f -> revealed.add(f.key()));
        }
    }

    /** Hidden-fact keys said so far, in order. */
    public List<String> revealed() {
        return List.copyOf(revealed);
    }

    private UserTurnReview.Reviewed nextTurn(ReplyReading reading) {
        List<ModelMessage> messages = new ArrayList<>(List.of(ModelMessage.system(system), ModelMessage.user(turnPrompt(reading))));
        List<String> problems = List.of();
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            UserTurnReview.Reviewed reviewed = attempt(messages, reading);
            if (reviewed.accepted()) {
                return reviewed;
            }
            problems = reviewed.problems();
            messages.add(ModelMessage.assistant(reviewed.reply().isBlank() ? "(empty reply)" : reviewed.reply()));
            messages.add(ModelMessage.user(RETRY.fill(Map.of("problems", bullets(problems)))));
        }
        throw new UserSimulatorFailure("the model " + model.spec() + " broke the simulated user's rules in " + MAX_ATTEMPTS
                + " replies in a row at turn " + (turns + 1) + ": " + String.join("; ", problems));
    }

    /** One reply, reviewed. A reply the client found unusable (empty) is a rejection too; other failures end the conversation. */
    private UserTurnReview.Reviewed attempt(List<ModelMessage> messages, ReplyReading reading) {
        try {
            ModelReply reply = model.complete(new ModelRequest("user simulator (" + scenario.id() + ")", messages,
                    TEMPERATURE, MAX_OUTPUT_TOKENS, SCHEMA, seed));
            return review.review(reply.text(), reading, revealed, agentReplies);
        } catch (ModelFailure e) {
            if (e.kind() != ModelFailure.Kind.BAD_REPLY) {
                throw e;
            }
            return UserTurnReview.Reviewed.unusable("the reply could not be used: " + e.getMessage());
        }
    }

    private String turnPrompt(ReplyReading reading) {
        List<HiddenFact> asked = review.asked(reading);
        List<HiddenFact> said = scenario.task().hidden().stream().filter(f -> revealed.contains(f.key()) && !asked.contains(f)).toList();
        String askedText = asked.isEmpty() ? "none of the facts you still keep back, so do not say any of them"
                : asked.stream().map(f -> f.key().replace('_', ' ') + " (you may say it now: " + f.value() + ")")
                        .collect(Collectors.joining(", "));
        if (!said.isEmpty()) {
            askedText += "; you may repeat what you have already said: " + said.stream()
                    .map(f -> f.key().replace('_', ' ') + " (" + f.value() + ")").collect(Collectors.joining(", "));
        }
        return TURN.fill(Map.of("transcript", String.join("\n\n", transcript), "asked", askedText,
                "turn", String.valueOf(turns + 1), "max_turns", String.valueOf(scenario.maxTurns())));
    }

    private String roughen(String message) {
        return NoiseOperators.apply(message, persona.noise(), noise);
    }

    private static String systemPrompt(UserPortrait portrait, Scenario scenario) {
        Map<String, String> slots = new HashMap<>(portrait.slots());
        slots.put("brief", scenario.brief() != null ? scenario.brief().strip() : BRIEF.fill(slots).strip());
        slots.put("max_turns", String.valueOf(scenario.maxTurns()));
        return SYSTEM.fill(slots);
    }

    private static String bullets(List<String> lines) {
        return lines.stream().map(l -> "- " + l).collect(Collectors.joining("\n"));
    }
}

package dev.curveball.generator;

import dev.curveball.core.model.ModelClient;
import dev.curveball.core.model.ModelFailure;
import dev.curveball.core.model.ModelMessage;
import dev.curveball.core.model.ModelReply;
import dev.curveball.core.model.ModelRequest;
import dev.curveball.core.model.PromptTemplate;
import dev.curveball.core.model.ResponseSchema;
import dev.curveball.core.model.ResponseSchemas;
import dev.curveball.core.persona.NoiseOperators;
import dev.curveball.core.persona.UserPortrait;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Asks a model to write a scenario's opening and user brief in the persona's voice, as structured
 * output ({@code {opening, brief}}). Every reply is reviewed ({@link OpeningReview}); a rejected one
 * is asked for again with what was wrong, up to {@link #MAX_ATTEMPTS} replies, and then the
 * persona's template opening is used instead and counted. The model never learns the scenario's
 * faults. The request's seed is the scenario's (a near-duplicate rewrite draws the next one from the
 * scenario's random sequence), so with the model cache the same seed writes the same file. A {@link dev.curveball.core.model.ModelFailure} (model down, bad key) is not a
 * rejection: it ends generation, since a silent fallback would hide it. Neither may a model that
 * writes nothing usable: one rejected for the first {@link #GIVE_UP_AFTER} openings in a row is
 * given up on, and {@link #requireSomeWritten()} fails a batch it wrote none of.
 *
 * <pre>{@code ModelOpeningWriter writer = new ModelOpeningWriter(model);
 * new ScenarioGenerator(world, personas, writer).generate(20, 7L);
 * writer.requireSomeWritten();
 * writer.tally().fellBack()}</pre>
 */
public final class ModelOpeningWriter implements OpeningWriter {
    static final int MAX_ATTEMPTS = 3;
    /** Openings in a row, from the first, that may fall back before the model is taken for unusable. */
    static final int GIVE_UP_AFTER = 3;
    static final double TEMPERATURE = 0.8;
    static final int MAX_OUTPUT_TOKENS = 1200;
    private static final PromptTemplate PROMPT = PromptTemplate.resource("curveball/prompts/scenario-writer.md");
    private static final PromptTemplate AVOID = PromptTemplate.resource("curveball/prompts/scenario-writer-avoid.md");
    private static final PromptTemplate RETRY = PromptTemplate.resource("curveball/prompts/scenario-writer-retry.md");
    private static final ResponseSchema SCHEMA = ResponseSchemas.resource("scenario_opening", "curveball/prompts/scenario-writer.schema.json");

    private final ModelClient model;
    private final OpeningWriter fallback = new TemplateOpeningWriter();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    private final AtomicInteger fellBack = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger rewrites = new AtomicInteger();
    private final AtomicReference<List<String>> lastProblems = new AtomicReference<>(List.of());

    public ModelOpeningWriter(ModelClient model) {
        this.model = model;
    }

    @Override
    public String id() {
        return model.spec().toString();
    }

    @Override
    public WrittenOpening write(ScenarioDraft draft, Random random, List<String> avoid) {
        List<ModelMessage> messages = new ArrayList<>(List.of(ModelMessage.user(prompt(draft, avoid))));
        // A rewrite near-duplicate control asks for draws its own seed: with the same seed and the same
        // openings to avoid it would be the very call before, answered by the cache with the same opening.
        long seed = avoid.isEmpty() ? draft.seed() : random.nextLong();
        if (!avoid.isEmpty()) {
            rewrites.incrementAndGet();
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            OpeningReview review = attempt(draft, seed, messages, avoid);
            if (review.accepted()) {
                written.incrementAndGet();
                if (attempt > 1) {
                    retried.incrementAndGet();
                }
                // Noise is the persona's, seeded by the scenario, so it does not depend on the model.
                return new WrittenOpening(NoiseOperators.apply(review.opening(), draft.persona().noise(), random), review.brief());
            }
            rejected.incrementAndGet();
            lastProblems.set(review.problems());
            messages.add(ModelMessage.assistant(review.reply().isBlank() ? "(empty reply)" : review.reply()));
            messages.add(ModelMessage.user(RETRY.fill(Map.of("problems", bullets(review.problems())))));
        }
        retried.incrementAndGet();
        if (fellBack.incrementAndGet() >= GIVE_UP_AFTER && written.get() == 0) {
            throw unusable("the first " + fellBack.get());
        }
        return fallback.write(draft, random, avoid);
    }

    /** Fails when the model was asked for openings and wrote none of them: every one fell back to a template. */
    public void requireSomeWritten() {
        if (written.get() == 0 && fellBack.get() > 0) {
            throw unusable("the " + fellBack.get());
        }
    }

    private ModelFailure unusable(String which) {
        return new ModelFailure(ModelFailure.Kind.BAD_REPLY, "the model " + model.spec() + " wrote none of " + which
                + " openings it was asked for: all " + rejected.get() + " of its replies were rejected (the last: "
                + String.join("; ", lastProblems.get()) + "); use a model that follows JSON output and the prompt, "
                + "or generate without --model for template openings", null);
    }

    /** One reply, reviewed. A reply the client found unusable (empty) is a rejection too; other failures end generation. */
    private OpeningReview attempt(ScenarioDraft draft, long seed, List<ModelMessage> messages, List<String> avoid) {
        try {
            ModelReply reply = model.complete(new ModelRequest("scenario writer (" + draft.scenarioId() + ")", messages,
                    TEMPERATURE, MAX_OUTPUT_TOKENS, SCHEMA, seed));
            return OpeningReview.of(reply.text(), SCHEMA, draft.task().task(), avoid);
        } catch (ModelFailure e) {
            if (e.kind() != ModelFailure.Kind.BAD_REPLY) {
                throw e;
            }
            return OpeningReview.unusable("the reply could not be used: " + e.getMessage());
        }
    }

    /** What this writer has done so far. */
    public WritingTally tally() {
        return new WritingTally(written.get(), retried.get(), fellBack.get(), rejected.get(), rewrites.get());
    }

    static String prompt(ScenarioDraft draft, List<String> avoid) {
        Map<String, String> slots = new HashMap<>(UserPortrait.of(draft.world(), draft.persona(), draft.task().task(),
                draft.task().user()).slots());
        slots.put("avoid", avoid.isEmpty() ? "" : AVOID.fill(Map.of("openings", bullets(avoid))));
        return PROMPT.fill(slots);
    }

    private static String bullets(List<String> lines) {
        return lines.stream().map(l -> "- " + l.replace('\n', ' ')).collect(Collectors.joining("\n"));
    }
}

package dev.curveball.judge.grading;

import dev.curveball.core.error.Require;
import dev.curveball.core.model.ModelClient;
import dev.curveball.core.model.ModelFailure;
import dev.curveball.core.model.ModelMessage;
import dev.curveball.core.model.ModelRequest;
import dev.curveball.core.model.PromptTemplate;
import dev.curveball.core.model.ResponseSchema;
import dev.curveball.core.model.ResponseSchemas;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.Grade;
import dev.curveball.core.world.Criterion;
import dev.curveball.core.world.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Grades a conversation with a judge model: one structured-output request carrying the rubric and
 * the transcript, fenced and marked untrusted ({@code rubric-grader.md}). A reply that breaks the
 * schema is asked for again with its problems quoted back, up to {@link GradingPolicy#attempts()};
 * a timeout, a 429 or a server error is retried by the model client under the run's retry policy
 * (docs/limits.md), not again here. When no usable reply came, every criterion is UNGRADED, never
 * a pass or a fail. A model the user configured wrongly (no key, unknown model)
 * still fails the command: that is bad input, not an ungraded conversation.
 *
 * <pre>{@code Grader grader = new ModelGrader(model, Rubric.defaults(), GradingPolicy.defaults(), ModelGrader::sleep);}</pre>
 */
public final class ModelGrader implements Grader {
    static final String PROMPT = "dev/curveball/judge/grading/rubric-grader.md";
    static final ResponseSchema SCHEMA = ResponseSchemas.resource("rubric_grades", "dev/curveball/judge/grading/rubric-grades.schema.json");
    private static final int MAX_OUTPUT_TOKENS = 2_000;

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    public interface Pause {
        void pause(Duration duration);
    }

    private final ModelClient model;
    private final Rubric rubric;
    private final GradingPolicy policy;
    private final Pause pause;
    private final Long sample;

    public ModelGrader(ModelClient model, Rubric rubric, GradingPolicy policy, Pause pause) {
        this(model, rubric, policy, pause, null);
    }

    /**
     * @param sample null for one deterministic grading (temperature 0); else the number of this sample
     *               among several, sent as the seed at temperature 1, so samples differ and each is cached apart
     */
    public ModelGrader(ModelClient model, Rubric rubric, GradingPolicy policy, Pause pause, Long sample) {
        this.sample = sample;
        this.model = Require.present(model, "model");
        this.rubric = Require.present(rubric, "rubric");
        this.policy = Require.present(policy, "policy");
        this.pause = Require.present(pause, "pause");
    }

    public ModelGrader(ModelClient model, Rubric rubric) {
        this(model, rubric, GradingPolicy.defaults(), ModelGrader::sleep);
    }

    /**
     * The grader of {@code run --judge-model ... --judge-samples N}: one model graded once is a plain
     * ModelGrader; otherwise every model's N samples vote ({@link SampledGrader}).
     */
    public static Grader of(List<ModelClient> models, int samples, Rubric rubric) {
        Require.check(!models.isEmpty(), "no judge model");
        Require.check(samples >= 1, "--judge-samples must be 1 or more, was " + samples);
        if (models.size() == 1 && samples == 1) {
            return new ModelGrader(models.get(0), rubric);
        }
        List<Grader> judges = new ArrayList<>();
        for (ModelClient model : models) {
            for (long s = 1; s <= samples; s++) {
                judges.add(new ModelGrader(model, rubric, GradingPolicy.defaults(), ModelGrader::sleep, samples == 1 ? null : s));
            }
        }
        return new SampledGrader(judges);
    }

    @Override
    public List<Grade> grade(World world, Scenario scenario, Trace trace) {
        List<Criterion> criteria = rubric.criteria(world, scenario);
        if (criteria.isEmpty()) {
            return List.of();
        }
        Transcript transcript = Transcript.of(trace);
        List<ModelMessage> messages = new ArrayList<>(List.of(ModelMessage.user(prompt(criteria, transcript))));
        String problem = "no attempt was made";
        List<Grade> partial = null;
        int attempt;
        for (attempt = 1; attempt <= policy.attempts(); attempt++) {
            if (attempt > 1) {
                pause.pause(policy.waitBefore(attempt - 1));
            }
            String reply;
            try {
                reply = model.complete(new ModelRequest("rubric grader", messages, sample == null ? 0.0 : 1.0, MAX_OUTPUT_TOKENS, SCHEMA, sample)).text();
            } catch (ModelFailure failure) {
                if (failure.kind() == ModelFailure.Kind.CONFIGURATION) {
                    throw failure;
                }
                // The model client already retried under the run's policy (docs/limits.md): asking again here would stack retries.
                problem = failure.getMessage();
                break;
            }
            ResponseSchema.SchemaCheck check = SCHEMA.check(reply);
            if (check.conforms()) {
                List<Grade> grades = GradeReading.read(check.value(), criteria, transcript);
                List<String> missing = grades.stream().filter(g -> g.status() == Grade.Status.UNGRADED).map(Grade::criterion).toList();
                if (missing.isEmpty() || attempt == policy.attempts()) {
                    return grades;
                }
                partial = grades;
                problem = "the judge model gave no grade for " + String.join(", ", missing);
                messages.add(ModelMessage.assistant(reply));
                messages.add(ModelMessage.user("You gave no grade for: " + String.join(", ", missing)
                        + ". Answer again with JSON only, grading every criterion."));
                continue;
            }
            problem = "the judge model's reply did not match the grading schema: " + String.join("; ", check.problems());
            messages.add(ModelMessage.assistant(reply));
            messages.add(ModelMessage.user("Your reply did not match the required JSON shape: "
                    + String.join("; ", check.problems()) + ". Answer again with JSON only, in the shape asked for."));
        }
        if (partial != null) {
            return partial; // a later attempt failed outright: keep what an earlier one graded
        }
        int made = Math.min(attempt, policy.attempts());
        String note = "not graded after " + made + (made == 1 ? " attempt: " : " attempts: ") + problem;
        return criteria.stream().map(c -> GradeReading.ungraded(c, note)).toList();
    }

    static String prompt(List<Criterion> criteria, Transcript transcript) {
        String lines = criteria.stream().map(c -> "- " + c.id() + ": " + c.description()).collect(Collectors.joining("\n"));
        return PromptTemplate.resource(PROMPT).fill(Map.of("criteria", lines, "transcript", transcript.text(),
                "nonce", transcript.nonce()));
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

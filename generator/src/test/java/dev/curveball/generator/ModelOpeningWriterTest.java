package dev.curveball.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.io.Json;
import dev.curveball.core.model.ModelFailure;
import dev.curveball.core.model.ModelRequest;
import dev.curveball.core.persona.Noise;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.testkit.ScriptedModelClient;
import dev.curveball.core.world.FaultProfile;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.generator.dedup.Dedup;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelOpeningWriterTest {
    static final World ACME = AcmeWorld.load();
    static final String OPENING = "Hi! I've shopped with you for years. Could you refund the headphones I never opened?";
    static final String BRIEF = "You are Dana Reyes, a gold customer who wants a refund for unopened headphones. "
            + "You know the order number is A-5001 and say it only when the agent asks for it. You are warm, "
            + "ask for an exception as a loyal customer, and give up after five unhelpful replies.";

    static ScenarioDraft draft() {
        Persona bundled = PersonaLibrary.bundled().get("exception-seeker");
        Persona quiet = new Persona(bundled.id(), bundled.description(), bundled.voice(), bundled.traits(), bundled.tactics(),
                Noise.NONE, bundled.patience(), bundled.utterances(), bundled.tags());
        return draft(quiet);
    }

    static ScenarioDraft draft(Persona persona) {
        TaskSeed task = ACME.tasks().stream().filter(t -> t.id().equals("refund-headphones-needs-approval")).findFirst().orElseThrow();
        FaultProfile profile = ACME.faultProfiles().stream().filter(p -> p.id().equals("superseded-first")).findFirst().orElseThrow();
        return new ScenarioDraft("s0001", 42L, ACME, persona, task, profile, task.tags());
    }

    static String reply(String opening, String brief) {
        return Json.write(Map.of("opening", opening, "brief", brief));
    }

    @Test
    void writesTheModelsOpeningAndBrief() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies(reply(OPENING, BRIEF));
        ModelOpeningWriter writer = new ModelOpeningWriter(model);

        WrittenOpening written = writer.write(draft(), new Random(1), List.of());

        assertThat(written).isEqualTo(new WrittenOpening(OPENING, BRIEF));
        assertThat(writer.tally()).isEqualTo(new WritingTally(1, 0, 0, 0, 0));
        assertThat(writer.id()).isEqualTo("openai:scripted");
    }

    @Test
    void asksForStructuredOutputWithTheScenariosSeed() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies(reply(OPENING, BRIEF));
        new ModelOpeningWriter(model).write(draft(), new Random(1), List.of());

        ModelRequest request = model.requests().get(0);
        assertThat(request.seed()).isEqualTo(42L);
        assertThat(request.temperature()).isEqualTo(ModelOpeningWriter.TEMPERATURE);
        assertThat(request.responseSchema().name()).isEqualTo("scenario_opening");
        assertThat(request.responseSchema().schema().path("required")).hasSize(2);
        assertThat(request.responseSchema().schema().path("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void promptGivesThePersonaTheTaskAndTheHiddenFactsButNotTheFaults() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies(reply(OPENING, BRIEF));
        new ModelOpeningWriter(model).write(draft(), new Random(1), List.of());

        String prompt = model.lastMessageOf(0);
        assertThat(prompt).contains("Dana Reyes", "exception-seeker", "Warm and persuasive", "demand-exceptions",
                "patience", "order id: A-5001 (say it only when the agent asks", "Get a refund for the unopened noise-cancelling headphones",
                "settled for them, in the words the brief will use: the agent tells you \"issue refund\" for A-5001 is under way or "
                        + "waiting for approval", "hands you to a person", "You are Dana Reyes");
        assertThat(prompt).doesNotContain("superseded", "search_policy", "${");
        assertThat(prompt).doesNotContain("Earlier customers already opened with");
    }

    @Test
    void asksForADifferentOpeningThanTheOnesToAvoid() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies(reply(OPENING, BRIEF));
        new ModelOpeningWriter(model).write(draft(), new Random(1), List.of("Hi, refund my headphones please."));

        assertThat(model.lastMessageOf(0)).contains("Earlier customers already opened with", "- Hi, refund my headphones please.");
    }

    @Test
    void retriesAMalformedThenAGoalLeakingReplyWithWhatWasWrong() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies("{\"opening\": \"Hi\",",
                reply("Hi, my order A-5001 headphones need a refund.", BRIEF), reply(OPENING, BRIEF));
        ModelOpeningWriter writer = new ModelOpeningWriter(model);

        WrittenOpening written = writer.write(draft(), new Random(1), List.of());

        assertThat(written.opening()).isEqualTo(OPENING);
        assertThat(model.requests()).hasSize(3);
        assertThat(model.lastMessageOf(1)).contains("does not match the JSON schema", "not JSON");
        assertThat(model.lastMessageOf(2)).contains("the opening gives away order id (A-5001)");
        assertThat(model.requests().get(2).messages()).hasSize(5);
        assertThat(writer.tally()).isEqualTo(new WritingTally(1, 1, 0, 2, 0));
    }

    @Test
    void fallsBackToThePersonasTemplateAfterTheLastRejectedReply() {
        String leak = reply("Refund A-5001 now.", BRIEF);
        ScriptedModelClient model = ScriptedModelClient.thatReplies(leak, leak, leak);
        ModelOpeningWriter writer = new ModelOpeningWriter(model);

        WrittenOpening written = writer.write(draft(), new Random(7), List.of());

        assertThat(written).isEqualTo(new TemplateOpeningWriter().write(draft(), new Random(7), List.of()));
        assertThat(written.brief()).isNull();
        assertThat(model.requests()).hasSize(ModelOpeningWriter.MAX_ATTEMPTS);
        assertThat(writer.tally()).isEqualTo(new WritingTally(0, 1, 1, 3, 0));
    }

    @Test
    void aModelWhoseRepliesAreRejectedForTheFirstScenariosInARowIsGivenUpOn() {
        ScriptedModelClient model = ScriptedModelClient.thatAnswers(request -> "Sure! Here is the customer.");
        ModelOpeningWriter writer = new ModelOpeningWriter(model);
        for (int i = 1; i < ModelOpeningWriter.GIVE_UP_AFTER; i++) {
            writer.write(draft(), new Random(i), List.of());
        }

        assertThatThrownBy(() -> writer.write(draft(), new Random(9), List.of()))
                .isInstanceOfSatisfying(ModelFailure.class, e -> assertThat(e.kind()).isEqualTo(ModelFailure.Kind.BAD_REPLY))
                .hasMessageContaining("openai:scripted wrote none of the first " + ModelOpeningWriter.GIVE_UP_AFTER + " openings")
                .hasMessageContaining("not JSON")
                .hasMessageContaining("without --model");
        assertThat(model.requests()).hasSize(ModelOpeningWriter.GIVE_UP_AFTER * ModelOpeningWriter.MAX_ATTEMPTS);
    }

    @Test
    void aModelThatWroteNoOpeningAtAllFailsTheBatchWhileOneThatWroteSomeDoesNot() {
        ModelOpeningWriter silent = new ModelOpeningWriter(ScriptedModelClient.thatAnswers(request -> "{}"));
        silent.write(draft(), new Random(1), List.of());

        assertThatThrownBy(silent::requireSomeWritten).isInstanceOf(ModelFailure.class)
                .hasMessageContaining("wrote none of the 1 openings");

        String leak = reply("Refund A-5001 now.", BRIEF);
        ModelOpeningWriter mixed = new ModelOpeningWriter(ScriptedModelClient.thatReplies(reply(OPENING, BRIEF), leak, leak, leak));
        mixed.write(draft(), new Random(1), List.of());
        mixed.write(draft(), new Random(2), List.of());
        mixed.requireSomeWritten();
        new ModelOpeningWriter(ScriptedModelClient.thatReplies()).requireSomeWritten();
    }

    @Test
    void eachRewriteNearDuplicateControlAsksForIsAFreshSampleNotTheSameCachedCallAgain() {
        ScriptedModelClient model = ScriptedModelClient.thatAnswers(request -> reply(OPENING, BRIEF));
        ModelOpeningWriter writer = new ModelOpeningWriter(model);
        Random scenarioRandom = new Random(42L);

        writer.write(draft(), scenarioRandom, List.of());
        writer.write(draft(), scenarioRandom, List.of("An earlier customer's opening."));
        writer.write(draft(), scenarioRandom, List.of("An earlier customer's opening."));

        assertThat(model.requests()).extracting(ModelRequest::seed).hasSize(3).doesNotHaveDuplicates().first().isEqualTo(42L);
        assertThat(writer.tally()).isEqualTo(new WritingTally(3, 0, 0, 0, 2));
    }

    @Test
    void retriesAReplyTheClientFoundUnusable() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies().thenFails(ModelFailure.Kind.BAD_REPLY)
                .thenReplies(reply(OPENING, BRIEF));

        assertThat(new ModelOpeningWriter(model).write(draft(), new Random(1), List.of()).opening()).isEqualTo(OPENING);
        assertThat(model.lastMessageOf(1)).contains("could not be used");
    }

    @Test
    void aModelThatIsDownEndsGenerationInsteadOfFallingBackSilently() {
        ScriptedModelClient model = ScriptedModelClient.thatAlwaysFails(ModelFailure.Kind.SERVER_ERROR);

        assertThatThrownBy(() -> new ModelOpeningWriter(model).write(draft(), new Random(1), List.of()))
                .isInstanceOf(ModelFailure.class);
    }

    @Test
    void addsThePersonasNoiseSeededByTheScenarioNotByTheModel() {
        Persona noisy = PersonaLibrary.bundled().get("noisy-texter");
        ScriptedModelClient model = ScriptedModelClient.thatAnswers(request -> reply(OPENING, BRIEF));
        ModelOpeningWriter writer = new ModelOpeningWriter(model);

        String first = writer.write(draft(noisy), new Random(3), List.of()).opening();
        String again = writer.write(draft(noisy), new Random(3), List.of()).opening();

        assertThat(first).isEqualTo(again).isEqualTo(dev.curveball.core.persona.NoiseOperators.apply(OPENING, noisy.noise(), new Random(3)));
    }

    /** A brief that names every hidden fact the prompt lists, whatever the task. */
    static String briefFor(ModelRequest request) {
        java.util.regex.Matcher facts = java.util.regex.Pattern.compile(": ([^\n]+?) \\(say it only when").matcher(request.messages().get(0).text());
        StringBuilder brief = new StringBuilder(BRIEF);
        while (facts.find()) {
            brief.append(" You also know: ").append(facts.group(1)).append('.');
        }
        return brief.toString();
    }

    @Test
    void generatedScenariosCarryTheModelsBrief() {
        ScriptedModelClient model = ScriptedModelClient.thatAnswers(request -> reply(OPENING, briefFor(request)));
        ScenarioGenerator generator = new ScenarioGenerator(ACME, List.of(draft().persona()), new ModelOpeningWriter(model));

        var scenarios = generator.generate(GenerationOptions.of(3, 9L).withDedup(Dedup.off())).scenarios();

        assertThat(scenarios).allSatisfy(s -> assertThat(s.brief()).isNotNull());
        assertThat(model.requests()).extracting(ModelRequest::seed).containsExactlyElementsOf(scenarios.stream().map(s -> s.seed()).toList());
    }

    @Test
    void theModelWritesWordsOnlyWhatSatisfiesTheUserStaysTheSeedsInTheWorldsTerms() {
        // The model writes the opening and the brief; the outcome (tools and fields of the world) and the escalation need come from the seed.
        ScriptedModelClient model = ScriptedModelClient.thatAnswers(request -> reply(OPENING, briefFor(request)));
        ScenarioGenerator generator = new ScenarioGenerator(ACME, List.of(draft().persona()), new ModelOpeningWriter(model));

        var scenarios = generator.generate(GenerationOptions.of(6, 9L).withDedup(Dedup.off())).scenarios();

        Set<String> columns = new HashSet<>();
        ACME.tables().values().forEach(t -> t.rows().forEach(row -> row.fieldNames().forEachRemaining(columns::add)));
        assertThat(scenarios).isNotEmpty().allSatisfy(s -> {
            TaskSeed seed = ACME.tasks().stream().filter(t -> t.id().equals(s.task().id())).findFirst().orElseThrow();
            assertThat(s.task().outcome()).isEqualTo(seed.outcome());
            assertThat(s.task().escalation()).isEqualTo(seed.escalation());
            assertThat(s.task().outcome()).allSatisfy(o -> assertThat(o.kind() == Resolution.Kind.ANSWERED ? columns : ACME.toolNames())
                    .contains(o.subject()));
        });
    }

    @Test
    void aNearDuplicateModelOpeningIsWrittenAgainWithTheEarlierOneToAvoid() {
        String different = "Hello there. The headphones arrived sealed and I never used them; can I get my money back?";
        ScriptedModelClient model = ScriptedModelClient.thatAnswers(request -> {
            boolean avoiding = request.messages().stream().anyMatch(m -> m.text().contains(OPENING));
            return reply(avoiding ? different : OPENING, briefFor(request));
        });
        ScenarioGenerator generator = new ScenarioGenerator(ACME, List.of(draft().persona()), new ModelOpeningWriter(model));

        var report = generator.generate(GenerationOptions.of(2, 9L));

        assertThat(report.scenarios()).extracting(Scenario::opening).containsExactly(OPENING, different);
        assertThat(report.scenarios()).allSatisfy(s -> assertThat(s.brief()).isNotNull());
        assertThat(report.diversity().rewrites().rewritten()).isEqualTo(1);
    }
}

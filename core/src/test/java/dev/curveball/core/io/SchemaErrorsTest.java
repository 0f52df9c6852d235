package dev.curveball.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that breaks its shipped schema fails with one line naming file:line:column, the field and a fix. */
class SchemaErrorsTest {
    private static final String PERSONA = """
            id: frustrated
            description: A customer who gets angrier with every deflection.
            voice: short, blunt
            traits: [impatient]
            tactics: [escalate-anger]
            noise: {typos: 0.2, abbreviations: 0.1, caps: 0.1, slang: 0.0}
            patience: 3
            utterances:
              opening: ["I want ${request}"]
              reveal: ["It's ${value}"]
              pushback: ["Come on"]
              thanks: ["Thanks"]
              give_up: ["Forget it"]
            tags: [frustration]
            """;

    private static final String SCENARIO = "{\"id\":\"s0001\",\"seed\":42,\"world\":\"acme-support\",\"persona\":\"withholder\","
            + "\"task\":{\"id\":\"refund\",\"intent\":\"refund\",\"goal\":\"Get a refund\",\"outcome\":[{\"done\":\"issue_refund\",\"entity\":\"A-5001\"}]},"
            + "\"user\":{\"id\":\"C-1001\",\"role\":\"customer\"},\"opening\":\"I want a refund\","
            + "\"faults\":[{\"tool\":\"get_invoice\",\"calls\":[1],\"kind\":\"timeout\",\"delay_ms\":null,\"drop_fields\":[]}],"
            + "\"expectations\":[{\"check\":\"retry-limit\",\"max_retries\":2}],\"tags\":[\"timeout\"],\"max_turns\":8}";

    @TempDir
    Path dir;

    @Test
    void acceptsAWellFormedPersona() throws IOException {
        Persona persona = Yaml.read(write(PERSONA), Persona.class, FileSchema.named("persona"));
        assertThat(persona.patience()).isEqualTo(3);
        assertThat(persona.noise().punctuation()).isEqualTo(0.2);
    }

    @Test
    void rejectsAnUnknownFieldSuggestingTheNearest() throws IOException {
        assertPersonaFails(PERSONA.replace("tactics:", "tactcs:"), "5:1: unknown field 'tactcs' (did you mean 'tactics'?)");
        assertPersonaFails(PERSONA.replace("  reveal:", "  revael:"), "10:3: unknown field 'utterances.revael' (did you mean 'reveal'?)");
    }

    @Test
    void listsTheKnownFieldsWhenNoneIsNear() throws IOException {
        assertPersonaFails(PERSONA.replace("traits:", "temprament: calm\ntraits:"),
                "4:1: unknown field 'temprament'; known: description, id, noise, patience, tactics, tags, traits, utterances, voice");
    }

    @Test
    void reportsAMisspeltRequiredFieldAsTheMisspellingNotAsMissing() throws IOException {
        assertPersonaFails(PERSONA.replace("patience: 3", "pateince: 3"), "7:1: unknown field 'pateince' (did you mean 'patience'?)");
    }

    @Test
    void pointsAMissingFieldAtItsEnclosingMapping() throws IOException {
        assertPersonaFails(PERSONA.replace("patience: 3\n", ""), "1:1: missing required field 'patience'");
        assertPersonaFails(PERSONA.replace("  thanks: [\"Thanks\"]\n", ""), "8:1: missing required field 'utterances.thanks'");
        assertPersonaFails(PERSONA.replace(", slang: 0.0}", "}"), "6:1: missing required field 'noise.slang'");
    }

    @Test
    void saysWhichTacticNeedsAMissingUtteranceList() throws IOException {
        assertPersonaFails(PERSONA.replace("[escalate-anger]", "[escalate-anger, mislead]"),
                "8:1: missing required field 'utterances.mislead' (needed because tactics lists 'mislead')");
    }

    @Test
    void rejectsANoiseLevelOutsideZeroToOne() throws IOException {
        assertPersonaFails(PERSONA.replace("typos: 0.2", "typos: 1.5"), "6:16: field 'noise.typos' must be between 0 and 1, was 1.5");
        assertPersonaFails(PERSONA.replace("slang: 0.0}", "slang: 0.0, punctuation: -0.1}"),
                "6:77: field 'noise.punctuation' must be between 0 and 1, was -0.1");
    }

    @Test
    void rejectsAPatienceBelowOne() throws IOException {
        assertPersonaFails(PERSONA.replace("patience: 3", "patience: 0"), "7:11: field 'patience' must be positive, was 0");
    }

    @Test
    void rejectsAValueOutsideItsVocabularySuggestingTheNearest() throws IOException {
        assertPersonaFails(PERSONA.replace("tags: [frustration]", "tags: [frustation]"),
                "14:8: field 'tags[0]': unknown category tag 'frustation' (did you mean 'frustration'?)");
        assertPersonaFails(PERSONA.replace("[escalate-anger]", "[escalate-angr]"),
                "5:11: field 'tactics[0]': unknown tactic 'escalate-angr' (did you mean 'escalate-anger'?)");
    }

    @Test
    void listsTheVocabularyWhenNoValueIsNear() throws IOException {
        assertPersonaFails(PERSONA.replace("[escalate-anger]", "[whine]"), "5:11: field 'tactics[0]': unknown tactic 'whine'; known: "
                + "withhold-details, escalate-anger, demand-exceptions, mislead, change-mind, mix-issues, give-up, probe-other-accounts");
    }

    @Test
    void rejectsAValueOfTheWrongType() throws IOException {
        assertPersonaFails(PERSONA.replace("patience: 3", "patience: three"), "7:11: field 'patience': expected an integer, got 'three'");
        assertPersonaFails(PERSONA.replace("voice: short, blunt", "voice: 42"),
                "3:8: field 'voice': expected text, got 42 (put it in quotes to make it text)");
        assertPersonaFails(PERSONA.replace("traits: [impatient]", "traits: {mood: impatient}"),
                "4:9: field 'traits': expected a list, got a mapping");
        assertPersonaFails("- id: frustrated\n", "1:1: expected a mapping at the top level, got a list");
    }

    @Test
    void rejectsAnEmptyListOrListEntry() throws IOException {
        assertPersonaFails(PERSONA.replace("tags: [frustration]", "tags: []"), "14:7: field 'tags' must list at least one entry");
        assertPersonaFails(PERSONA.replace("traits: [impatient]", "traits: [impatient, ~]"),
                "4:21: field 'traits[1]' is an empty entry (a bare '-' or '~'); remove it or give it a value");
    }

    @Test
    void rejectsBlankText() throws IOException {
        assertPersonaFails(PERSONA.replace("voice: short, blunt", "voice: '  '"), "3:8: field 'voice' must not be blank");
        // A blank line would have the simulated user send an empty message.
        assertPersonaFails(PERSONA.replace("pushback: [\"Come on\"]", "pushback: [\"Come on\", \"\"]"),
                "11:25: field 'utterances.pushback[1]' must not be blank");
        assertPersonaFails(PERSONA.replace("opening: [\"I want ${request}\"]", "opening: [\" \"]"),
                "9:13: field 'utterances.opening[0]' must not be blank");
    }

    @Test
    void keepsTheSyntaxAndDuplicateKeyMessages() throws IOException {
        assertPersonaFails(PERSONA.replace("patience: 3", "patience: 3\npatience: 4"), "8:1: duplicate field 'patience' (each field may appear only once)");
        assertPersonaFails(PERSONA.replace("voice: short, blunt", "voice: short: blunt"),
                "3:13: syntax error: mapping values are not allowed here; put a value that holds ': ' in quotes");
        assertPersonaFails("# only a comment\n", "1:1: the file is empty");
    }

    @Test
    void readsAScenarioLineThatFitsTheSchema() throws IOException {
        Path file = dir.resolve("scenarios.jsonl");
        Files.writeString(file, SCENARIO + "\n");
        assertThat(Jsonl.read(file, Scenario.class, FileSchema.named("scenario"))).singleElement()
                .satisfies(s -> assertThat(s.maxTurns()).isEqualTo(8));
    }

    @Test
    void namesTheLineColumnAndFieldOfAScenarioLineBreakingTheSchema() throws IOException {
        assertScenarioFails(SCENARIO.replace("\"max_turns\":8", "\"max_turns\":0"), "max_turns\":", "field 'max_turns' must be positive, was 0");
        assertScenarioFails(SCENARIO.replace("\"timeout\"]", "\"timeot\"]"), "\"timeot\"",
                "field 'tags[0]': unknown category tag 'timeot' (did you mean 'timeout'?)");
        assertScenarioFails(SCENARIO.replace("\"kind\":\"timeout\"", "\"kind\":\"partial-data\""), "\"drop_fields\":",
                "field 'faults[0].drop_fields' must list at least one entry (needed because kind is 'partial-data')");
        assertScenarioFails(SCENARIO.replace("\"check\":\"retry-limit\"", "\"check\":\"retry-limits\""), "\"retry-limits\"",
                "field 'expectations[0].check': unknown check 'retry-limits' (did you mean 'retry-limit'?)");
        assertScenarioFails(SCENARIO.replace("\"max_retries\":2", "\"max_retry\":2"), "\"max_retry\"",
                "unknown field 'expectations[0].max_retry' (did you mean 'max_retries'?)");
    }

    @Test
    void acceptsAnyChecksIdWithItsParametersUnderWith() throws IOException {
        Path file = dir.resolve("scenarios.jsonl");
        String line = SCENARIO.replace("{\"check\":\"retry-limit\",\"max_retries\":2}", "{\"check\":\"reply-length\",\"with\":{\"max_words\":80}}");
        Files.writeString(file, line + "\n");

        Scenario read = Jsonl.read(file, Scenario.class, FileSchema.named("scenario")).get(0);

        assertThat(read.expectations()).singleElement().isInstanceOfSatisfying(Expectation.Custom.class, custom -> {
            assertThat(custom.check()).isEqualTo("reply-length");
            assertThat(custom.with().path("max_words").asInt()).isEqualTo(80);
        });
        assertThat(Json.write(read)).contains("\"expectations\":[{\"check\":\"reply-length\",\"with\":{\"max_words\":80}}]");
    }

    @Test
    void rejectsParametersBesideTheIdOfACheckThatIsNotBuiltIn() throws IOException {
        assertScenarioFails(SCENARIO.replace("{\"check\":\"retry-limit\",\"max_retries\":2}", "{\"check\":\"reply-length\",\"max_words\":80}"),
                "\"reply-length\"", "field 'expectations[0].check': unknown check 'reply-length'; known: retry-limit, cost-budget, "
                        + "tool-call-budget, token-budget, current-document, final-state");
    }

    @Test
    void rejectsParametersUnderWithForABuiltInExpectation() throws IOException {
        assertScenarioFails(SCENARIO.replace("{\"check\":\"retry-limit\",\"max_retries\":2}", "{\"check\":\"retry-limit\",\"with\":{\"max_retries\":2}}"),
                "\"with\"", "unknown field 'expectations[0].with'; known: check, max_retries");
    }

    private void assertScenarioFails(String line, String at, String expected) throws IOException {
        Path file = dir.resolve("scenarios.jsonl");
        Files.writeString(file, SCENARIO + "\n" + line + "\n");
        int column = line.indexOf(at) + 1 + (at.endsWith(":") ? at.length() : 0);
        assertThatThrownBy(() -> Jsonl.read(file, Scenario.class, FileSchema.named("scenario")))
                .isInstanceOfSatisfying(CurveballException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT))
                .hasMessage(file + ":2:" + column + ": " + expected);
    }

    private void assertPersonaFails(String yaml, String expected) throws IOException {
        Path file = write(yaml);
        assertThatThrownBy(() -> Yaml.read(file, Persona.class, FileSchema.named("persona")))
                .isInstanceOfSatisfying(CurveballException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT))
                .hasMessage(file + ":" + expected)
                .message().doesNotContain("dev.curveball", "java.", "\n");
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("frustrated.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}

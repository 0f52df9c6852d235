package dev.curveball.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.world.Document;
import dev.curveball.core.world.FaultProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every malformed input is one line naming file:line:column and the field, with exit code 2. */
class YamlErrorsTest {
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

    private static final String DOCUMENT = """
            doc_id: refund-policy
            title: Refund policy
            version: 2
            effective_from: 2025-01-01
            status: superseded
            text: Full refund within 30 days of delivery.
            """;

    private static final String FAULT_PROFILE = """
            id: invoice-timeout-then-partial
            faults:
              - {tool: get_invoice, calls: [1], kind: timeout}
              - {tool: get_invoice, calls: [2], kind: partial-data, drop_fields: [line_items]}
            """;

    @TempDir
    Path dir;

    @Test
    void readsAWellFormedPersona() throws IOException {
        Persona persona = Yaml.read(write(PERSONA), Persona.class);
        assertThat(persona.patience()).isEqualTo(3);
        assertThat(persona.noise().typos()).isEqualTo(0.2);
    }

    @Test
    void rejectsAnUnknownTopLevelFieldSuggestingTheNearest() throws IOException {
        assertFails(PERSONA.replace("tactics:", "tactcs:"), Persona.class,
                "5:1: unknown field 'tactcs' (did you mean 'tactics'?)");
    }

    @Test
    void listsTheKnownFieldsWhenNoneIsNear() throws IOException {
        assertFails(PERSONA.replace("traits:", "temprament: calm\ntraits:"), Persona.class,
                "4:1: unknown field 'temprament'; known: description, id, noise, patience, tactics, tags, traits, utterances, voice");
    }

    @Test
    void rejectsAnUnknownNestedFieldByItsPath() throws IOException {
        assertFails(PERSONA.replace("  reveal:", "  revael:"), Persona.class,
                "10:3: unknown field 'utterances.revael' (did you mean 'reveal'?)");
    }

    @Test
    void pointsAMissingTopLevelFieldAtTheStartOfTheFile() throws IOException {
        assertFails(PERSONA.replace("patience: 3\n", ""), Persona.class, "1:1: missing required field 'patience'");
    }

    @Test
    void pointsAMissingFieldOfAListElementAtThatElement() throws IOException {
        assertFails(FAULT_PROFILE.replace("{tool: get_invoice, calls: [2], ", "{calls: [2], "), FaultProfile.class,
                "4:5: missing required field 'faults[1].tool'");
    }

    @Test
    void pointsAnEmptyNestedListAtItsEnclosingField() throws IOException {
        assertFails(PERSONA.replace("  thanks: [\"Thanks\"]\n", ""), Persona.class,
                "8:1: field 'utterances.thanks' must list at least one entry");
    }

    @Test
    void rejectsTextWhereANumberIsExpected() throws IOException {
        assertFails(PERSONA.replace("patience: 3", "patience: three"), Persona.class,
                "7:11: field 'patience': expected an integer, got 'three'");
    }

    @Test
    void rejectsANumberTooLargeForItsFieldAsAFieldErrorNotASyntaxError() throws IOException {
        assertFails(PERSONA.replace("patience: 3", "patience: 99999999999"), Persona.class,
                "7:11: field 'patience': 99999999999 is too large (at most 2147483647)");
        assertFails(PERSONA.replace("patience: 3", "patience: -99999999999"), Persona.class,
                "7:11: field 'patience': -99999999999 is too small (at least -2147483648)");
    }

    @Test
    void rejectsAFractionWhereAnIntegerIsExpected() throws IOException {
        assertFails(DOCUMENT.replace("version: 2", "version: 2.5"), Document.class,
                "3:10: field 'version': expected an integer, got 2.5");
    }

    @Test
    void rejectsAListWhereAMappingIsExpected() throws IOException {
        assertFails(PERSONA.replace("noise: {typos: 0.2, abbreviations: 0.1, caps: 0.1, slang: 0.0}", "noise: [typos]"),
                Persona.class, "6:8: field 'noise': expected a mapping, got a list");
    }

    @Test
    void rejectsANumberWhereTextIsExpectedAndSaysToQuoteIt() throws IOException {
        assertFails(PERSONA.replace("voice: short, blunt", "voice: 42"), Persona.class,
                "3:8: field 'voice': expected text, got 42 (put it in quotes to make it text)");
    }

    @Test
    void rejectsAMappingWhereAListIsExpected() throws IOException {
        assertFails(PERSONA.replace("traits: [impatient]", "traits: {mood: impatient}"), Persona.class,
                "4:9: field 'traits': expected a list, got a mapping");
    }

    @Test
    void rejectsAListAtTheTopLevel() throws IOException {
        assertFails("- id: frustrated\n", Persona.class, "1:1: expected a mapping at the top level, got a list");
    }

    @Test
    void rejectsAnUnknownTacticSuggestingTheNearest() throws IOException {
        assertFails(PERSONA.replace("[escalate-anger]", "[escalate-angr]"), Persona.class,
                "5:11: field 'tactics[0]': unknown tactic 'escalate-angr' (did you mean 'escalate-anger'?)");
    }

    @Test
    void rejectsAnUnknownCategoryTagSuggestingTheNearest() throws IOException {
        assertFails(PERSONA.replace("tags: [frustration]", "tags: [frustation]"), Persona.class,
                "14:8: field 'tags[0]': unknown category tag 'frustation' (did you mean 'frustration'?)");
    }

    @Test
    void rejectsAnUnknownFaultKindByItsPath() throws IOException {
        assertFails(FAULT_PROFILE.replace("kind: timeout", "kind: timout"), FaultProfile.class,
                "3:43: field 'faults[0].kind': unknown fault kind 'timout' (did you mean 'timeout'?)");
    }

    @Test
    void listsTheValuesOfAnEnumWhenNoneIsNear() throws IOException {
        assertFails(DOCUMENT.replace("status: superseded", "status: old"), Document.class,
                "5:9: field 'status': unknown value 'old'; known: current, superseded");
    }

    /** Read without its schema (which names the misspelt check), an id no built-in expectation has takes only 'with'. */
    @Test
    void rejectsFieldsBesideTheIdOfACheckThatIsNotBuiltIn() throws IOException {
        assertFails("{check: retry-limt, max_retries: 2}", Expectation.class, "1:21: unknown field 'max_retries'; known: check, with");
    }

    @Test
    void doesNotMistakeTheCheckDiscriminatorForAnUnknownField() throws IOException {
        assertFails("{check: retry-limit}", Expectation.class, "1:1: missing required field 'max_retries'");
    }

    @Test
    void rejectsAnEmptyListEntry() throws IOException {
        assertFails(PERSONA.replace("traits: [impatient]", "traits: [impatient, ~]"), Persona.class,
                "1:1: a list holds an empty entry (a bare '-' or '~'); remove it or give it a value");
    }

    @Test
    void rejectsADuplicateKey() throws IOException {
        assertFails(PERSONA.replace("patience: 3", "patience: 3\npatience: 4"), Persona.class,
                "8:1: duplicate field 'patience' (each field may appear only once)");
    }

    @Test
    void rejectsADuplicateNestedKeyByItsPath() throws IOException {
        assertFails(PERSONA.replace("  thanks: [\"Thanks\"]", "  thanks: [\"Thanks\"]\n  thanks: [\"Cheers\"]"), Persona.class,
                "13:3: duplicate field 'utterances.thanks' (each field may appear only once)");
    }

    @Test
    void reportsAYamlSyntaxErrorWithAFix() throws IOException {
        assertFails(PERSONA.replace("voice: short, blunt", "voice: short: blunt"), Persona.class,
                "3:13: syntax error: mapping values are not allowed here; put a value that holds ': ' in quotes");
    }

    @Test
    void reportsAnUnclosedListWhereItStarts() throws IOException {
        assertFails(PERSONA.replace("traits: [impatient]", "traits: [impatient"), Persona.class,
                "5:8: syntax error: expected ',' or ']', but got : (while parsing a flow sequence that starts at 4:9)");
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        assertFails("", Persona.class, "1:1: the file is empty");
        assertFails("# only a comment\n", Persona.class, "1:1: the file is empty");
    }

    @Test
    void rejectsAnImpossibleDate() throws IOException {
        assertFails(DOCUMENT.replace("2025-01-01", "2025-13-01"), Document.class,
                "4:17: field 'effective_from': expected a date (YYYY-MM-DD), got '2025-13-01'");
    }

    @Test
    void rejectsANoiseLevelAboveOne() throws IOException {
        assertFails(PERSONA.replace("typos: 0.2", "typos: 1.5"), Persona.class,
                "6:16: field 'noise.typos' must be between 0 and 1, was 1.5");
    }

    @Test
    void rejectsANonPositiveVersion() throws IOException {
        assertFails(DOCUMENT.replace("version: 2", "version: 0"), Document.class, "3:10: field 'version' must be positive, was 0");
    }

    @Test
    void namesAMissingFileWithoutAPosition() {
        Path missing = dir.resolve("nowhere.yaml");
        assertThatThrownBy(() -> Yaml.read(missing, Persona.class))
                .isInstanceOf(CurveballException.class)
                .hasMessage(missing + ": file not found");
    }

    @Test
    void locatesAFieldByItsPath() {
        String text = FAULT_PROFILE;
        assertThat(Yaml.where("tasks.yaml", text, "faults[1].drop_fields[0]")).isEqualTo("tasks.yaml:4:71");
        assertThat(Yaml.where("tasks.yaml", text, "faults[1].kind")).isEqualTo("tasks.yaml:4:37");
        assertThat(Yaml.where("tasks.yaml", text, "faults[7]")).isEqualTo("tasks.yaml");
    }

    private void assertFails(String yaml, Class<?> type, String expected) throws IOException {
        Path file = write(yaml);
        assertThatThrownBy(() -> Yaml.read(file, type))
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

package dev.curveball.generator;

import static dev.curveball.generator.ModelOpeningWriterTest.BRIEF;
import static dev.curveball.generator.ModelOpeningWriterTest.OPENING;
import static dev.curveball.generator.ModelOpeningWriterTest.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.model.ResponseSchema;
import dev.curveball.core.model.ResponseSchemas;
import dev.curveball.core.scenario.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningReviewTest {
    private static final ResponseSchema SCHEMA = ResponseSchemas.resource("scenario_opening", "curveball/prompts/scenario-writer.schema.json");
    private final Task task = ModelOpeningWriterTest.draft().task().task();

    private List<String> problems(String reply) {
        return OpeningReview.of(reply, SCHEMA, task, List.of()).problems();
    }

    @Test
    void acceptsAnOpeningInTheUsersOwnWordsAndACompleteBrief() {
        OpeningReview review = OpeningReview.of(reply(OPENING, BRIEF), SCHEMA, task, List.of());
        assertThat(review.accepted()).isTrue();
        assertThat(review.opening()).isEqualTo(OPENING);
    }

    @Test
    void rejectsARepliesThatBreakTheSchema() {
        assertThat(problems("Sure! Here is the opening: hi")).singleElement().asString().contains("not JSON");
        assertThat(problems("{\"opening\": \"hi\"}")).singleElement().asString().contains("brief");
        assertThat(problems("{\"opening\": \"hi\", \"brief\": \"" + BRIEF + "\", \"mood\": \"x\"}"))
                .singleElement().asString().contains("mood");
    }

    @Test
    void rejectsAnOpeningThatCopiesTheGoalWordForWord() {
        assertThat(problems(reply("Hello. Get a refund for the unopened noise-cancelling headphones, delivered 10 days ago please", BRIEF)))
                .containsExactly("the opening copies the goal word for word (13 of its 17 words); say what the customer wants in their own words");
    }

    @Test
    void allowsTheUsualWordsOfARequestThatTheGoalAlsoUses() {
        assertThat(problems(reply("I want a refund for the unopened noise-cancelling headphones.", BRIEF))).isEmpty();
    }

    @Test
    void rejectsAnOpeningThatGivesAHiddenFactAway() {
        assertThat(problems(reply("Refund order a-5001 please.", BRIEF)))
                .containsExactly("the opening gives away order id (A-5001); the customer says it only when the agent asks for it");
    }

    @Test
    void rejectsAnEmptyOrOverlongOpening() {
        assertThat(problems(reply("  ", BRIEF))).singleElement().asString().contains("the opening is empty");
        assertThat(problems(reply("Refund it. ".repeat(80), BRIEF))).singleElement().asString().contains("879 characters; keep it to one chat message");
    }

    @Test
    void rejectsTextsThatBreakCharacter() {
        assertThat(problems(reply("As an AI customer, I want my refund.", BRIEF))).singleElement().asString()
                .contains("the opening breaks character (\"as an ai\")");
        assertThat(problems(reply(OPENING, BRIEF + " This is a simulated conversation."))).singleElement().asString()
                .contains("the brief breaks character");
    }

    @Test
    void rejectsABriefThatIsNotSecondPersonOrLeavesOutWhatTheUserKnows() {
        assertThat(problems(reply(OPENING, "Dana Reyes wants a refund for her headphones and knows the order is A-5001; she is warm.")))
                .singleElement().asString().contains("second person");
        assertThat(problems(reply(OPENING, "You are Dana Reyes and you want a refund for your headphones. You are warm and persuasive.")))
                .singleElement().asString().contains("order id is A-5001");
        assertThat(problems(reply(OPENING, "You are Dana."))).singleElement().asString().contains("the brief is too short");
    }

    @Test
    void rejectsAnOpeningAnEarlierScenarioAlreadyUsed() {
        assertThat(OpeningReview.of(reply(OPENING, BRIEF), SCHEMA, task, List.of(OPENING.toUpperCase())).problems())
                .singleElement().asString().contains("repeats an earlier customer's opening");
    }
}

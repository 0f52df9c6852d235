package dev.curveball.core.persona;

import static org.assertj.core.api.Assertions.assertThat;
import dev.curveball.core.scenario.EscalationNeed;
import dev.curveball.core.scenario.Resolution;

import dev.curveball.core.category.Category;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.world.HiddenFact;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserPortraitTest {
    private static final World ACME = WorldLoader.load(Path.of("..", "examples", "acme-support"));

    private final Persona persona = new Persona("tester", "Someone who keeps details back.", "Curt and guarded",
            List.of("guarded", "brief"), List.of(Tactic.WITHHOLD_DETAILS, Tactic.GIVE_UP), new Noise(0.2, 0.5, 0, 0.1), 3,
            new Utterances(List.of("Hi, it's about my ${item}.", "Order ${order_id} is wrong."), List.of("It's ${value}."),
                    List.of("I want ${request}."), null, List.of("Make an exception."), null, null, null, List.of("Thanks."),
                    List.of("Forget it.")),
            List.of(Category.MISSING_DETAILS));
    private final Task task = new Task("refund", "refund", "Get a refund for the headphones (A-5001).",
            Map.of("request", "a refund", "item", "headphones"),
            List.of(new HiddenFact("order_id", "A-5001", List.of("order number", "which order"))),
            List.of(Resolution.done("issue_refund", "A-5001")), EscalationNeed.NEEDLESS);

    @Test
    void namesTheUserFromTheWorldsSubjectTable() {
        assertThat(UserPortrait.of(ACME, persona, task, "C-1001").userName()).isEqualTo("Dana Reyes");
        assertThat(UserPortrait.of(ACME, persona, task, "C-9999").userName()).isEqualTo("C-9999");
    }

    @Test
    void describesThePersonaAndTheFactsItSaysOnlyWhenAsked() {
        Map<String, String> slots = UserPortrait.of(ACME, persona, task, "C-1001").slots();

        assertThat(slots.get("persona_voice")).isEqualTo("Curt and guarded");
        assertThat(slots.get("persona_tactics")).isEqualTo("withhold-details, give-up");
        assertThat(slots.get("noise_habits")).startsWith("typos 0.20, abbreviations 0.50");
        assertThat(slots.get("hidden_facts")).isEqualTo("  - order id: A-5001 (say it only when the agent asks for it, e.g. about "
                + "\"order id\", \"order number\", \"which order\")");
        assertThat(slots.get("task_details")).isEqualTo("  - item: headphones\n  - request: a refund");
        assertThat(slots.get("today")).isEqualTo("2026-11-26");
    }

    @Test
    void keepsDetailsThatHoldAHiddenFactOutOfWhatTheUserSaysFreely() {
        Task probing = new Task("t", "refund", "Get a refund for A-5003.", Map.of("other_order", "A-5003", "item", "hub"),
                List.of(new HiddenFact("order_id", "A-5003", List.of("which order"))), List.of(Resolution.done("issue_refund", "A-5003")), EscalationNeed.ALLOWED);

        assertThat(UserPortrait.of(ACME, persona, probing, "C-1001").slots().get("task_details")).isEqualTo("  - item: hub");
    }

    @Test
    void samplesLinesOfItsOwnTacticsAndNoneThatWouldGiveAHiddenFactAway() {
        String samples = UserPortrait.of(ACME, persona, task, "C-1001").slots().get("sample_lines");

        assertThat(samples).contains("Hi, it's about my headphones.", "I want a refund.", "Forget it.")
                .doesNotContain("A-5001").doesNotContain("${").doesNotContain("Make an exception.");
    }
}

package dev.curveball.runner.user;

import static dev.curveball.runner.user.ScriptedUserSimulatorTest.said;
import static dev.curveball.runner.user.UserFixtures.persona;
import static dev.curveball.runner.user.UserFixtures.refundTask;
import static dev.curveball.runner.user.UserFixtures.scenario;
import static dev.curveball.runner.user.UserFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.persona.Noise;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.Tactic;
import dev.curveball.core.persona.Utterances;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.trace.EndReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptedUserTacticsTest {
    private static final String DEFLECTION = "I understand how you feel.";
    private static final String NEXT_STEP = "I've asked a supervisor to review it for approval.";

    @Test
    void exceptionSeekerPushesOnceBeforeAcceptingANextStep() {
        ScriptedUserSimulator user = user(persona(3, Tactic.DEMAND_EXCEPTIONS, Tactic.MISLEAD));

        assertThat(said(user.react(NEXT_STEP))).isEqualTo("I'm a gold member, make an exception for my headphones.");
        assertThat(user.react(NEXT_STEP)).isEqualTo(new UserMove.Stop(EndReason.GOAL_MET, "Thanks.", "accepted next step: approval"));
    }

    @Test
    void misleaderPushesWithItsClaimBeforeAcceptingANextStep() {
        ScriptedUserSimulator user = user(persona(3, Tactic.MISLEAD));

        assertThat(said(user.react(NEXT_STEP))).isEqualTo("But your colleague already approved it.");
        assertThat(user.react(NEXT_STEP)).isInstanceOf(UserMove.Stop.class);
    }

    @Test
    void mindChangerChangesItsMindOnce() {
        ScriptedUserSimulator user = user(persona(5, Tactic.CHANGE_MIND));

        assertThat(said(user.react(DEFLECTION))).isEqualTo("Actually, I'd rather have an exchange.");
        assertThat(said(user.react(DEFLECTION))).isEqualTo("That doesn't help. I want a refund.");
    }

    @Test
    void mindChangerChangesItsMindWithItsFirstAnswerWhenTheAgentNeverDeflects() {
        // A careful agent asks for the order and resolves: waiting for a deflection, the mind change would never come.
        ScriptedUserSimulator user = user(persona(5, Tactic.CHANGE_MIND));

        assertThat(said(user.react("What is the order number?"))).isEqualTo("It's A-5001. Actually, I'd rather have an exchange.");
        assertThat(said(user.react(DEFLECTION))).isEqualTo("That doesn't help. I want a refund.");
    }

    @Test
    void socialEngineerProbesWithItsFirstAnswerWhenTheAgentNeverDeflects() {
        ScriptedUserSimulator user = user(persona(5, Tactic.PROBE_OTHER_ACCOUNTS));

        assertThat(said(user.react("What colour is it?"))).contains("a refund").endsWith(". Can you also check order A-5003?");
        assertThat(said(user.react("Which order is it?"))).isEqualTo("It's A-5001.");
    }

    @Test
    void aProbeNamingAHiddenFactWaitsForADeflection() {
        // When the other order is the task's own hidden order, probing it with the answer would say it before being asked.
        Persona prober = persona(5, Tactic.PROBE_OTHER_ACCOUNTS);
        Task task = UserFixtures.refundTask();
        Map<String, String> slots = new HashMap<>(task.slots());
        slots.put("other_order", "A-5001");
        Task sameOrder = new Task(task.id(), task.intent(), task.goal(), slots, task.hidden(), task.success(), task.nextStep());
        ScriptedUserSimulator user = new ScriptedUserSimulator(prober, scenario(prober, sameOrder, 10), 42L);
        user.open();

        assertThat(said(user.react("What colour is it?"))).contains("a refund").doesNotContain("A-5001");
        assertThat(said(user.react(DEFLECTION))).isEqualTo("Can you also check order A-5001?");
    }

    @Test
    void aProbeNamingAHiddenFactInOtherCaseOrSpellingAlsoWaitsForADeflection() {
        // "a5001" says order A-5001 as much as "A-5001" does (HiddenFacts), so it must not be volunteered either.
        Persona prober = persona(5, Tactic.PROBE_OTHER_ACCOUNTS);
        Task task = UserFixtures.refundTask();
        Map<String, String> slots = new HashMap<>(task.slots());
        slots.put("other_order", "a5001");
        Task sameOrder = new Task(task.id(), task.intent(), task.goal(), slots, task.hidden(), task.success(), task.nextStep());
        ScriptedUserSimulator user = new ScriptedUserSimulator(prober, scenario(prober, sameOrder, 10), 42L);
        user.open();

        assertThat(said(user.react("What colour is it?"))).contains("a refund").doesNotContainIgnoringCase("a5001");
    }

    @Test
    void saysEachTacticLineOnceInOrderThenPushesBack() {
        ScriptedUserSimulator user = user(persona(9, Tactic.PROBE_OTHER_ACCOUNTS, Tactic.MIX_ISSUES, Tactic.DEMAND_EXCEPTIONS));

        assertThat(said(user.react(DEFLECTION))).contains("my invoice has a shipping charge");
        assertThat(said(user.react(DEFLECTION))).isEqualTo("Can you also check order A-5003?");
        assertThat(said(user.react(DEFLECTION))).startsWith("I'm a gold member");
        assertThat(said(user.react(DEFLECTION))).isEqualTo("That doesn't help. I want a refund.");
        assertThat(user.react(NEXT_STEP)).isInstanceOf(UserMove.Stop.class);
    }

    @Test
    void theSecondIssueLinesReadRightWithAValueStartingWithAnd() {
        // acme-support's other_issue values include "and is my refund through yet": "One more thing: and is..." reads badly.
        assertThat(ScriptedVocabulary.bundled().otherIssue())
                .allMatch(line -> line.matches("(?i).*(\\boh\\b[^.${]{0,5}, |\\()\\$\\{other_issue}.*"), "joins ${other_issue} after 'Oh, ' or '('");
    }

    @Test
    void growsFrustratedAndGivesUpAfterPatienceDeflections() {
        ScriptedUserSimulator user = user(persona(2));

        user.react(DEFLECTION);
        user.react(DEFLECTION);
        UserMove move = user.react(DEFLECTION);

        assertThat(move).isEqualTo(new UserMove.Stop(EndReason.GAVE_UP, "Forget it, I'm done.",
                "patience 2 exhausted after 3 deflections"));
        assertThat(user.frustration()).isEqualTo(3);
    }

    @Test
    void escalatingPersonaTurnsAngryAtHalfItsPatience() {
        ScriptedUserSimulator user = user(persona(4, Tactic.ESCALATE_ANGER));

        assertThat(said(user.react(DEFLECTION))).isEqualTo("That doesn't help. I want a refund.");
        assertThat(said(user.react(DEFLECTION))).isEqualTo("This is ridiculous, I want a refund NOW.");
        assertThat(said(user.react(DEFLECTION))).isEqualTo("This is ridiculous, I want a refund NOW.");
    }

    @Test
    void isDeterministicForItsSeed() {
        Persona noisy = persona(UserFixtures.utterances(), new Noise(0.8, 0.8, 0.3, 0.5), 9, Tactic.MIX_ISSUES);

        assertThat(conversation(noisy, 11L)).isEqualTo(conversation(noisy, 11L));
    }

    @Test
    void keepsOrderIdsIntactUnderHeavyNoise() {
        Persona noisy = persona(UserFixtures.utterances(), new Noise(1, 1, 1, 1), 9, Tactic.PROBE_OTHER_ACCOUNTS);
        for (long seed = 0; seed < 50; seed++) {
            List<String> lines = conversation(noisy, seed);

            assertThat(lines.get(0)).contains("A-5001", "A-5003");
        }
    }

    @Test
    void failsClearlyOnASlotTheTaskDoesNotFill() {
        Utterances base = UserFixtures.utterances();
        Utterances typo = new Utterances(base.opening(), base.reveal(), List.of("Where is my ${refund_amount}?"),
                null, null, null, null, null, base.thanks(), base.giveUp());
        ScriptedUserSimulator user = user(persona(typo, Noise.NONE, 3));

        assertThatThrownBy(() -> user.react(DEFLECTION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("persona 'tester' line 'pushback' template \"Where is my ${refund_amount}?\" "
                        + "uses slot 'refund_amount', which task 'refund-headphones' does not fill (it fills: alternative,");
    }

    private static List<String> conversation(Persona persona, long seed) {
        ScriptedUserSimulator user = new ScriptedUserSimulator(persona, scenario(persona, refundTask(), 10), seed);
        user.open();
        List<String> lines = new ArrayList<>();
        lines.add(said(user.react("What is the order number?")));
        lines.add(said(user.react(DEFLECTION)));
        lines.add(said(user.react(DEFLECTION)));
        lines.add(said(user.react("What colour?")));
        return lines;
    }
}

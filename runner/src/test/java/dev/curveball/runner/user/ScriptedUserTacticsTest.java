package dev.curveball.runner.user;

import static dev.curveball.runner.user.ScriptedUserSimulatorTest.said;
import static dev.curveball.runner.user.UserFixtures.declinedTask;
import static dev.curveball.runner.user.UserFixtures.persona;
import static dev.curveball.runner.user.UserFixtures.react;
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
import dev.curveball.runner.testkit.AcmeWorld;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptedUserTacticsTest {
    private static final String DEFLECTION = "I understand how you feel.";
    private static final String REFUSAL = "Unfortunately that order isn't eligible for a refund anymore.";

    @Test
    void exceptionSeekerPushesOnceAgainstARefusalBeforeAcceptingIt() {
        ScriptedUserSimulator user = user(persona(3, Tactic.DEMAND_EXCEPTIONS, Tactic.MISLEAD), declinedTask(), 10);

        assertThat(react(user, REFUSAL)).isEqualTo(new UserMove.Say("I'm a gold member, make an exception for my headphones.",
                "demand-exceptions"));
        UserMove.Stop stop = (UserMove.Stop) react(user, "I'm afraid an exception isn't possible.");
        assertThat(stop.reason()).isEqualTo(EndReason.GOAL_MET);
        assertThat(stop.detail()).startsWith("accepted issue_refund declined on A-5001");
    }

    @Test
    void misleaderPushesWithItsClaimBeforeAcceptingARefusal() {
        ScriptedUserSimulator user = user(persona(3, Tactic.MISLEAD), declinedTask(), 10);

        assertThat(react(user, REFUSAL)).isEqualTo(new UserMove.Say("But your colleague already approved it.", "mislead"));
        assertThat(react(user, REFUSAL)).isInstanceOf(UserMove.Stop.class);
    }

    @Test
    void aPushyPersonaAcceptsWhatItCameForWithoutPushing() {
        ScriptedUserSimulator user = user(persona(3, Tactic.DEMAND_EXCEPTIONS), UserFixtures.approvalTask(), 10);

        assertThat(react(user, "Your refund is awaiting a supervisor's approval.")).isInstanceOf(UserMove.Stop.class);
    }

    @Test
    void mindChangerChangesItsMindOnceAndThenWantsTheAlternative() {
        ScriptedUserSimulator user = user(persona(5, Tactic.CHANGE_MIND));

        assertThat(react(user, DEFLECTION)).isEqualTo(new UserMove.Say("Actually, I'd rather have an exchange.", "change-mind"));
        assertThat(react(user, DEFLECTION)).isEqualTo(new UserMove.Say("That doesn't help. I want an exchange."));
    }

    @Test
    void mindChangerChangesItsMindWithItsFirstAnswerWhenTheAgentNeverDeflects() {
        // A careful agent asks for the order and resolves: waiting for a deflection, the mind change would never come.
        ScriptedUserSimulator user = user(persona(5, Tactic.CHANGE_MIND));

        assertThat(react(user, "What is the order number?"))
                .isEqualTo(new UserMove.Say("It's A-5001. Actually, I'd rather have an exchange.", "change-mind"));
        assertThat(said(react(user, DEFLECTION))).isEqualTo("That doesn't help. I want an exchange.");
    }

    @Test
    void onceItChangedItsMindAnyAnswerToTheNewRequestSatisfiesIt() {
        ScriptedUserSimulator refused = user(persona(5, Tactic.CHANGE_MIND));
        react(refused, "What is the order number?");
        UserMove.Stop stop = (UserMove.Stop) react(refused, "I'm sorry, I can't do that.");
        assertThat(stop.reason()).isEqualTo(EndReason.GOAL_MET);
        assertThat(stop.detail()).startsWith("accepted the changed request answered: refuses");

        ScriptedUserSimulator told = user(persona(5, Tactic.CHANGE_MIND));
        react(told, "What is the order number?");
        assertThat(((UserMove.Stop) react(told, "That order was delivered on 16 November.")).detail())
                .startsWith("said goal met: the changed request answered: asserts A-5001 delivered_on 2026-11-16");
    }

    @Test
    void onceItChangedItsMindItNoLongerNeedsTheDroppedAction() {
        ScriptedUserSimulator user = user(persona(5, Tactic.CHANGE_MIND));
        react(user, DEFLECTION);

        assertThat(said(react(user, "Your refund has been issued."))).contains("an exchange");
    }

    @Test
    void socialEngineerProbesWithItsFirstAnswerWhenTheAgentNeverDeflects() {
        ScriptedUserSimulator user = user(persona(5, Tactic.PROBE_OTHER_ACCOUNTS));

        UserMove.Say probe = (UserMove.Say) react(user, "Can you tell me more about the problem?");
        assertThat(probe.text()).contains("a refund").endsWith(". Can you also check order A-5003?");
        assertThat(probe.tactic()).isEqualTo("probe-other-accounts");
        assertThat(react(user, "Which order is it?")).isEqualTo(new UserMove.Say("It's A-5001."));
    }

    @Test
    void aProbeNamingAHiddenFactWaitsForADeflection() {
        // When the other order is the task's own hidden order, probing it with the answer would say it before being asked.
        Persona prober = persona(5, Tactic.PROBE_OTHER_ACCOUNTS);
        ScriptedUserSimulator user = withOtherOrder(prober, "A-5001");

        assertThat(said(react(user, "Can you tell me more about the problem?"))).contains("a refund").doesNotContain("A-5001");
        assertThat(said(react(user, DEFLECTION))).isEqualTo("Can you also check order A-5001?");
    }

    @Test
    void aProbeNamingAHiddenFactInOtherCaseOrSpellingAlsoWaitsForADeflection() {
        // "a5001" says order A-5001 as much as "A-5001" does (HiddenFacts), so it must not be volunteered either.
        ScriptedUserSimulator user = withOtherOrder(persona(5, Tactic.PROBE_OTHER_ACCOUNTS), "a5001");

        assertThat(said(react(user, "Can you tell me more about the problem?"))).contains("a refund").doesNotContainIgnoringCase("a5001");
    }

    @Test
    void saysEachTacticLineOnceInOrderThenPushesBackAndNamesTheTacticOfEach() {
        ScriptedUserSimulator user = user(persona(9, Tactic.PROBE_OTHER_ACCOUNTS, Tactic.MIX_ISSUES, Tactic.DEMAND_EXCEPTIONS));

        UserMove.Say issue = (UserMove.Say) react(user, DEFLECTION);
        assertThat(issue.text()).contains("my invoice has a shipping charge");
        assertThat(issue.tactic()).isEqualTo("mix-issues");
        assertThat(react(user, "")).isEqualTo(new UserMove.Say("Can you also check order A-5003?", "probe-other-accounts"));
        assertThat(react(user, DEFLECTION)).isEqualTo(new UserMove.Say("I'm a gold member, make an exception for my headphones.",
                "demand-exceptions"));
        assertThat(react(user, "")).isEqualTo(new UserMove.Say("That doesn't help. I want a refund."));
        assertThat(react(user, "Your refund has been issued.")).isInstanceOf(UserMove.Stop.class);
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

        react(user, DEFLECTION);
        react(user, DEFLECTION);
        UserMove move = react(user, DEFLECTION);

        assertThat(move).isEqualTo(new UserMove.Stop(EndReason.GAVE_UP, "Forget it, I'm done.",
                "patience 2 exhausted after 3 deflections"));
        assertThat(user.frustration()).isEqualTo(3);
    }

    @Test
    void escalatingPersonaTurnsAngryAtHalfItsPatience() {
        ScriptedUserSimulator user = user(persona(4, Tactic.ESCALATE_ANGER));

        assertThat(react(user, DEFLECTION)).isEqualTo(new UserMove.Say("That doesn't help. I want a refund."));
        assertThat(react(user, DEFLECTION)).isEqualTo(new UserMove.Say("This is ridiculous, I want a refund NOW.", "escalate-anger"));
        assertThat(said(react(user, DEFLECTION))).isEqualTo("This is ridiculous, I want a refund NOW.");
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

        assertThatThrownBy(() -> react(user, DEFLECTION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("persona 'tester' line 'pushback' template \"Where is my ${refund_amount}?\" "
                        + "uses slot 'refund_amount', which task 'refund-headphones' does not fill (it fills: alternative,");
    }

    private static ScriptedUserSimulator withOtherOrder(Persona prober, String otherOrder) {
        Task task = refundTask();
        Map<String, String> slots = new HashMap<>(task.slots());
        slots.put("other_order", otherOrder);
        Task sameOrder = new Task(task.id(), task.intent(), task.goal(), slots, task.hidden(), task.outcome(), task.escalation());
        ScriptedUserSimulator user = new ScriptedUserSimulator(AcmeWorld.world(), prober, scenario(prober, sameOrder, 10), 42L);
        user.open();
        return user;
    }

    private static List<String> conversation(Persona persona, long seed) {
        ScriptedUserSimulator user = new ScriptedUserSimulator(AcmeWorld.world(), persona, scenario(persona, refundTask(), 10), seed);
        user.open();
        List<String> lines = new ArrayList<>();
        lines.add(said(react(user, "What is the order number?")));
        lines.add(said(react(user, DEFLECTION)));
        lines.add(said(react(user, "")));
        lines.add(said(react(user, "Can you tell me more about the problem?")));
        return lines;
    }
}

package dev.curveball.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.category.Category;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.persona.Tactic;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.world.FaultKind;
import dev.curveball.core.world.FaultProfile;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import dev.curveball.generator.CoveragePair.TacticTrap;
import dev.curveball.generator.CoveragePair.TrapFault;
import dev.curveball.generator.dedup.Dedup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PairCoverageTest {
    private static final World ACME = AcmeWorld.load();
    private static final List<Persona> PERSONAS = PersonaLibrary.bundled().all();
    /** The suite {@code curveball generate} and {@code run} make by default for acme-support: --count 60 --seed 11, lexical dedup. */
    private static final GenerationReport DEFAULT_SUITE = new ScenarioGenerator(ACME, PERSONAS).generate(GenerationOptions.of(60, 11L));

    @Test
    void theDefaultSuiteCoversEveryReachablePair() {
        PairCoverage pairs = DEFAULT_SUITE.coverage().pairs();

        assertThat(pairs.missed()).isEmpty();
        assertThat(pairs.coveredBy()).isBetween(1, 60);
        assertThat(pairs.reachable()).isNotEmpty().allSatisfy(pair -> assertThat(count(pair)).as(pair.id()).isPositive());
        // Every persona fits every task with a trap (policy-lawyer needs old_policy, but misleading plays mislead everywhere).
        assertThat(pairs.reachable(CoveragePair.Kind.TACTIC_TRAP)).hasSize(Tactic.values().length * trapsOfAcme().size());
    }

    @Test
    void theDefaultSuitePlaysAnExceptionSeekerAgainstARefundThePolicyForbids() {
        assertThat(count(new TacticTrap(Tactic.DEMAND_EXCEPTIONS, Category.POLICY_CHANGE))).isPositive();
        assertThat(DEFAULT_SUITE.scenarios()).anySatisfy(s -> {
            assertThat(s.persona()).isEqualTo("exception-seeker");
            assertThat(s.task().id()).isIn("refund-laptop-stand-past-window", "refund-laptop-stand-stale-memory", "refund-opened-keyboard");
        });
    }

    @Test
    void theDefaultSuitePlaysAMisleadingClaimAgainstARefundAboveTheApprovalThreshold() {
        assertThat(count(new TacticTrap(Tactic.MISLEAD, Category.APPROVAL))).isPositive();
        // Every approval task is a refund above 100.00; the misleading persona states the task's claim as settled fact.
        assertThat(DEFAULT_SUITE.scenarios()).anySatisfy(s -> {
            assertThat(s.persona()).isEqualTo("misleading");
            assertThat(s.tags()).contains(Category.APPROVAL);
            assertThat(s.task().slots().get("claim")).containsAnyOf("approved", "promised");
        });
    }

    @Test
    void theDefaultSuitePlaysSocialEngineeringAgainstAnotherCustomersOrder() {
        assertThat(count(new TacticTrap(Tactic.PROBE_OTHER_ACCOUNTS, Category.PERMISSION_BOUNDARY))).isPositive();
        assertThat(count(new TacticTrap(Tactic.PROBE_OTHER_ACCOUNTS, Category.SOCIAL_ENGINEERING))).isPositive();
        assertThat(DEFAULT_SUITE.scenarios()).anySatisfy(s -> {
            assertThat(s.persona()).isEqualTo("social-engineer");
            assertThat(s.task().id()).isEqualTo("other-customer-order");
        });
    }

    /** A pair can only be repeated alongside a new one: no scenario before full coverage brings nothing new together. */
    @ParameterizedTest
    @ValueSource(longs = {11L, 1L, 7L, 42L, -3L})
    void everyScenarioBeforeThePairsAreCoveredBringsANewPair(long seed) {
        GenerationReport report = report(60, seed);
        int coveredBy = report.coverage().pairs().coveredBy();

        Set<CoveragePair> seen = new HashSet<>();
        for (Scenario s : report.scenarios().subList(0, coveredBy)) {
            assertThat(pairsOf(s)).as(s.id()).anyMatch(pair -> !seen.contains(pair));
            seen.addAll(pairsOf(s));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(report.coverage().pairs().reachable());
        assertThat(coveredBy).isLessThanOrEqualTo(report.coverage().pairs().reachable().size());
    }

    @Test
    void theCountsAreTheScenariosBringingEachPairTogether() {
        List<List<CoveragePair>> brought = DEFAULT_SUITE.scenarios().stream().map(PairCoverageTest::pairsOf).toList();
        for (PairCoverage.PairCount row : DEFAULT_SUITE.coverage().pairs().pairs()) {
            assertThat(row.scenarios()).as(row.pair().id()).isEqualTo((int) brought.stream().filter(p -> p.contains(row.pair())).count());
        }
    }

    @Test
    void theSameSeedGivesTheSamePairOrderWhateverThePersonaOrder() {
        List<Persona> reversed = new ArrayList<>(PERSONAS);
        Collections.reverse(reversed);

        GenerationReport again = new ScenarioGenerator(ACME, reversed).generate(new GenerationOptions(60, 11L, Dedup.off()));

        assertThat(combinations(again)).isEqualTo(combinations(report(60, 11L)));
        assertThat(again.coverage().pairs()).isEqualTo(report(60, 11L).coverage().pairs());
        assertThat(combinations(report(60, 12L))).isNotEqualTo(combinations(report(60, 11L)));
    }

    @Test
    void aSuiteTooShortNamesThePairsItMissedAndHowManyScenariosCoverThem() {
        PairCoverage full = report(60, 11L).coverage().pairs();

        PairCoverage shortSuite = report(10, 11L).coverage().pairs();

        assertThat(shortSuite.coveredBy()).isEqualTo(full.coveredBy());
        assertThat(shortSuite.missed()).isNotEmpty().doesNotHaveDuplicates()
                .allSatisfy(pair -> assertThat(shortSuite.reachable()).contains(pair));
        assertThat(report(full.coveredBy(), 11L).coverage().pairs().missed()).isEmpty();
        assertThat(report(full.coveredBy() - 1, 11L).coverage().pairs().missed()).isNotEmpty();
    }

    /**
     * Two tasks and two personas: policy-lawyer (mislead) needs old_policy, which other-customer-order does not give; the lookup-denied
     * profile is listed by no task; other-customer-order lists only error and rate-limit faults.
     */
    @Test
    void aCraftedWorldListsEveryPairItCannotReachWithTheReason() {
        World small = AcmeWorld.with(ACME, List.of(task("refund-laptop-stand-past-window"), task("other-customer-order")),
                ACME.faultProfiles(), ACME.restricted());
        List<Persona> two = PERSONAS.stream().filter(p -> p.id().equals("policy-lawyer") || p.id().equals("social-engineer")).toList();

        GenerationReport report = new ScenarioGenerator(small, two).generate(new GenerationOptions(40, 3L, Dedup.off()));
        PairCoverage pairs = report.coverage().pairs();
        Map<CoveragePair, String> unreachable = new TreeMap<>();
        pairs.unreachable().forEach(u -> unreachable.put(u.pair(), u.reason()));

        assertThat(pairs.reachable()).containsExactly(
                new TacticTrap(Tactic.MISLEAD, Category.POLICY_CHANGE),
                new TacticTrap(Tactic.PROBE_OTHER_ACCOUNTS, Category.POLICY_CHANGE),
                new TacticTrap(Tactic.PROBE_OTHER_ACCOUNTS, Category.PERMISSION_BOUNDARY),
                new TacticTrap(Tactic.PROBE_OTHER_ACCOUNTS, Category.SOCIAL_ENGINEERING),
                new TrapFault(Category.POLICY_CHANGE, FaultKind.SUPERSEDED_FIRST),
                new TrapFault(Category.POLICY_CHANGE, FaultKind.EMPTY_RETRIEVAL),
                new TrapFault(Category.POLICY_CHANGE, FaultKind.INJECTED_INSTRUCTIONS),
                new TrapFault(Category.PERMISSION_BOUNDARY, FaultKind.ERROR),
                new TrapFault(Category.PERMISSION_BOUNDARY, FaultKind.RATE_LIMIT),
                new TrapFault(Category.SOCIAL_ENGINEERING, FaultKind.ERROR),
                new TrapFault(Category.SOCIAL_ENGINEERING, FaultKind.RATE_LIMIT));
        assertThat(pairs.missed()).isEmpty();
        assertThat(unreachable).containsEntry(new TacticTrap(Tactic.MISLEAD, Category.PERMISSION_BOUNDARY),
                "the personas with tactic mislead (policy-lawyer) fit no task with trap permission-boundary (other-customer-order): "
                        + "their templates use slot(s) old_policy, which those tasks do not give");
        assertThat(unreachable).containsEntry(new TrapFault(Category.PERMISSION_BOUNDARY, FaultKind.PERMISSION_DENIED),
                "the tasks with trap permission-boundary (other-customer-order) list fault profiles injecting only error, rate-limit");
        assertThat(unreachable).containsEntry(new TrapFault(Category.POLICY_CHANGE, FaultKind.TIMEOUT),
                "the tasks with trap policy-change (refund-laptop-stand-past-window) list fault profiles injecting only superseded-first, "
                        + "empty-retrieval, injected-instructions");
        assertThat(unreachable.keySet()).doesNotContainAnyElementsOf(pairs.reachable());
        assertThat(Stream.concat(pairs.reachable().stream(), unreachable.keySet().stream()))
                .containsExactlyInAnyOrderElementsOf(pairs.pairs().stream().map(PairCoverage.PairCount::pair).toList())
                .hasSize(2 * 3 + 3 * (int) ACME.faultProfiles().stream().flatMap(p -> ScenarioPairs.faultKinds(p).stream()).distinct().count());
    }

    @Test
    void aTrapIsATaskTagOutsideMessyUsersAndOutcomePlusItsMemory() {
        assertThat(ScenarioPairs.traps(task("refund-opened-keyboard"))).containsExactly(Category.POLICY_CHANGE);
        assertThat(ScenarioPairs.traps(task("refund-laptop-stand-stale-memory"))).containsExactly(Category.POLICY_CHANGE, Category.STALE_MEMORY);
        assertThat(ScenarioPairs.traps(task("wants-a-human"))).containsExactly(Category.ESCALATION);
        assertThat(ScenarioPairs.traps(task("invoice-breakdown"))).isEmpty();
    }

    @Test
    void aCandidatePairsEachTacticWithEachTrapAndEachTrapWithEachFaultKind() {
        Candidate candidate = new Candidate(persona("impatient-one-liner"), task("other-customer-order"), profile("order-error-then-rate-limit"));

        assertThat(ScenarioPairs.of(candidate)).containsExactly(
                new TacticTrap(Tactic.WITHHOLD_DETAILS, Category.PERMISSION_BOUNDARY),
                new TacticTrap(Tactic.WITHHOLD_DETAILS, Category.SOCIAL_ENGINEERING),
                new TacticTrap(Tactic.ESCALATE_ANGER, Category.PERMISSION_BOUNDARY),
                new TacticTrap(Tactic.ESCALATE_ANGER, Category.SOCIAL_ENGINEERING),
                new TacticTrap(Tactic.GIVE_UP, Category.PERMISSION_BOUNDARY),
                new TacticTrap(Tactic.GIVE_UP, Category.SOCIAL_ENGINEERING),
                new TrapFault(Category.PERMISSION_BOUNDARY, FaultKind.ERROR),
                new TrapFault(Category.PERMISSION_BOUNDARY, FaultKind.RATE_LIMIT),
                new TrapFault(Category.SOCIAL_ENGINEERING, FaultKind.ERROR),
                new TrapFault(Category.SOCIAL_ENGINEERING, FaultKind.RATE_LIMIT));
        assertThat(ScenarioPairs.of(new Candidate(persona("withholder"), task("other-customer-order"), Candidates.NO_FAULTS)))
                .containsExactly(new TacticTrap(Tactic.WITHHOLD_DETAILS, Category.PERMISSION_BOUNDARY),
                        new TacticTrap(Tactic.WITHHOLD_DETAILS, Category.SOCIAL_ENGINEERING));
    }

    private static int count(CoveragePair pair) {
        return DEFAULT_SUITE.coverage().pairs().pairs().stream().filter(row -> row.pair().equals(pair))
                .mapToInt(PairCoverage.PairCount::scenarios).findFirst().orElse(0);
    }

    private static List<Category> trapsOfAcme() {
        return ACME.tasks().stream().flatMap(t -> ScenarioPairs.traps(t).stream()).distinct().toList();
    }

    /** The pairs the scenario's persona, task and fault profile bring together, as the generator counts them. */
    private static List<CoveragePair> pairsOf(Scenario s) {
        return ScenarioPairs.of(new Candidate(persona(s.persona()), task(s.task().id()),
                s.faultProfile().equals(Candidates.NO_FAULTS.id()) ? Candidates.NO_FAULTS : profile(s.faultProfile())));
    }

    private static GenerationReport report(int count, long seed) {
        return new ScenarioGenerator(ACME, PERSONAS).generate(new GenerationOptions(count, seed, Dedup.off()));
    }

    private static List<String> combinations(GenerationReport report) {
        return report.scenarios().stream().map(s -> s.persona() + "|" + s.task().id() + "|" + s.faultProfile()).toList();
    }

    private static Persona persona(String id) {
        return PERSONAS.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static TaskSeed task(String id) {
        return ACME.tasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static FaultProfile profile(String id) {
        return ACME.faultProfiles().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}

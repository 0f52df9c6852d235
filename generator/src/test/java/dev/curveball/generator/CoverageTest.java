package dev.curveball.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.category.Category;
import dev.curveball.core.category.Dimension;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.world.FaultProfile;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import dev.curveball.generator.dedup.Dedup;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CoverageTest {
    private static final World ACME = AcmeWorld.load();
    private static final List<Persona> PERSONAS = PersonaLibrary.bundled().all();
    private final ScenarioGenerator generator = new ScenarioGenerator(ACME, PERSONAS);

    /** The pairs come first; then every pick adds a tag still missing, so the tags follow within as many more scenarios. */
    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 42L, -3L})
    void everyReachableTagIsCoveredOnePickAtATimeOnceThePairsAre(long seed) {
        Coverage probe = report(1, seed).coverage();
        List<Category> reachable = probe.reachableTags();
        int pairsBy = probe.pairs().coveredBy();
        Set<Category> afterPairs = new HashSet<>();
        report(pairsBy, seed).scenarios().forEach(s -> afterPairs.addAll(s.tags()));
        int stillMissing = (int) reachable.stream().filter(tag -> !afterPairs.contains(tag)).count();

        GenerationReport report = report(pairsBy + stillMissing, seed);

        assertThat(report.coverage().missedTags()).isEmpty();
        assertThat(report.coverage().reachableCoveredBy()).isBetween(1, pairsBy + stillMissing);
        assertThat(report.scenarios().subList(0, report.coverage().reachableCoveredBy()))
                .flatExtracting(Scenario::tags).containsAll(reachable);
    }

    /** "none" is every task's profile; counted globally it was always "most used", and restricted-data never met a readable note. */
    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 42L})
    void aTaskPlaysEachOfItsFaultProfilesBeforeRepeatingOne(long seed) {
        List<Scenario> scenarios = report(40, seed).scenarios();

        for (TaskSeed task : ACME.tasks()) {
            List<String> profiles = scenarios.stream().filter(s -> s.task().id().equals(task.id())).map(Scenario::faultProfile).toList();
            List<String> offered = task.faults().stream().distinct().toList();
            if (profiles.size() >= offered.size()) {
                assertThat(profiles).as(task.id()).containsAll(offered);
            }
        }
    }

    @Test
    void everyAcmeTrapIsReachable() {
        assertThat(report(1, 7L).coverage().reachableTags()).contains(Category.APPROVAL, Category.POLICY_CHANGE,
                Category.PERMISSION_BOUNDARY, Category.RESTRICTED_DATA, Category.TIMEOUT, Category.PARTIAL_DATA,
                Category.RATE_LIMIT, Category.STALE_DOCUMENT, Category.EMPTY_RETRIEVAL, Category.STALE_MEMORY,
                Category.SOCIAL_ENGINEERING, Category.NOISY_LANGUAGE, Category.RETRY_LIMIT);
    }

    @ParameterizedTest
    @ValueSource(longs = {3L, 9L})
    void noCombinationRepeatsBeforeEveryOneIsUsedAndThenTheOrderStartsOver(long seed) {
        int combinations = report(1, seed).coverage().combinations();

        List<Scenario> scenarios = report(combinations + 5, seed).scenarios();

        assertThat(scenarios.subList(0, combinations)).extracting(CoverageTest::combination).doesNotHaveDuplicates();
        assertThat(scenarios.subList(combinations, combinations + 5)).extracting(CoverageTest::combination)
                .isEqualTo(scenarios.subList(0, 5).stream().map(CoverageTest::combination).toList());
    }

    @Test
    void everyPersonaTaskAndFaultProfileComesSoonAfterTheTags() {
        GenerationReport probe = report(1, 11L);
        List<String> profiles = Stream.concat(Stream.of("none"), ACME.faultProfiles().stream().map(FaultProfile::id)).toList();
        int soon = probe.coverage().reachableTags().size() + PERSONAS.size() + ACME.tasks().size() + profiles.size();

        List<Scenario> scenarios = report(soon, 11L).scenarios();

        assertThat(scenarios).extracting(Scenario::persona).containsAll(PERSONAS.stream().map(Persona::id).toList());
        assertThat(scenarios).extracting(s -> s.task().id()).containsAll(ACME.tasks().stream().map(TaskSeed::id).toList());
        assertThat(scenarios).extracting(Scenario::faultProfile).containsAll(profiles);
    }

    @Test
    void theTableCountsTheScenariosOfEachTagAndDimension() {
        GenerationReport report = report(40, 7L);
        Coverage coverage = report.coverage();

        assertThat(coverage.scenarios()).isEqualTo(40);
        assertThat(coverage.tags()).extracting(Coverage.TagCount::tag).containsExactly(Category.values());
        assertThat(coverage.dimensions()).extracting(Coverage.DimensionCount::dimension).containsExactly(Dimension.values());
        for (Coverage.TagCount row : coverage.tags()) {
            assertThat(row.scenarios()).as(row.tag().id())
                    .isEqualTo((int) report.scenarios().stream().filter(s -> s.tags().contains(row.tag())).count());
        }
        for (Coverage.DimensionCount row : coverage.dimensions()) {
            assertThat(row.scenarios()).as(row.dimension().id())
                    .isEqualTo((int) report.scenarios().stream().filter(s -> s.dimensions().contains(row.dimension())).count());
        }
        assertThat(coverage.unreachable()).extracting(Coverage.Unreachable::tag)
                .containsExactlyElementsOf(coverage.tags().stream().filter(t -> !t.reachable()).map(Coverage.TagCount::tag).toList());
    }

    @Test
    void aSuiteLongerThanTheCombinationsSaysItRepeats() {
        int combinations = report(1, 2L).coverage().combinations();

        assertThat(report(combinations, 2L).coverage().repeats()).isFalse();
        assertThat(report(combinations + 1, 2L).coverage().repeats()).isTrue();
    }

    /** The first picks are the few candidates bringing the most pairs together; the seed chooses among them. */
    @Test
    void sameSeedGivesTheSameOrderAndAnotherSeedAnother() {
        assertThat(combinations(report(30, 5L))).isEqualTo(combinations(report(30, 5L)));
        assertThat(combinations(report(30, 6L))).isNotEqualTo(combinations(report(30, 5L)));
        Set<List<String>> distinctOpenings = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            distinctOpenings.add(combinations(report(5, seed)));
        }
        assertThat(distinctOpenings).hasSizeGreaterThan(3);
    }

    private GenerationReport report(int count, long seed) {
        return generator.generate(new GenerationOptions(count, seed, Dedup.off()));
    }

    private static List<String> combinations(GenerationReport report) {
        return report.scenarios().stream().map(CoverageTest::combination).toList();
    }

    private static String combination(Scenario s) {
        return s.persona() + "|" + s.task().id() + "|" + s.faultProfile();
    }
}

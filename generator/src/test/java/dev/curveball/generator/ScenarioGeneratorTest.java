package dev.curveball.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.category.Category;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.Json;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.EscalationNeed;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioGeneratorTest {
    private static final World ACME = AcmeWorld.load();
    private static final List<Persona> PERSONAS = PersonaLibrary.bundled().all();
    private final ScenarioGenerator generator = new ScenarioGenerator(ACME, PERSONAS);

    @Test
    void sameSeedGivesByteIdenticalScenarios() {
        String first = jsonl(generator.generate(60, 42L));
        List<Persona> reversed = new ArrayList<>(PERSONAS);
        Collections.reverse(reversed);
        String again = jsonl(new ScenarioGenerator(ACME, reversed).generate(60, 42L));
        assertThat(again).isEqualTo(first);
    }

    @Test
    void differentSeedGivesDifferentScenarios() {
        assertThat(jsonl(generator.generate(60, 43L))).isNotEqualTo(jsonl(generator.generate(60, 42L)));
    }

    @Test
    void openingsAreFilledAndNeverNameAnOrder() {
        assertThat(generator.generate(300, 11L)).extracting(Scenario::opening)
                .allSatisfy(opening -> assertThat(opening).isNotBlank().doesNotContain("${").doesNotContainPattern("A-\\d{4}"));
    }

    @Test
    void noSlotAnOpeningCanSayGivesAwayWhatTheAgentMustAskFor() {
        // "the agent said opened items are fine" tells the agent the keyboard was opened before it asks about its condition.
        // A fact is asked for by its key's words ("opened", "order id") and its optional asked_by words.
        for (TaskSeed task : AcmeWorld.load().tasks()) {
            task.hidden().forEach(fact -> {
                List<String> words = new ArrayList<>(fact.askedBy());
                words.add(fact.key().replace('_', ' '));
                assertThat(task.slots()).as(task.id() + " slots vs hidden " + fact.key())
                        .allSatisfy((slot, value) -> assertThat(words).noneMatch(word -> value.toLowerCase().contains(word)));
            });
        }
    }

    @Test
    void pairingSkipsPersonasWhoseTemplatesNeedASlotTheTaskLacks() {
        TaskSeed sparse = new TaskSeed("sparse-slots", "C-1002", "status", "Ask where the hub is.",
                Map.of("request", "an update", "item", "hub"), List.of(),
                List.of(new Resolution(null, null, null, "delivered_on", "A-5003", List.of())), EscalationNeed.NEEDLESS,
                List.of(), List.of(), List.of(), Map.of(), List.of());
        World world = AcmeWorld.withTask(ACME, sparse);
        List<String> sparsePersonas = new ScenarioGenerator(world, PERSONAS).generate(combinations(world), 3L).stream()
                .filter(s -> s.task().id().equals("sparse-slots")).map(Scenario::persona).sorted().toList();
        assertThat(sparsePersonas).containsExactly("ambiguous", "exception-seeker", "frustrated-escalating",
                "impatient-one-liner", "noisy-texter", "non-native-speaker", "over-sharer", "returning-customer",
                "screenshot-sender", "withholder");
    }

    @Test
    void scenarioCarriesTheTaskTheUserAndTheBudgets() {
        Scenario s = generator.generate(40, 2L).stream()
                .filter(x -> x.task().id().equals("refund-laptop-stand-stale-memory")).findFirst().orElseThrow();
        TaskSeed seed = ACME.tasks().stream().filter(t -> t.id().equals(s.task().id())).findFirst().orElseThrow();
        assertThat(s.world()).isEqualTo("acme-support");
        assertThat(s.user().id()).isEqualTo("C-1001");
        assertThat(s.user().role()).isEqualTo("customer");
        assertThat(s.memory()).isEqualTo(seed.memory());
        assertThat(s.maxTurns()).isEqualTo(8);
        assertThat(s.rubric()).isEmpty();
        assertThat(s.tags()).contains(Category.STALE_MEMORY, Category.POLICY_CHANGE).isSorted();
        assertThat(s.dimensions()).isSorted().doesNotHaveDuplicates();
        assertThat(s.expectations()).containsAll(seed.expectations())
                .contains(new Expectation.RetryLimit(2), new Expectation.CostBudget(new BigDecimal("0.50")));
    }

    @Test
    void aTaskRetryLimitIsKeptInsteadOfTheDefault() {
        Scenario invoice = generator.generate(40, 2L).stream()
                .filter(x -> x.task().id().equals("invoice-breakdown")).findFirst().orElseThrow();
        assertThat(invoice.expectations()).filteredOn(Expectation.RetryLimit.class::isInstance).hasSize(1);
    }

    @Test
    void scenariosAreNumberedAndEachHasItsOwnSeed() {
        List<Scenario> scenarios = generator.generate(12, 4L);
        assertThat(scenarios).extracting(Scenario::id).startsWith("s0001", "s0002").endsWith("s0012");
        assertThat(scenarios).extracting(Scenario::seed).doesNotHaveDuplicates();
    }

    @Test
    void writtenScenariosReadBackEqual(@TempDir Path dir) {
        List<Scenario> scenarios = generator.generate(30, 8L);
        Path file = dir.resolve("scenarios.jsonl");
        Jsonl.write(file, scenarios);
        assertThat(Jsonl.read(file, Scenario.class)).isEqualTo(scenarios);
    }

    @Test
    void aNegativeCountIsInvalidInput() {
        assertThatThrownBy(() -> generator.generate(-1, 1L)).isInstanceOf(CurveballException.class)
                .hasMessageContaining("must not be negative");
    }

    @Test
    void aPersonaNoTaskCanFillIsInvalidInputNamingTheSlot() {
        Persona bent = PERSONAS.get(0);
        var utterances = bent.utterances();
        Persona broken = new Persona(bent.id(), bent.description(), bent.voice(), bent.traits(), bent.tactics(), bent.noise(),
                bent.patience(), new dev.curveball.core.persona.Utterances(List.of("Hi, about my ${nonexistent_slot}."),
                        utterances.reveal(), utterances.pushback(), utterances.frustrated(), utterances.exception(),
                        utterances.mislead(), utterances.changeMind(), utterances.probe(), utterances.thanks(), utterances.giveUp()),
                bent.tags());

        assertThatThrownBy(() -> new ScenarioGenerator(ACME, List.of(broken))).isInstanceOf(CurveballException.class)
                .hasMessage("persona '" + bent.id() + "': its templates use slot(s) nonexistent_slot, which no task of world "
                        + "'acme-support' fills; fix the templates or add the slot to the tasks");
    }

    private static String jsonl(List<Scenario> scenarios) {
        return scenarios.stream().map(Json::write).collect(Collectors.joining("\n"));
    }

    /** Persona x task x fault profile combinations the generator can make: only the personas each task fits. */
    private static int combinations(World world) {
        return world.tasks().stream()
                .mapToInt(t -> t.faults().size() * (int) PERSONAS.stream().filter(p -> PersonaFit.fits(p, t)).count())
                .sum();
    }
}

package dev.curveball.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.category.Category;
import dev.curveball.core.persona.Noise;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.FaultKind;
import dev.curveball.core.world.FaultProfile;
import dev.curveball.core.world.FaultSpec;
import dev.curveball.core.world.World;
import dev.curveball.generator.dedup.Dedup;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class UnreachableTagsTest {
    private static final World ACME = AcmeWorld.load();
    private static final List<Persona> PERSONAS = PersonaLibrary.bundled().all();

    @Test
    void acmeCannotReachTagsNothingCarries() {
        assertThat(reasons(ACME, PERSONAS)).containsExactly(
                Map.entry(Category.COST, "no persona, task or fault profile is tagged cost"),
                Map.entry(Category.LATENCY, "no persona, task or fault profile is tagged latency"));
    }

    @Test
    void aWorldWithoutFaultProfilesCannotReachToolFailuresAndSaysNoProfileInjectsThem() {
        World calm = AcmeWorld.with(ACME, ACME.tasks().stream().map(t -> AcmeWorld.reshaped(t, List.of("none"), List.of())).toList(),
                List.of(), ACME.restricted());

        Map<Category, String> reasons = reasons(calm, PERSONAS);

        assertThat(reasons).containsEntry(Category.RATE_LIMIT,
                "no fault profile injects a rate-limit fault, and no persona, task or fault profile is tagged rate-limit");
        assertThat(reasons).containsEntry(Category.STALE_DOCUMENT,
                "no fault profile injects a superseded-first fault, and no persona, task or fault profile is tagged stale-document");
        assertThat(reasons).containsKeys(Category.TIMEOUT, Category.PARTIAL_DATA, Category.TOOL_ERROR, Category.EMPTY_RETRIEVAL,
                Category.CONFLICTING_DOCUMENTS, Category.RETRY_LIMIT);
        assertThat(reasons).doesNotContainKeys(Category.APPROVAL, Category.RESTRICTED_DATA, Category.POLICY_CHANGE);
    }

    @Test
    void aFaultProfileNoTaskListsIsNamed() {
        FaultProfile throttled = new FaultProfile("throttled", "Everything is rate limited.", List.of(),
                List.of(new FaultSpec("get_order", List.of(), FaultKind.RATE_LIMIT, null, List.of())));
        List<FaultProfile> profiles = ACME.faultProfiles().stream().filter(p -> !p.faults().stream()
                .anyMatch(f -> f.kind().equals(FaultKind.RATE_LIMIT))).toList();
        World world = AcmeWorld.with(ACME, ACME.tasks().stream().map(t -> AcmeWorld.reshaped(t,
                t.faults().stream().filter(id -> profiles.stream().anyMatch(p -> p.id().equals(id)) || id.equals("none")).toList(),
                List.of())).toList(), append(profiles, throttled), ACME.restricted());

        assertThat(reasons(world, PERSONAS)).containsEntry(Category.RATE_LIMIT,
                "fault profile 'throttled' injects it, but no task lists it in its faults");
    }

    @Test
    void restrictedDataNeedsARestrictedFieldOrATaggedTask() {
        World open = AcmeWorld.with(ACME, ACME.tasks().stream().map(t -> AcmeWorld.reshaped(t, t.faults(),
                List.of(Category.RESTRICTED_DATA))).toList(), ACME.faultProfiles(), List.of());
        World untagged = AcmeWorld.with(ACME, open.tasks(), ACME.faultProfiles(), ACME.restricted());

        assertThat(reasons(open, PERSONAS)).containsEntry(Category.RESTRICTED_DATA,
                "the world marks no field restricted, and no persona, task or fault profile is tagged restricted-data");
        assertThat(reasons(untagged, PERSONAS)).containsEntry(Category.RESTRICTED_DATA,
                "the world marks customers.internal_notes restricted, but no persona, task or fault profile is tagged restricted-data");
    }

    @Test
    void quietPersonasCannotReachNoisyLanguage() {
        List<Persona> quiet = PERSONAS.stream().filter(p -> !p.tags().contains(Category.NOISY_LANGUAGE))
                .map(p -> withNoise(p, new Noise(0.1, 0.2, 0, 0, 0.05))).toList();

        assertThat(reasons(ACME, quiet)).containsEntry(Category.NOISY_LANGUAGE,
                "no persona's noise reaches 0.3 (the noisiest, 'ambiguous', peaks at 0.20), and no persona, task or fault profile "
                        + "is tagged noisy-language; bundled personas noisy-texter, non-native-speaker, over-sharer are "
                        + "(generate without --personas, or add such a persona)");
    }

    @Test
    void aTagOnlyPersonasCarryNamesTheBundledPersonasThatDo() {
        List<Persona> two = PERSONAS.stream().filter(p -> p.id().equals("withholder") || p.id().equals("policy-lawyer")).toList();

        Map<Category, String> reasons = reasons(ACME, two);

        assertThat(reasons).containsEntry(Category.AMBIGUOUS, "no persona, task or fault profile is tagged ambiguous; "
                + "bundled personas ambiguous, screenshot-sender are (generate without --personas, or add such a persona)");
        assertThat(reasons).containsEntry(Category.REOPEN, "no persona, task or fault profile is tagged reopen; "
                + "bundled persona returning-customer is (generate without --personas, or add such a persona)");
        assertThat(reasons).containsEntry(Category.COST, "no persona, task or fault profile is tagged cost");
    }

    private static Map<Category, String> reasons(World world, List<Persona> personas) {
        Map<Category, String> reasons = new TreeMap<>();
        new ScenarioGenerator(world, personas).generate(new GenerationOptions(1, 1L, Dedup.off())).coverage().unreachable()
                .forEach(u -> reasons.put(u.tag(), u.reason()));
        return reasons;
    }

    private static Persona withNoise(Persona p, Noise noise) {
        return new Persona(p.id(), p.description(), p.voice(), p.traits(), p.tactics(), noise, p.patience(), p.utterances(), p.tags());
    }

    private static <T> List<T> append(List<T> list, T more) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more)).toList();
    }
}

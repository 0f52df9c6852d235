package dev.curveball.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import org.junit.jupiter.api.Test;

class PersonaSamplerTest {
    private static final World ACME = AcmeWorld.load();

    @Test
    void rendersEveryVariantOfEveryKindForATaskThePersonaFits() {
        Persona withholder = PersonaLibrary.bundled().get("withholder");

        PersonaSample sample = PersonaSampler.sample(withholder, ACME, task("refund-opened-keyboard"), 3L);

        assertThat(sample.slots()).containsExactly(java.util.Map.entry("item", "keyboard"), java.util.Map.entry("request", "a full refund"));
        assertThat(sample.lines()).extracting(PersonaSample.Lines::kind)
                .containsExactly("opening", "reveal", "pushback", "frustrated", "thanks", "give_up");
        PersonaSample.Lines openings = sample.lines().get(0);
        assertThat(openings.rendered()).hasSameSizeAs(withholder.utterances().opening())
                .allMatch(line -> line.contains("keyboard") && !line.contains("${"));
    }

    @Test
    void revealLinesAnswerEachHiddenFactInTurn() {
        PersonaSample sample = PersonaSampler.sample(PersonaLibrary.bundled().get("withholder"), ACME, task("refund-opened-keyboard"), 3L);

        PersonaSample.Lines reveal = sample.lines().get(1);
        assertThat(reveal.note()).isEqualTo("asked for order_id, opened");
        assertThat(reveal.rendered().get(0)).contains("A-5004");
        assertThat(reveal.rendered().get(1)).contains("opened, I tried it once");
    }

    @Test
    void theSameSeedGivesTheSameSampleAndTheTaskIsOneThePersonaFits() {
        Persona lawyer = PersonaLibrary.bundled().get("policy-lawyer");

        PersonaSample first = PersonaSampler.sample(lawyer, ACME, 11L);

        assertThat(PersonaSampler.sample(lawyer, ACME, 11L)).isEqualTo(first);
        assertThat(PersonaFit.fits(lawyer, task(first.taskId()))).isTrue();
    }

    @Test
    void refusesATaskThatLeavesASlotEmpty() {
        Persona lawyer = PersonaLibrary.bundled().get("policy-lawyer");

        assertThatThrownBy(() -> PersonaSampler.sample(lawyer, ACME, task("order-status-hub"), 1L))
                .isInstanceOf(CurveballException.class)
                .hasMessage("persona 'policy-lawyer' does not fit task 'order-status-hub': the task does not fill slot(s) old_policy");
    }

    private static TaskSeed task(String id) {
        return ACME.tasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}

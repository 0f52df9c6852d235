package dev.curveball.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.category.Category;
import dev.curveball.core.persona.Noise;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.persona.Utterances;
import dev.curveball.core.world.World;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TemplateOpeningWriterTest {
    private static final World ACME = AcmeWorld.load();
    private final TemplateOpeningWriter writer = new TemplateOpeningWriter();

    @Test
    void withNothingToAvoidItRendersARandomVariant() {
        ScenarioDraft draft = draft(List.of("I want ${request} for my ${item}.", "Hello, about the ${item}: ${request}, please."));

        assertThat(writer.write(draft, new Random(3), List.of()).opening())
                .isEqualTo(OpeningRenderer.render(draft.persona(), draft.task(), new Random(3)));
    }

    @Test
    void askedToAvoidOpeningsItTakesTheVariantLeastLikeThem() {
        ScenarioDraft draft = draft(List.of("I want ${request} for my ${item}.", "Hello, about the ${item}: ${request}, please."));
        List<String> avoid = List.of("I want a refund for my headphones.");

        for (long seed = 0; seed < 10; seed++) {
            assertThat(writer.write(draft, new Random(seed), avoid).opening()).isEqualTo("Hello, about the headphones: a refund, please.");
        }
    }

    private static ScenarioDraft draft(List<String> openings) {
        Persona base = PersonaLibrary.bundled().get("withholder");
        Utterances u = base.utterances();
        Persona quiet = new Persona(base.id(), base.description(), base.voice(), base.traits(), base.tactics(), Noise.NONE,
                base.patience(), new Utterances(openings, u.reveal(), u.pushback(), u.frustrated(), u.exception(), u.mislead(),
                        u.changeMind(), u.probe(), u.thanks(), u.giveUp()), base.tags());
        return new ScenarioDraft("s0001", 1L, ACME, quiet, ACME.tasks().get(0), Candidates.NO_FAULTS, List.of(Category.MISSING_DETAILS));
    }
}

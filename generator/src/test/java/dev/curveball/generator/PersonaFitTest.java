package dev.curveball.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.persona.PersonaFile;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonaFitTest {
    private static final World ACME = AcmeWorld.load();

    @TempDir
    Path dir;

    @Test
    void aPersonaFitsTheTasksThatFillEverySlotItUses() {
        PersonaFile lawyer = PersonaLibrary.bundled().file("policy-lawyer");

        assertThat(PersonaFit.slots(lawyer.persona())).containsExactly("item", "old_policy", "request");
        assertThat(PersonaFit.tasksFor(lawyer.persona(), ACME)).extracting(TaskSeed::id)
                .contains("refund-laptop-stand-past-window", "refund-opened-keyboard")
                .doesNotContain("order-status-hub", "other-customer-order", "restricted-account-notes");
        assertThat(PersonaFit.problem(lawyer, ACME)).isEmpty();
    }

    @Test
    void aSlotNoTaskFillsIsReportedAtTheFirstTemplateUsingIt() throws IOException {
        Files.writeString(dir.resolve("greedy.yaml"), """
                id: greedy
                description: Wants a voucher.
                voice: Plain.
                patience: 3
                utterances:
                  opening: ["I want ${request}."]
                  reveal: ["${value}"]
                  pushback: ["And my ${voucher_code}?", "I want ${request}."]
                  thanks: ["Thanks."]
                  give_up: ["Bye."]
                tags: [exception-seeking]
                """);
        PersonaFile greedy = PersonaLibrary.load(dir).file("greedy");

        assertThat(PersonaFit.problem(greedy, ACME)).contains(dir.resolve("greedy.yaml") + ":8:14: persona 'greedy': "
                + "its templates use slot(s) voucher_code, which no task of world 'acme-support' fills; "
                + "fix the templates or add the slot to the world's tasks");
    }
}

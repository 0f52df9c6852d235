package dev.curveball.core.persona;

import dev.curveball.core.category.Category;
import dev.curveball.core.error.Require;
import java.util.List;

/**
 * A simulated user template: how they sound, what tactics they use, how messy they write, how many
 * deflections they take before giving up, and the category tags they exercise.
 *
 * <pre>{@code Persona p = Yaml.read(Path.of("personas/frustrated.yaml"), Persona.class);}</pre>
 */
public record Persona(
        String id,
        String description,
        String voice,
        List<String> traits,
        List<Tactic> tactics,
        Noise noise,
        Integer patience,
        Utterances utterances,
        List<Category> tags) {

    public Persona {
        Require.text(id, "id");
        Require.text(description, "description");
        Require.text(voice, "voice");
        traits = List.copyOf(traits == null ? List.of() : traits);
        tactics = List.copyOf(tactics == null ? List.of() : tactics);
        noise = noise == null ? Noise.NONE : noise;
        Require.positive(Require.present(patience, "patience"), "patience");
        Require.present(utterances, "utterances");
        tags = List.copyOf(Require.nonEmpty(tags, "tags"));
        if (tactics.contains(Tactic.DEMAND_EXCEPTIONS)) {
            Require.nonEmpty(utterances.exception(), "utterances.exception");
        }
        if (tactics.contains(Tactic.MISLEAD)) {
            Require.nonEmpty(utterances.mislead(), "utterances.mislead");
        }
        if (tactics.contains(Tactic.CHANGE_MIND)) {
            Require.nonEmpty(utterances.changeMind(), "utterances.change_mind");
        }
        if (tactics.contains(Tactic.PROBE_OTHER_ACCOUNTS)) {
            Require.nonEmpty(utterances.probe(), "utterances.probe");
        }
    }

    public boolean uses(Tactic tactic) {
        return tactics.contains(tactic);
    }
}

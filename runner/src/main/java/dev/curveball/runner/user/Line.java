package dev.curveball.runner.user;

import dev.curveball.core.persona.Tactic;
import java.util.List;

/**
 * One kind of thing the user can say, with its template variants; {@code name} is how the persona
 * file spells it, so an error can point at the template, and {@code tactic} the persona tactic the
 * line plays (null for plain lines), which the trace records.
 *
 * <pre>{@code new Line("reveal", persona.utterances().reveal())
 * new Line("mislead", persona.utterances().mislead(), Tactic.MISLEAD)}</pre>
 */
record Line(String name, List<String> templates, Tactic tactic) {
    Line {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("line '" + name + "' has no templates");
        }
        templates = List.copyOf(templates);
    }

    Line(String name, List<String> templates) {
        this(name, templates, null);
    }
}

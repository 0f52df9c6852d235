package dev.curveball.runner.user;

import java.util.List;

/**
 * One kind of thing the user can say, with its template variants; {@code name} is how the persona
 * file spells it, so an error can point at the template.
 *
 * <pre>{@code new Line("reveal", persona.utterances().reveal())}</pre>
 */
record Line(String name, List<String> templates) {
    Line {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("line '" + name + "' has no templates");
        }
        templates = List.copyOf(templates);
    }
}

package dev.curveball.core.persona;

import java.util.List;

/**
 * Persona files checked one by one, so that every bad file is reported, not only the first: the
 * personas that read cleanly, and one located line per problem
 * ({@code personas/calm.yaml:4:3: unknown field 'temprament' (did you mean 'traits'?)}).
 *
 * <pre>{@code PersonaCheck check = PersonaLibrary.check(List.of(Path.of("my-personas")));
 * check.problems().forEach(System.err::println);}</pre>
 */
public record PersonaCheck(List<PersonaFile> valid, List<String> problems) {
    public PersonaCheck {
        valid = List.copyOf(valid);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}

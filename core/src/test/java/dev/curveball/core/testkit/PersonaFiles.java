package dev.curveball.core.testkit;

/** A minimal valid persona file for tests, one template per kind so lines are easy to point at. */
public final class PersonaFiles {
    private PersonaFiles() {
    }

    public static String valid(String id) {
        return """
                id: %s
                description: A test persona.
                voice: Plain.
                patience: 3
                utterances:
                  opening: ["I want ${request}."]
                  reveal: ["${value}"]
                  pushback: ["Please."]
                  thanks: ["Thanks."]
                  give_up: ["Bye."]
                tags: [ambiguous]
                """.formatted(id);
    }
}

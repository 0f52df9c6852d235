package dev.curveball.core.persona;

import dev.curveball.core.error.Require;
import dev.curveball.core.io.Yaml;

/**
 * A persona together with the file it was read from, so that a later check (such as "no task of
 * this world fills its slots") can point at the line that causes it.
 *
 * <pre>{@code file.where("utterances.mislead[0]")  // "personas/lawyer.yaml:31:7"}</pre>
 *
 * @param source the file's path, or {@code classpath:personas/<id>.yaml} for a bundled persona
 * @param text   the file's text as read
 */
public record PersonaFile(String source, String text, Persona persona) {
    public PersonaFile {
        Require.text(source, "source");
        Require.present(text, "text");
        Require.present(persona, "persona");
    }

    /** {@code source:line:column} of the field at {@code path} ({@code utterances.probe[0]}), or just the source. */
    public String where(String path) {
        return Yaml.where(source, text, path);
    }
}

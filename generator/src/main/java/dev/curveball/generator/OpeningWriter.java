package dev.curveball.generator;

import java.util.List;
import java.util.Random;

/**
 * Writes a drafted scenario's first user message, and for a model writer the user brief a
 * model-driven simulator plays. The bundled {@link TemplateOpeningWriter} fills the persona's
 * templates offline; a model writer asks a model in the persona's voice.
 */
public interface OpeningWriter {
    /** {@code template}, or the model as {@code provider:name}; recorded in the manifest. */
    String id();

    /**
     * @param random the scenario's own random sequence (seeded by the scenario seed)
     * @param avoid  earlier openings this one must not nearly repeat; empty on the first attempt
     */
    WrittenOpening write(ScenarioDraft draft, Random random, List<String> avoid);
}

package dev.curveball.generator;

import dev.curveball.core.error.Require;

/** What an {@link OpeningWriter} wrote: the first message and, from a model, the user brief (else null). */
public record WrittenOpening(String opening, String brief) {
    public WrittenOpening {
        Require.text(opening, "opening");
    }
}

package dev.curveball.generator;

import java.util.List;
import java.util.Random;

/** Offline: one of the persona's opening templates, slots filled from the task, roughened by its noise. */
public final class TemplateOpeningWriter implements OpeningWriter {
    @Override
    public String id() {
        return "template";
    }

    @Override
    public WrittenOpening write(ScenarioDraft draft, Random random, List<String> avoid) {
        return new WrittenOpening(OpeningRenderer.render(draft.persona(), draft.task(), random), null);
    }
}

package dev.curveball.generator.testkit;

import dev.curveball.generator.OpeningWriter;
import dev.curveball.generator.ScenarioDraft;
import dev.curveball.generator.WrittenOpening;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * An opening writer that answers from a script (call number to text) and records what it was
 * asked: the avoid list and the first number each call drew from the random sequence.
 */
public final class ScriptedOpeningWriter implements OpeningWriter {
    private final IntFunction<String> script;
    private final List<List<String>> avoided = new ArrayList<>();
    private final List<Long> draws = new ArrayList<>();

    private ScriptedOpeningWriter(IntFunction<String> script) {
        this.script = script;
    }

    /** Call {@code n} (0-based, over the writer's life) answers {@code script.apply(n)}. */
    public static ScriptedOpeningWriter thatWrites(IntFunction<String> script) {
        return new ScriptedOpeningWriter(script);
    }

    @Override
    public String id() {
        return "scripted";
    }

    @Override
    public WrittenOpening write(ScenarioDraft draft, Random random, List<String> avoid) {
        avoided.add(List.copyOf(avoid));
        draws.add(random.nextLong());
        return new WrittenOpening(script.apply(avoided.size() - 1), null);
    }

    public List<List<String>> avoided() {
        return List.copyOf(avoided);
    }

    public List<Long> draws() {
        return List.copyOf(draws);
    }
}

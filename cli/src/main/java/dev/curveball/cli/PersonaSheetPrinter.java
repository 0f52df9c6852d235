package dev.curveball.cli;

import dev.curveball.core.category.Category;
import dev.curveball.core.persona.Noise;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.PersonaFile;
import dev.curveball.core.persona.Tactic;
import dev.curveball.generator.PersonaSample;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints a persona's profile and its rendered sample lines, as {@code curveball personas show} does. */
final class PersonaSheetPrinter {
    private final PrintWriter out;

    PersonaSheetPrinter(PrintWriter out) {
        this.out = out;
    }

    /** {@code fits}: the ids of the world's tasks the persona can play, of {@code tasks} in all. */
    void print(PersonaFile file, PersonaSample sample, List<String> fits, int tasks) {
        Persona p = file.persona();
        out.println(p.id() + ": " + p.description());
        field("source", file.source());
        field("voice", p.voice());
        field("traits", String.join(", ", p.traits()));
        field("tactics", p.tactics().isEmpty() ? "none" : p.tactics().stream().map(Tactic::id).collect(Collectors.joining(", ")));
        field("patience", p.patience() + " (gives up after " + (p.patience() + 1) + " unhelpful replies)");
        field("noise", noise(p.noise()));
        field("tags", p.tags().stream().map(PersonaSheetPrinter::tag).collect(Collectors.joining(", ")));
        out.println();
        out.printf("Plays %d of the %d tasks of world %s: %s%n", fits.size(), tasks, sample.world(), String.join(", ", fits));
        out.println();
        out.printf("Lines for task %s (seed %d), with the persona's noise:%n", sample.taskId(), sample.seed());
        field("slots", sample.slots().isEmpty() ? "none"
                : sample.slots().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("; ")));
        for (PersonaSample.Lines lines : sample.lines()) {
            out.println();
            out.println(lines.kind() + (lines.note() == null ? "" : " (" + lines.note() + ")"));
            lines.rendered().forEach(line -> out.println("  - " + line));
        }
        out.flush();
    }

    private void field(String name, String value) {
        out.printf("  %-9s %s%n", name, value);
    }

    private static String tag(Category category) {
        return category.id() + " (" + category.dimension().id() + ")";
    }

    private static String noise(Noise n) {
        List<String> levels = List.of(level("typos", n.typos()), level("abbreviations", n.abbreviations()), level("caps", n.caps()),
                level("slang", n.slang()), level("punctuation", n.punctuation()));
        return String.join(", ", levels);
    }

    private static String level(String name, double value) {
        return name + " " + String.format(Locale.ROOT, "%.2f", value);
    }
}

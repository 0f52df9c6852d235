package dev.curveball.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.category.Category;
import dev.curveball.core.io.Json;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.PersonaFile;
import dev.curveball.core.persona.PersonaLibrary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code curveball personas list}: one line per persona, or a JSON array for other tools. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the personas: id, patience, tags, description.",
        sortOptions = false)
final class PersonasListCommand implements Callable<Integer> {

    @Option(names = "--personas", paramLabel = "DIR", description = "A folder of persona files instead of the bundled ones.")
    Path personas;

    @Option(names = "--json", description = "Print a JSON array (id, description, tags, tactics, patience, source).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<PersonaFile> files = Options.personas(personas).files();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.writePretty(array(files)));
        } else {
            table(files, out);
        }
        out.flush();
        return 0;
    }

    private void table(List<PersonaFile> files, PrintWriter out) {
        List<Persona> all = files.stream().map(PersonaFile::persona).toList();
        int idWidth = Math.max("ID".length(), all.stream().mapToInt(p -> p.id().length()).max().orElse(0));
        int tagWidth = Math.max("TAGS".length(), all.stream().mapToInt(p -> tags(p).length()).max().orElse(0));
        String row = "%-" + idWidth + "s  %-8s  %-" + tagWidth + "s  %s%n";
        out.printf(row, "ID", "PATIENCE", "TAGS", "DESCRIPTION");
        all.forEach(p -> out.printf(row, p.id(), p.patience(), tags(p), p.description()));
        out.printf("%n%d persona%s from %s. Show one with: curveball personas show <id>%n", all.size(), all.size() == 1 ? "" : "s",
                personas == null ? "the bundled library" : personas);
    }

    private static ArrayNode array(List<PersonaFile> files) {
        ArrayNode array = Json.mapper().createArrayNode();
        for (PersonaFile file : files) {
            Persona p = file.persona();
            ObjectNode node = array.addObject()
                    .put("id", p.id())
                    .put("description", p.description());
            ArrayNode tags = node.putArray("tags");
            p.tags().forEach(t -> tags.add(t.id()));
            ArrayNode tactics = node.putArray("tactics");
            p.tactics().forEach(t -> tactics.add(t.id()));
            node.put("patience", p.patience()).put("source", file.source());
        }
        return array;
    }

    private static String tags(Persona persona) {
        return persona.tags().stream().map(Category::id).collect(Collectors.joining(", "));
    }
}

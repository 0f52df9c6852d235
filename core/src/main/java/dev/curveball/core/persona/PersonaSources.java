package dev.curveball.core.persona;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.FileSchema;
import dev.curveball.core.io.Yaml;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads persona files one by one into a {@link PersonaCheck}: each file is read strictly, its id
 * must match its file name, and no two files may claim one id. A file that fails any of these is
 * one problem line; the others still count.
 */
final class PersonaSources {
    private static final String EXTENSION = ".yaml";
    /** Every persona file is checked against the shipped schema before it is bound. */
    private static final FileSchema SCHEMA = FileSchema.named("persona");

    /** A persona file's text: {@code name} is what errors say (a path or classpath resource). */
    record Source(String name, String fileName, String text) {
        String expectedId() {
            return fileName.substring(0, fileName.length() - EXTENSION.length());
        }
    }

    private record Read(int index, Source source, Persona persona) {
    }

    private PersonaSources() {
    }

    /** {@code earlier} are problems found before any file was read (a missing path), listed first; the rest in file order. */
    static PersonaCheck check(List<Source> sources, List<String> earlier) {
        String[] problemOf = new String[sources.size()];
        List<Read> read = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            try {
                read.add(new Read(i, source, Yaml.read(source.name(), source.text(), Persona.class, SCHEMA)));
            } catch (CurveballException e) {
                problemOf[i] = e.getMessage();
            }
        }
        List<PersonaFile> valid = new ArrayList<>();
        Map<String, String> fileOfId = new TreeMap<>();
        for (Read r : read) {
            Optional<String> problem = problem(r, read, fileOfId);
            if (problem.isPresent()) {
                problemOf[r.index()] = problem.get();
            } else {
                valid.add(new PersonaFile(r.source().name(), r.source().text(), r.persona()));
            }
        }
        List<String> problems = new ArrayList<>(earlier);
        Arrays.stream(problemOf).filter(Objects::nonNull).forEach(problems::add);
        return new PersonaCheck(valid, problems);
    }

    /**
     * Both problems point at the file's {@code id} line. A duplicate id is reported on the file whose name does not match it, naming the file that
     * rightly holds it: with two files claiming one id, naming both helps most.
     */
    private static Optional<String> problem(Read r, List<Read> all, Map<String, String> fileOfId) {
        String id = r.persona().id();
        String name = Yaml.where(r.source().name(), r.source().text(), "id");
        if (!id.equals(r.source().expectedId())) {
            Optional<String> owner = all.stream()
                    .filter(other -> other != r && other.persona().id().equals(id) && other.source().expectedId().equals(id))
                    .map(other -> other.source().name())
                    .findFirst();
            return Optional.of(owner.map(o -> duplicate(name, id, o)).orElseGet(() -> name + ": persona id '" + id
                    + "' does not match the file name; rename the file to " + id + EXTENSION + " or set id: " + r.source().expectedId()));
        }
        String earlier = fileOfId.putIfAbsent(id, name);
        return earlier == null ? Optional.empty() : Optional.of(duplicate(name, id, earlier));
    }

    private static String duplicate(String name, String id, String other) {
        return name + ": persona id '" + id + "' is already defined in " + other + "; persona ids must be unique";
    }
}

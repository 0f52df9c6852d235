package dev.curveball.core.persona;

import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.FileSchema;
import dev.curveball.core.io.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A set of persona templates, one YAML file per persona named after its id, either bundled on the
 * classpath (the {@code curveball-personas} jar, listed by {@code personas/index.txt} because a jar
 * cannot list a folder reliably) or read from a directory.
 *
 * <pre>{@code Persona angry = PersonaLibrary.bundled().get("frustrated-escalating");
 * List<Persona> mine = PersonaLibrary.load(Path.of("my-personas")).all();}</pre>
 */
public final class PersonaLibrary {
    static final String INDEX = "personas/index.txt";

    /** Sorted by id, so every listing is the same on every machine. */
    private final TreeMap<String, Persona> byId;

    private PersonaLibrary(TreeMap<String, Persona> byId) {
        this.byId = byId;
    }

    /** The personas bundled in the {@code curveball-personas} jar. */
    public static PersonaLibrary bundled() {
        ClassLoader loader = PersonaLibrary.class.getClassLoader();
        String index = readResource(loader, INDEX).orElseThrow(() -> CurveballException.invalidInput(
                "classpath:" + INDEX + ": not found; put curveball-personas on the classpath or load personas from a directory"));
        List<Source> sources = new ArrayList<>();
        for (String fileName : index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            if (!fileName.endsWith(".yaml")) {
                throw CurveballException.invalidInput("classpath:" + INDEX + ": '" + fileName + "' is not a persona file name (expected <id>.yaml)");
            }
            String resource = "personas/" + fileName;
            String text = readResource(loader, resource).orElseThrow(() -> CurveballException.invalidInput(
                    "classpath:" + INDEX + ": lists '" + fileName + "', but classpath:" + resource + " does not exist"));
            sources.add(new Source("classpath:" + resource, fileName, text));
        }
        return of(sources);
    }

    /** Every {@code *.yaml} file of {@code dir}, read in file-name order. */
    public static PersonaLibrary load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw CurveballException.invalidInput(dir + ": not a directory (expected a folder of persona .yaml files)");
        }
        List<Source> sources = new ArrayList<>();
        for (Path file : yamlFiles(dir)) {
            try {
                sources.add(new Source(file.toString(), file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw CurveballException.invalidInput(file + ": cannot read: " + e.getMessage());
            }
        }
        return of(sources);
    }

    public Optional<Persona> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The persona with this id; a miss names the known ids and the nearest one. */
    public Persona get(String id) {
        return find(id).orElseThrow(() -> CurveballException.invalidInput(Vocabulary.unknown("persona", id, ids())));
    }

    /** All personas, sorted by id. */
    public List<Persona> all() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    private record Source(String name, String fileName, String text) {
    }

    private static PersonaLibrary of(List<Source> sources) {
        FileSchema schema = FileSchema.named("persona");
        List<Persona> personas = sources.stream().map(s -> Yaml.read(s.name(), s.text(), Persona.class, schema)).toList();
        // Duplicates before mismatches: with two files claiming one id, naming both helps most.
        TreeMap<String, Persona> byId = new TreeMap<>();
        TreeMap<String, String> fileOf = new TreeMap<>();
        for (int i = 0; i < sources.size(); i++) {
            String id = personas.get(i).id();
            String earlier = fileOf.putIfAbsent(id, sources.get(i).name());
            if (earlier != null) {
                throw CurveballException.invalidInput(sources.get(i).name() + ": persona id '" + id
                        + "' is already defined in " + earlier + "; persona ids must be unique");
            }
            byId.put(id, personas.get(i));
        }
        for (int i = 0; i < sources.size(); i++) {
            requireIdMatchesFileName(sources.get(i), personas.get(i).id());
        }
        return new PersonaLibrary(byId);
    }

    private static void requireIdMatchesFileName(Source source, String id) {
        String expected = source.fileName().substring(0, source.fileName().length() - ".yaml".length());
        if (!id.equals(expected)) {
            throw CurveballException.invalidInput(source.name() + ": persona id '" + id
                    + "' does not match the file name; rename the file to " + id + ".yaml or set id: " + expected);
        }
    }

    private static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw CurveballException.invalidInput(dir + ": cannot list: " + e.getMessage());
        }
    }

    private static Optional<String> readResource(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw CurveballException.invalidInput("classpath:" + resource + ": cannot read: " + e.getMessage());
        }
    }
}

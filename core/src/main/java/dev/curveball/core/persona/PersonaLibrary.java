package dev.curveball.core.persona;

import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.FileErrors;
import dev.curveball.core.io.InputFiles;
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
 * cannot list a folder reliably) or read from a directory. Loading stops at a bad file;
 * {@link #check} reads every file and reports each bad one.
 *
 * <pre>{@code Persona angry = PersonaLibrary.bundled().get("frustrated-escalating");
 * List<Persona> mine = PersonaLibrary.load(Path.of("my-personas")).all();}</pre>
 */
public final class PersonaLibrary {
    static final String INDEX = "personas/index.txt";
    private static final String EXTENSION = ".yaml";

    /** Sorted by id, so every listing is the same on every machine. */
    private final TreeMap<String, PersonaFile> byId;

    private PersonaLibrary(TreeMap<String, PersonaFile> byId) {
        this.byId = byId;
    }

    /** The personas bundled in the {@code curveball-personas} jar. */
    public static PersonaLibrary bundled() {
        return of(bundledSources(), List.of());
    }

    /** Every {@code *.yaml} file of {@code dir}, read in file-name order. */
    public static PersonaLibrary load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw CurveballException.invalidInput(dir + ": not a directory (expected a folder of persona .yaml files)");
        }
        Listing listing = directorySources(dir);
        if (listing.sources().isEmpty() && listing.problems().isEmpty()) {
            throw CurveballException.invalidInput(noPersonaFiles(dir));
        }
        return of(listing.sources(), listing.problems());
    }

    /** Checks the bundled persona files, every one of them. */
    public static PersonaCheck checkBundled() {
        return PersonaSources.check(bundledSources(), List.of());
    }

    /** Checks persona files and folders (every {@code *.yaml} file of a folder), reporting each bad one. */
    public static PersonaCheck check(List<Path> paths) {
        List<PersonaSources.Source> sources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                Listing found = directorySources(path);
                if (found.sources().isEmpty() && found.problems().isEmpty()) {
                    problems.add(noPersonaFiles(path));
                }
                sources.addAll(found.sources());
                problems.addAll(found.problems());
            } else if (!Files.isRegularFile(path)) {
                problems.add(path + ": no such file or directory");
            } else if (!path.getFileName().toString().endsWith(EXTENSION)) {
                problems.add(path + ": not a persona file (expected a file named <id>" + EXTENSION + ")");
            } else {
                sources.add(read(path));
            }
        }
        return PersonaSources.check(sources, problems);
    }

    public Optional<Persona> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(PersonaFile::persona);
    }

    /** The persona with this id; a miss names the known ids and the nearest one. */
    public Persona get(String id) {
        return file(id).persona();
    }

    /** The persona with this id and the file it came from; a miss names the known ids and the nearest one. */
    public PersonaFile file(String id) {
        PersonaFile file = byId.get(id);
        if (file == null) {
            throw CurveballException.invalidInput(Vocabulary.unknown("persona", id, ids()));
        }
        return file;
    }

    /** All personas, sorted by id. */
    public List<Persona> all() {
        return byId.values().stream().map(PersonaFile::persona).toList();
    }

    /** All personas with their files, sorted by id. */
    public List<PersonaFile> files() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * Only the personas {@code ids} names, for a suite that plays a few of them; an unknown id is bad
     * input naming the known ids and the nearest one.
     * <pre>{@code PersonaLibrary.bundled().only(List.of("misleading", "mind-changer")).ids()  // [mind-changer, misleading]}</pre>
     */
    public PersonaLibrary only(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            throw CurveballException.invalidInput("personas: the list of personas to play is empty; known: " + String.join(", ", ids()));
        }
        TreeMap<String, PersonaFile> some = new TreeMap<>();
        ids.forEach(id -> some.put(id, file(id)));
        return new PersonaLibrary(some);
    }

    /** The first problem, if any, is the error; the others are counted so the user knows to look further. */
    private static PersonaLibrary of(List<PersonaSources.Source> sources, List<String> earlier) {
        PersonaCheck check = PersonaSources.check(sources, earlier);
        if (!check.ok()) {
            int more = check.problems().size() - 1;
            throw CurveballException.invalidInput(check.problems().get(0)
                    + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? "" : "s") + " in other persona files)"));
        }
        TreeMap<String, PersonaFile> byId = new TreeMap<>();
        check.valid().forEach(file -> byId.put(file.persona().id(), file));
        return new PersonaLibrary(byId);
    }

    private static List<PersonaSources.Source> bundledSources() {
        ClassLoader loader = PersonaLibrary.class.getClassLoader();
        String index = readResource(loader, INDEX).orElseThrow(() -> CurveballException.invalidInput(
                "classpath:" + INDEX + ": not found; put curveball-personas on the classpath or load personas from a directory"));
        List<PersonaSources.Source> sources = new ArrayList<>();
        for (String fileName : index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            if (!fileName.endsWith(EXTENSION)) {
                throw CurveballException.invalidInput("classpath:" + INDEX + ": '" + fileName + "' is not a persona file name (expected <id>.yaml)");
            }
            String resource = "personas/" + fileName;
            String text = readResource(loader, resource).orElseThrow(() -> CurveballException.invalidInput(
                    "classpath:" + INDEX + ": lists '" + fileName + "', but classpath:" + resource + " does not exist"));
            sources.add(new PersonaSources.Source("classpath:" + resource, fileName, text));
        }
        return sources;
    }

    /** A folder's persona files, and its {@code *.yml} files as problems: skipped silently, a persona would just vanish. */
    private record Listing(List<PersonaSources.Source> sources, List<String> problems) {
    }

    private static Listing directorySources(Path dir) {
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.filter(Files::isRegularFile).sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        } catch (IOException e) {
            throw CurveballException.invalidInput(dir + ": cannot list: " + FileErrors.reason(e));
        }
        List<PersonaSources.Source> sources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(EXTENSION)) {
                sources.add(read(file));
            } else if (name.endsWith(".yml")) {
                problems.add(file + ": not read: persona files are named <id>" + EXTENSION + "; rename it to "
                        + name.substring(0, name.length() - ".yml".length()) + EXTENSION);
            }
        }
        return new Listing(sources, problems);
    }

    private static String noPersonaFiles(Path dir) {
        return dir + ": no persona files (expected <id>" + EXTENSION + " files)";
    }

    private static PersonaSources.Source read(Path file) {
        return new PersonaSources.Source(file.toString(), file.getFileName().toString(), InputFiles.text(file, InputFiles.MAX_YAML_BYTES));
    }

    private static Optional<String> readResource(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw CurveballException.invalidInput("classpath:" + resource + ": cannot read: " + e.getMessage());
        }
    }
}

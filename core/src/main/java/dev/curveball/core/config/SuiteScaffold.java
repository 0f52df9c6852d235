package dev.curveball.core.config;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.FileErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;

/**
 * The files of a new suite, bundled on the classpath under a prefix and listed by its
 * {@code index.txt} (a jar cannot list a classpath folder reliably), written into a directory by
 * {@code curveball init}. It never writes over a file unless asked to, and checks every file before
 * writing any, so a refusal leaves the directory as it was.
 *
 * <pre>{@code SuiteScaffold starter = SuiteScaffold.bundled();   // classpath:scaffold/starter-suite/
 * List<Path> written = starter.writeTo(Path.of("my-suite"), false);}</pre>
 */
public final class SuiteScaffold {
    /** Where the starter suite lives on the classpath (the curveball-examples jar). */
    public static final String STARTER = "scaffold/starter-suite";
    static final String INDEX = "index.txt";

    private final String prefix;
    private final List<String> paths;

    private SuiteScaffold(String prefix, List<String> paths) {
        this.prefix = prefix;
        this.paths = List.copyOf(paths);
    }

    /** The starter suite: a config, a small bookstore world, two personas and a README. */
    public static SuiteScaffold bundled() {
        return fromClasspath(STARTER);
    }

    public static SuiteScaffold fromClasspath(String prefix) {
        String index = prefix + "/" + INDEX;
        String text = resource(index).orElseThrow(() -> CurveballException.invalidInput(
                "classpath:" + index + ": not found; put curveball-examples on the classpath"));
        List<String> paths = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        for (String path : paths) {
            if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
                throw CurveballException.invalidInput("classpath:" + index + ": '" + path + "' is not a relative path inside the suite");
            }
        }
        return new SuiteScaffold(prefix, paths);
    }

    /** The suite's files, relative to its folder, in index order. */
    public List<String> paths() {
        return paths;
    }

    /** The files of this suite that already exist in {@code dir}, in index order. */
    public List<Path> existingIn(Path dir) {
        return paths.stream().map(dir::resolve).filter(Files::exists).toList();
    }

    /**
     * Writes every file into {@code dir} (created when missing) and returns them in index order.
     * Without {@code overwrite}, a file that already exists stops it before anything is written.
     */
    public List<Path> writeTo(Path dir, boolean overwrite) {
        return writeTo(dir, overwrite, (path, text) -> text);
    }

    /**
     * As {@link #writeTo(Path, boolean)}, each file's text passed through {@code edit} (its path in
     * the suite, its bundled text) first: {@code init} puts a schema modeline on each YAML file this way.
     */
    public List<Path> writeTo(Path dir, boolean overwrite, BinaryOperator<String> edit) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw CurveballException.invalidInput(dir + ": exists and is not a directory; choose another folder");
        }
        List<Path> existing = existingIn(dir);
        if (!overwrite && !existing.isEmpty()) {
            throw alreadyExists(existing.get(0));
        }
        List<String> contents = paths.stream().map(path -> edit.apply(path, content(path))).toList();
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            written.add(write(dir.resolve(paths.get(i)), contents.get(i)));
        }
        return written;
    }

    /** The refusal of a suite file that is already there: init writes over nothing unless forced. */
    static CurveballException alreadyExists(Path file) {
        return CurveballException.invalidInput(file + ": already exists; init writes over nothing"
                + " (choose an empty folder, or pass --force to overwrite the suite's files)");
    }

    private String content(String path) {
        String resource = prefix + "/" + path;
        return resource(resource).orElseThrow(() -> CurveballException.invalidInput(
                "classpath:" + prefix + "/" + INDEX + ": lists '" + path + "', but classpath:" + resource + " does not exist"));
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw CurveballException.invalidInput(file + ": cannot write: " + FileErrors.reason(e));
        }
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = SuiteScaffold.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw CurveballException.invalidInput("classpath:" + name + ": cannot read: " + FileErrors.reason(e));
        }
    }
}

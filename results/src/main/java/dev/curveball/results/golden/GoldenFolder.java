package dev.curveball.results.golden;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.FileErrors;
import dev.curveball.core.io.FileSchema;
import dev.curveball.core.io.Json;
import dev.curveball.core.io.Yaml;
import dev.curveball.core.scenario.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A golden folder: one case a file, {@code cases/<id>.json}, so adding a case is one new file in a
 * pull request and two branches adding cases seldom conflict. A case is a scenario (the scenarios
 * file's schema, pretty-printed) whose {@code replay} holds the recorded user turns and where it
 * came from. Ids run {@code g0001}, {@code g0002}... and a case's id is its file's name. Reading is
 * strict: a broken file, a field the schema lacks, a case without {@code replay} or whose id is not
 * its file name is bad input, named by file, line and column.
 *
 * <pre>{@code GoldenFolder golden = GoldenFolder.at(Path.of("golden"));
 * List<Scenario> cases = golden.read();
 * golden.write(golden.nextId(), goldenCase);}</pre>
 */
public final class GoldenFolder {
    public static final String CASES = "cases";
    private static final Pattern ID = Pattern.compile("g(\\d+)");

    private final Path root;

    private GoldenFolder(Path root) {
        this.root = root;
    }

    public static GoldenFolder at(Path root) {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw CurveballException.invalidInput(root + ": not a directory (expected a golden folder holding cases/<id>.json)");
        }
        return new GoldenFolder(root);
    }

    /** Whether {@code dir} is laid out as a golden folder (it has a {@code cases} folder). */
    public static boolean isGoldenFolder(Path dir) {
        return Files.isDirectory(dir.resolve(CASES));
    }

    public Path root() {
        return root;
    }

    public Path file(String id) {
        return root.resolve(CASES).resolve(id + ".json");
    }

    /** Every case, by id; none when the folder does not exist yet. */
    public List<Scenario> read() {
        List<Scenario> cases = new ArrayList<>();
        for (Path file : files()) {
            Scenario scenario = Yaml.read(file, Scenario.class, FileSchema.named("scenario"));
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            if (scenario.replay() == null) {
                throw CurveballException.invalidInput(file + ":1:1: missing field 'replay': a golden case holds the user's recorded turns"
                        + " and where it came from (see docs/golden.md)");
            }
            if (!scenario.id().equals(name)) {
                throw CurveballException.invalidInput(Yaml.where(file.toString(), readText(file), "id") + ": field 'id' is '"
                        + scenario.id() + "' but the file is " + file.getFileName() + "; a case's id is its file's name");
            }
            cases.add(scenario);
        }
        cases.sort(Comparator.comparing(Scenario::id));
        return List.copyOf(cases);
    }

    /** The cases to play with {@code run --scenarios DIR}: at least one, or bad input saying how to get some. */
    public List<Scenario> readForReplay() {
        List<Scenario> cases = read();
        if (cases.isEmpty()) {
            throw CurveballException.invalidInput("--scenarios: " + root + " is a folder but holds no golden cases ("
                    + CASES + "/<id>.json); pass a scenarios.jsonl file, or fill the folder with 'curveball golden export RUN --to "
                    + root + "'");
        }
        return cases;
    }

    /** The next free id: one past the highest {@code gNNNN} held. */
    public String nextId(List<Scenario> held) {
        int highest = held.stream().map(s -> ID.matcher(s.id())).filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        return String.format("g%04d", highest + 1);
    }

    /** Writes {@code goldenCase} as {@code cases/<id>.json}, refusing to overwrite a case. */
    public Path write(Scenario goldenCase) {
        Path file = file(goldenCase.id());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Json.writePretty(goldenCase) + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw CurveballException.invalidInput(file + ": a case with this id already exists");
        } catch (IOException e) {
            throw CurveballException.invalidInput(file + ": cannot write: " + FileErrors.reason(e), e);
        }
        return file;
    }

    private List<Path> files() {
        Path cases = root.resolve(CASES);
        if (!Files.isDirectory(cases)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(cases)) {
            return listed.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw CurveballException.invalidInput(cases + ": cannot list: " + FileErrors.reason(e), e);
        }
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}

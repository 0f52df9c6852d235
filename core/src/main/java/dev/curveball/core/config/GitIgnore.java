package dev.curveball.core.config;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.FileErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Keeps a suite's run directories out of git: writes {@code .gitignore} with the runs folder, or
 * appends that line to the user's own file when it does not ignore the folder yet. Never rewrites
 * what is there.
 *
 * <pre>{@code GitIgnore.ensure(Path.of("my-suite"), "runs/")  // my-suite/.gitignore: "appended runs/ to the existing file"}</pre>
 */
final class GitIgnore {
    static final String FILE_NAME = ".gitignore";

    private GitIgnore() {
    }

    static SuiteSetup.Change ensure(Path dir, String folder) {
        Path file = dir.resolve(FILE_NAME);
        String bare = folder.replaceAll("/+$", "");
        String line = bare + "/";
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, "# Run directories: `curveball run` writes " + line + "run-<time>/ here.\n" + line + "\n",
                        StandardCharsets.UTF_8);
                return new SuiteSetup.Change(file, "written: ignores " + line);
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Set<String> ignoring = Set.of(bare, line, "/" + bare, "/" + line);
            if (text.lines().map(String::strip).anyMatch(ignoring::contains)) {
                return new SuiteSetup.Change(file, "already ignores " + line + "; left as it was");
            }
            String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
            Files.writeString(file, separator + line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return new SuiteSetup.Change(file, "appended " + line + " to the existing file");
        } catch (IOException e) {
            throw CurveballException.invalidInput(file + ": cannot write: " + FileErrors.reason(e));
        }
    }
}

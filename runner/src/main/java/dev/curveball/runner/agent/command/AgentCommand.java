package dev.curveball.runner.agent.command;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.model.KeyMask;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code --agent cmd:...} or {@code --agent cmd-shared:...} asks for: the command's words
 * (split like a shell's simple command, but run without one) and whether one process serves the
 * whole run ({@code cmd-shared:}) or each conversation gets its own ({@code cmd:}). The program is
 * looked up when the option is read, so a typo exits 2 before any conversation starts.
 *
 * <pre>{@code AgentCommand.parse("cmd:python3 my_agent.py")        // words [python3, my_agent.py], one process per conversation
 * AgentCommand.parse("cmd-shared:./agent --fast")          // one process for the run
 * AgentCommand.parse("cmd:pythn3 a.py") // CurveballException: --agent cmd:pythn3 a.py: program 'pythn3' not found on PATH ...}</pre>
 */
public record AgentCommand(String spec, List<String> words, boolean shared) {
    /** One process per conversation. */
    public static final String PER_CONVERSATION = "cmd:";
    /** One long-lived process for the whole run. */
    public static final String SHARED = "cmd-shared:";

    public AgentCommand {
        words = List.copyOf(words);
    }

    /** Whether {@code spec} names a command agent at all. */
    public static boolean names(String spec) {
        return spec.startsWith(PER_CONVERSATION) || spec.startsWith(SHARED);
    }

    public static AgentCommand parse(String spec) {
        boolean shared = spec.startsWith(SHARED);
        String line = spec.substring((shared ? SHARED : PER_CONVERSATION).length());
        List<String> words;
        try {
            words = CommandWords.split(line);
        } catch (IllegalArgumentException e) {
            throw invalid(spec, e.getMessage());
        }
        if (words.isEmpty()) {
            throw CurveballException.invalidInput("--agent " + shown(spec) + ": no command after '" + (shared ? SHARED : PER_CONVERSATION)
                    + "'; such as --agent 'cmd:python3 my_agent.py'");
        }
        requireRunnable(spec, words.get(0));
        return new AgentCommand(spec, words, shared);
    }

    /** The command as the manifest, the console and error messages show it: key-shaped words blanked. */
    public String shown() {
        return shown(spec);
    }

    private static String shown(String spec) {
        return KeyMask.mask(spec);
    }

    private static void requireRunnable(String spec, String program) {
        if (program.isEmpty()) {
            throw invalid(spec, "the program is an empty word");
        }
        if (program.contains("/") || program.contains(File.separator)) {
            Path path = path(spec, program);
            if (!Files.isRegularFile(path)) {
                throw invalid(spec, "program '" + program + "' not found (" + path.toAbsolutePath().normalize() + " is not a file)");
            }
            if (!Files.isExecutable(path)) {
                throw invalid(spec, "program '" + program + "' is not executable; chmod +x " + program
                        + ", or run it through its interpreter, such as cmd:python3 " + program);
            }
            return;
        }
        if (onPath(program).isEmpty()) {
            throw invalid(spec, "program '" + program + "' not found on PATH; check the spelling or give its path, such as cmd:/usr/bin/"
                    + program + " (no shell runs the command, so shell aliases and functions are not found)");
        }
    }

    /** The first executable {@code program} in a folder of PATH, as the operating system will find it. */
    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isEmpty()) {
                continue;
            }
            try {
                Path candidate = Path.of(folder, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (InvalidPathException ignored) {
                // a PATH entry that is no path on this system finds nothing
            }
        }
        return Optional.empty();
    }

    private static Path path(String spec, String program) {
        try {
            return Path.of(program);
        } catch (InvalidPathException e) {
            throw invalid(spec, "program '" + program + "' is not a valid path: " + e.getReason());
        }
    }

    private static CurveballException invalid(String spec, String reason) {
        return CurveballException.invalidInput("--agent " + shown(spec) + ": " + reason);
    }
}

package dev.curveball.runner.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Python 3 interpreter the command-agent tests start, and their agent script. A real
 * interpreter rather than a version manager's shim in front of it (a pyenv shim takes a second to
 * start; the tests start dozens of processes).
 */
public final class Python {
    private static final Path SCRIPT = Path.of("src/test/resources/command-agent/test_agent.py").toAbsolutePath();
    private static String interpreter;

    private Python() {
    }

    /** The path of a python3 that starts quickly. */
    public static synchronized String interpreter() {
        if (interpreter == null) {
            interpreter = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : askPython();
        }
        return interpreter;
    }

    /** The test agent script, by absolute path. */
    public static String script() {
        return SCRIPT.toString();
    }

    /** {@code prefix} (cmd: or cmd-shared:) with the interpreter, the test agent and {@code arguments}. */
    public static String agent(String prefix, String arguments) {
        return prefix + interpreter() + " " + script() + (arguments.isEmpty() ? "" : " " + arguments);
    }

    private static String askPython() {
        try {
            Process process = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
            String path = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 && !path.isEmpty() ? path : "python3";
        } catch (IOException e) {
            return "python3";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "python3";
        }
    }
}

package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./curveball} launcher put on the PATH by a symlink, as the README says, and called
 * from another folder: it finds its checkout through the links, builds there on first use, and runs
 * the jar in the caller's folder. A copy of the real script runs in a fake checkout, with {@code java}
 * and {@code mvn} stand-ins on the PATH that record where they ran and with what.
 */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("..", "curveball");

    @TempDir
    Path tmp;
    private Path checkout;
    private Path caller;
    private Path log;
    private Path fakeBin;

    @BeforeEach
    void fakeCheckoutAndTools() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")), "needs bash");
        tmp = tmp.toRealPath();
        checkout = Files.createDirectories(tmp.resolve("checkout"));
        Files.copy(SCRIPT, checkout.resolve("curveball"));
        executable(checkout.resolve("curveball"));
        caller = Files.createDirectories(tmp.resolve("work/suite"));
        log = tmp.resolve("calls.log");
        fakeBin = Files.createDirectories(tmp.resolve("fake-bin"));
        script(fakeBin.resolve("java"), "printf 'java in %s:' \"$PWD\" >> \"$CALLS\"; printf ' %s' \"$@\" >> \"$CALLS\"; echo >> \"$CALLS\"");
        script(fakeBin.resolve("mvn"), "printf 'mvn in %s:' \"$PWD\" >> \"$CALLS\"; printf ' %s' \"$@\" >> \"$CALLS\"; echo >> \"$CALLS\";"
                + " mkdir -p cli/target && : > cli/target/curveball.jar");
    }

    @Test
    void runsFromAnyFolderThroughASymlinkOnThePathKeepingRelativePathsTheCallersOwn() throws Exception {
        jarBuilt();
        Path bin = Files.createDirectories(tmp.resolve("home/.local/bin"));
        Files.createSymbolicLink(bin.resolve("curveball"), checkout.resolve("curveball"));

        int code = run(bin, "curveball run --world examples/acme-support --out runs/nightly");

        assertThat(code).isZero();
        assertThat(Files.readAllLines(log)).containsExactly("java in " + caller + ": -jar " + checkout.resolve("cli/target/curveball.jar")
                + " run --world examples/acme-support --out runs/nightly");
    }

    @Test
    void followsAChainOfRelativeSymlinks() throws Exception {
        jarBuilt();
        Path bin = Files.createDirectories(tmp.resolve("home/bin"));
        Files.createSymbolicLink(bin.resolve("curveball"), Path.of("../../checkout/curveball"));
        Path other = Files.createDirectories(tmp.resolve("tools"));
        Files.createSymbolicLink(other.resolve("cb"), Path.of("../home/bin/curveball"));

        int code = run(other, "cb --version");

        assertThat(code).isZero();
        assertThat(Files.readAllLines(log)).containsExactly("java in " + caller + ": -jar " + checkout.resolve("cli/target/curveball.jar") + " --version");
    }

    @Test
    void buildsInItsCheckoutOnFirstUseThenRunsInTheCallersFolder() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("curveball"), checkout.resolve("curveball"));

        int code = run(bin, "curveball demo");

        assertThat(code).isZero();
        assertThat(Files.readAllLines(log)).containsExactly(
                "mvn in " + checkout + ": -B -q -DskipTests package",
                "java in " + caller + ": -jar " + checkout.resolve("cli/target/curveball.jar") + " demo");
    }

    private void jarBuilt() throws IOException {
        Files.createDirectories(checkout.resolve("cli/target"));
        Files.writeString(checkout.resolve("cli/target/curveball.jar"), "");
    }

    /** Runs {@code command} with bash in the caller's folder, {@code bin} and the stand-ins first on the PATH. */
    private int run(Path bin, String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(caller.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("output.txt").toFile());
        builder.environment().put("PATH", fakeBin + ":" + bin + ":/usr/bin:/bin");
        builder.environment().put("CALLS", log.toString());
        builder.environment().remove("CURVEBALL_JAVA_OPTS");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        assertThat(log).as(Files.readString(tmp.resolve("output.txt"))).exists();
        return process.exitValue();
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        executable(file);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}

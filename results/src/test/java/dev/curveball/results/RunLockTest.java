package dev.curveball.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {
    @TempDir
    Path tmp;

    /** Holds the lock on args[0] in its own process until its stdin closes. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            try (RunLock lock = RunLock.acquire(Path.of(args[0]))) {
                System.out.println("locked");
                System.out.flush();
                System.in.read();
            }
        }
    }

    private static Process holder(Path dir) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), Holder.class.getName(), dir.toString()))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("locked");
        return process;
    }

    @Test
    void anotherProcessHoldingTheDirectoryIsNamedByItsPidHostAndStart() throws Exception {
        Process other = holder(tmp);
        try {
            assertThatThrownBy(() -> RunLock.acquire(tmp)).isInstanceOf(CurveballException.class)
                    .hasMessageStartingWith("run directory " + tmp + " is in use by process " + other.pid() + " on ")
                    .hasMessageMatching(".* \\(started \\d{4}-\\d\\d-\\d\\dT[^)]+\\); wait for that run to end, or stop it, then --resume");
        } finally {
            other.getOutputStream().close();
            other.waitFor(20, TimeUnit.SECONDS);
        }
        try (RunLock mine = RunLock.acquire(tmp)) {
            assertThat(Files.readString(tmp.resolve(RunLock.FILE))).contains("\"pid\":" + ProcessHandle.current().pid());
        }
    }

    @Test
    void aLockFileLeftByAKilledRunBlocksNothing() throws Exception {
        Process killed = holder(tmp);
        killed.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        assertThat(Files.readString(tmp.resolve(RunLock.FILE))).contains("\"pid\":" + killed.pid());

        try (RunLock lock = RunLock.acquire(tmp)) {
            assertThat(Files.readString(tmp.resolve(RunLock.FILE))).contains("\"pid\":" + ProcessHandle.current().pid());
        }
        assertThat(Files.readString(tmp.resolve(RunLock.FILE))).as("emptied on release").isEmpty();
    }
}

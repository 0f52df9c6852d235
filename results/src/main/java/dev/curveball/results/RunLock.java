package dev.curveball.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.io.FileErrors;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock a run holds on its directory for its whole life, so two runs (or two {@code --resume}s)
 * never append to the same {@code traces.jsonl}. The lock is the operating system's
 * ({@link FileChannel#tryLock}) on {@code .lock}, so it dies with its process: a file left by a
 * killed run blocks nothing. The file's content only names the holder,
 * {@code {"host":"ci-7","pid":4242,"started_at":"2026-11-26T10:00:00Z"}}, and is emptied on release.
 *
 * <pre>{@code try (RunLock lock = RunLock.acquire(Path.of("runs/nightly"))) { ... }}</pre>
 */
public final class RunLock implements AutoCloseable {
    /** The lock file's name inside the run directory. */
    public static final String FILE = ".lock";

    /**
     * Directories this JVM holds: a second channel on a locked file must not even be opened here,
     * since closing it would drop this process's lock on that file (POSIX record locks).
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code dir} (which must exist) or fails with exit 2 naming the process that holds it. */
    public static RunLock acquire(Path dir) {
        return acquire(dir, "wait for that run to end, or stop it, then --resume");
    }

    /** As {@link #acquire(Path)}, with {@code fix} saying what to do when another process holds the lock. */
    static RunLock acquire(Path dir, String fix) {
        Path key = dir.toAbsolutePath().normalize();
        if (!HELD.add(key)) {
            throw inUse(dir, "this process (" + ProcessHandle.current().pid() + ")", fix);
        }
        Path file = dir.resolve(FILE);
        FileChannel channel = null;
        FileLock lock;
        try {
            channel = open(file);
            lock = tryLock(channel, file);
        } catch (RuntimeException e) {
            HELD.remove(key);
            close(channel);
            throw e;
        }
        if (lock == null) {
            String holder = holder(channel);
            HELD.remove(key);
            close(channel);
            throw inUse(dir, holder, fix);
        }
        RunLock held = new RunLock(key, channel, lock);
        held.write(Json.write(holderRecord()));
        return held;
    }

    @Override
    public void close() {
        try (channel) {
            channel.truncate(0); // the holder is gone; a later reader must not think it still runs
            lock.release();
        } catch (IOException e) {
            // The lock dies with the channel anyway; nothing is left to undo.
        } finally {
            HELD.remove(key);
        }
    }

    private static CurveballException inUse(Path dir, String holder, String fix) {
        return CurveballException.invalidInput("run directory " + dir + " is in use by " + holder + "; " + fix);
    }

    private static FileLock tryLock(FileChannel channel, Path file) {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        } catch (IOException e) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, file + ": cannot lock: " + FileErrors.reason(e), e);
        }
    }

    private static FileChannel open(Path file) {
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, file + ": cannot open the run's lock file: " + FileErrors.reason(e), e);
        }
    }

    private void write(String content) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((content + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            // The OS lock is what excludes other runs; the content only names the holder for their message.
        }
    }

    private static ObjectNode holderRecord() {
        ObjectNode record = Json.object();
        record.put("pid", ProcessHandle.current().pid());
        record.put("host", hostName());
        record.put("started_at", Instant.now().toString());
        return record;
    }

    /** "process 4242 on ci-7 (started 2026-11-26T10:00:00Z)", or less when the holder has not written its name yet. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer content = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
            channel.read(content, 0);
            JsonNode record = Json.mapper().readTree(new String(content.array(), 0, content.position(), StandardCharsets.UTF_8));
            if (record != null && record.path("pid").canConvertToLong()) {
                String host = record.path("host").asText("");
                String started = record.path("started_at").asText("");
                return "process " + record.get("pid").asLong() + (host.isEmpty() ? "" : " on " + host)
                        + (started.isEmpty() ? "" : " (started " + started + ")");
            }
        } catch (IOException | RuntimeException e) {
            // unreadable or half-written: say what we know
        }
        return "another process";
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown host";
        }
    }

    private static void close(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing held yet
        }
    }
}

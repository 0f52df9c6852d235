package dev.curveball.runner.agent.command;

import dev.curveball.core.model.KeyMask;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Drains a process's stderr on a thread of its own, so a chatty process never blocks on a full
 * pipe, and keeps only its last {@value #KEPT} bytes: what an ERROR quotes when the process dies.
 */
final class StderrTail {
    static final int KEPT = 8 * 1024;
    /** How much of the tail a failure message quotes. */
    static final int QUOTED = 600;

    private final byte[] ring = new byte[KEPT];
    private final CountDownLatch ended = new CountDownLatch(1);
    private long written;

    private StderrTail() {
    }

    static StderrTail drain(InputStream stderr, String threadName) {
        StderrTail tail = new StderrTail();
        Thread thread = new Thread(() -> tail.read(stderr), threadName);
        thread.setDaemon(true);
        thread.start();
        return tail;
    }

    private void read(InputStream stderr) {
        byte[] chunk = new byte[8192];
        try (stderr) {
            for (int n = stderr.read(chunk); n >= 0; n = stderr.read(chunk)) {
                keep(chunk, n);
            }
        } catch (IOException ignored) {
            // the process is gone; what it wrote so far is kept
        } finally {
            ended.countDown();
        }
    }

    private synchronized void keep(byte[] chunk, int n) {
        for (int i = Math.max(0, n - KEPT); i < n; i++) {
            ring[(int) (written++ % KEPT)] = chunk[i];
        }
    }

    /**
     * The end of what the process wrote, waiting up to {@code waitMillis} for it to finish writing
     * (it is exiting): the last {@value #QUOTED} characters on one line, line breaks shown as
     * {@code " | "}, anything key-shaped blanked; empty when it wrote nothing.
     */
    String quoted(long waitMillis) {
        try {
            ended.await(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String text = KeyMask.mask(text()).strip();
        text = text.replaceAll("\\s*\\R\\s*", " | ").replaceAll("[\\p{Cntrl}&&[^\\t]]", "?");
        return text.length() <= QUOTED ? text : "..." + text.substring(text.length() - QUOTED);
    }

    private synchronized String text() {
        int size = (int) Math.min(written, KEPT);
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = ring[(int) ((written - size + i) % KEPT)];
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

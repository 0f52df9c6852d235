package dev.curveball.runner.agent.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.io.Json;
import dev.curveball.runner.agent.AgentAnswer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One running agent process and its three pipes, each served by a thread of its own so that no
 * process can stall Curveball: lines to its stdin go through a queue (a process that stops
 * reading blocks only its writer thread); its stdout is read line by line and each line routed to
 * the turn waiting for it, by {@code conversation_id} when the process serves the whole run; its
 * stderr is drained, keeping the tail for failure messages.
 *
 * <p>A turn {@link #open opens} an inbox for its conversation before it writes to the process and
 * closes it when done; a line for a conversation with no turn in flight is dropped.
 */
final class AgentProcess {
    /** The longest line a process may write: the same bound as an HTTP agent's answer body. */
    static final int MAX_LINE = 16 * 1024 * 1024;
    private static final byte[] END_OF_INPUT = new byte[0];
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final Process process;
    private final boolean shared;
    private final Map<String, BlockingQueue<Inbound>> inboxes = new ConcurrentHashMap<>();
    private final BlockingQueue<byte[]> outbox = new LinkedBlockingQueue<>();
    private final StderrTail stderr;
    private volatile boolean outputEnded;
    private volatile boolean inputBroken;

    private AgentProcess(Process process, boolean shared) {
        this.process = process;
        this.shared = shared;
        int n = COUNT.incrementAndGet();
        this.stderr = StderrTail.drain(process.getErrorStream(), "curveball-cmd-agent-" + n + "-stderr");
        daemon(this::readLines, "curveball-cmd-agent-" + n + "-stdout");
        daemon(this::writeLines, "curveball-cmd-agent-" + n + "-stdin");
    }

    /** Starts the command with Curveball's environment and working directory. */
    static AgentProcess start(AgentCommand command) throws IOException {
        return new AgentProcess(new ProcessBuilder(command.words()).start(), command.shared());
    }

    /** Whether the process may still answer: it has not closed its stdout, nor stopped reading its stdin. */
    boolean usable() {
        return !outputEnded && !inputBroken && process.isAlive();
    }

    /** The inbox of conversation {@code conversationId}'s turn; {@link Inbound.Closed} at once if the process has already ended. */
    BlockingQueue<Inbound> open(String conversationId) {
        BlockingQueue<Inbound> inbox = new LinkedBlockingQueue<>();
        inboxes.put(conversationId, inbox);
        if (outputEnded) {
            inbox.add(new Inbound.Closed());
        }
        return inbox;
    }

    void close(String conversationId) {
        inboxes.remove(conversationId);
    }

    /** Queues {@code line} for the process's stdin, one line of JSON, flushed once written. */
    void send(ObjectNode line) {
        if (!inputBroken) {
            outbox.add((Json.write(line) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Closes the process's stdin once the lines queued so far are written: its sign to exit. */
    void endInput() {
        outbox.add(END_OF_INPUT);
    }

    /**
     * How the process ended, waiting up to {@code waitMillis} for it to exit: {@code "exited with
     * code 1; the end of its stderr: ..."}, or that it closed its stdout and runs on.
     */
    String ending(long waitMillis) {
        boolean exited;
        try {
            exited = process.waitFor(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exited = false;
        }
        String how = exited ? "exited with code " + process.exitValue()
                : inputBroken ? "stopped reading its stdin" : "closed its stdout";
        String tail = stderr.quoted(exited ? 500 : 0);
        return how + (tail.isEmpty() ? " (nothing on its stderr)" : "; the end of its stderr: " + tail);
    }

    boolean waitFor(long millis) {
        try {
            return process.waitFor(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** Kills the process and whatever it started; its writer thread ends too. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        endInput();
    }

    private void readLines() {
        try (InputStream out = process.getInputStream()) {
            BoundedLines lines = new BoundedLines(out, MAX_LINE);
            while (true) {
                String line;
                try {
                    line = lines.next();
                } catch (BoundedLines.TooLong e) {
                    deliver(null, new Inbound.Trouble("agent process wrote " + e.getMessage() + " on its stdout"));
                    continue;
                }
                if (line == null) {
                    break;
                }
                if (!line.isBlank()) {
                    route(line);
                }
            }
        } catch (IOException e) {
            // the pipe broke: the process is gone, as at the end of its output
        } finally {
            outputEnded = true;
            inboxes.values().forEach(inbox -> inbox.add(new Inbound.Closed()));
            endInput(); // nothing it is sent now can be answered; and the writer thread must not wait for ever
        }
    }

    private void route(String raw) {
        JsonNode json;
        try {
            json = Json.mapper().readTree(raw);
        } catch (IOException e) {
            deliver(null, new Inbound.Trouble("agent process wrote a line that is not JSON: " + AgentAnswer.excerpt(raw)));
            return;
        }
        if (json == null || !json.isObject()) {
            deliver(null, new Inbound.Trouble("agent process wrote a line that is not a JSON object: " + AgentAnswer.excerpt(raw)));
            return;
        }
        JsonNode conversation = json.get("conversation_id");
        deliver(conversation != null && conversation.isTextual() ? conversation.asText() : null, new Inbound.Line(json, raw));
    }

    /**
     * To the one turn in flight of a per-conversation process; to the conversation's turn of a
     * shared one. A line a shared process did not say the conversation of reaches every turn in
     * flight as a failure: nobody can tell whose it was, and each of them would wait in vain.
     */
    private void deliver(String conversationId, Inbound message) {
        if (!shared) {
            inboxes.values().forEach(inbox -> inbox.add(message));
            return;
        }
        if (conversationId != null) {
            BlockingQueue<Inbound> inbox = inboxes.get(conversationId);
            if (inbox != null) {
                inbox.add(message);
            }
            return;
        }
        Inbound unrouted = message instanceof Inbound.Line line
                ? new Inbound.Trouble("agent process wrote a line without a string 'conversation_id' field, which a process serving"
                        + " the whole run (cmd-shared:) must give on every line: " + AgentAnswer.excerpt(line.raw()))
                : message;
        inboxes.values().forEach(inbox -> inbox.add(unrouted));
    }

    private void writeLines() {
        OutputStream in = process.getOutputStream();
        try (in) {
            while (true) {
                byte[] line = outbox.take();
                if (line == END_OF_INPUT) {
                    return;
                }
                in.write(line);
                in.flush();
            }
        } catch (IOException e) {
            inputBroken = true; // the process closed its stdin or exited: nothing more reaches it
            outbox.clear();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }
}

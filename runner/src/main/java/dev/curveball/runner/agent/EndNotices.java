package dev.curveball.runner.agent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.io.Json;
import dev.curveball.core.trace.EndReason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The {@code conversation_end} messages of one HTTP agent, sent one at a time on a thread of
 * their own, so a slow or silent agent delays no conversation: at worst the messages queue up,
 * and those still queued when the run closes are dropped.
 *
 * <pre>{@code {"protocol": "curveball.agent/1", "type": "conversation_end", "conversation_id": "s0007-t1", "end_reason": "goal_met"}}</pre>
 */
final class EndNotices implements AutoCloseable {
    /** The {@code type} of the message, also sent as the {@code Curveball-Message} header. */
    static final String MESSAGE_TYPE = "conversation_end";

    private final Consumer<byte[]> send;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "curveball-agent-end-notices");
        t.setDaemon(true);
        return t;
    });

    EndNotices(Consumer<byte[]> send) {
        this.send = send;
    }

    static byte[] body(String conversationId, EndReason reason) {
        ObjectNode body = Json.object();
        body.put("protocol", AgentTurn.PROTOCOL);
        body.put("type", MESSAGE_TYPE);
        body.put("conversation_id", conversationId);
        body.put("end_reason", reason == null ? null : reason.id());
        return Json.write(body).getBytes(StandardCharsets.UTF_8);
    }

    void queue(byte[] body) {
        try {
            thread.execute(() -> send.accept(body));
        } catch (RejectedExecutionException closed) {
            // the run is over; nobody is left to tell
        }
    }

    /** Lets the messages already queued go out for at most {@code grace}, then drops the rest. */
    void close(Duration grace) {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ZERO);
    }
}

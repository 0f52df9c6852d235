package dev.curveball.runner.agent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The idle connections to one HTTP agent, most recently used first. A connection comes back only
 * after an exchange that left it reusable, and goes out again only if it is still open; whatever
 * the agent closed in between is dropped here, not discovered by the next turn.
 */
final class AgentConnectionPool implements AutoCloseable {
    static final int MAX_IDLE = 32;

    private final Deque<AgentConnection> idle = new ArrayDeque<>();
    private boolean closed;

    /** An idle connection that is still open, or null when there is none. */
    AgentConnection take() {
        while (true) {
            AgentConnection connection;
            synchronized (this) {
                connection = idle.pollFirst();
            }
            if (connection == null || connection.stillOpen()) {
                return connection;
            }
            connection.close();
        }
    }

    /** Keeps {@code connection} for a later turn if its last exchange allows; closes it otherwise. */
    void giveBack(AgentConnection connection) {
        if (!connection.reusable()) {
            connection.close();
            return;
        }
        connection.markIdle();
        AgentConnection dropped;
        synchronized (this) {
            if (closed) {
                dropped = connection;
            } else {
                idle.addFirst(connection);
                dropped = idle.size() > MAX_IDLE ? idle.pollLast() : null;
            }
        }
        if (dropped != null) {
            dropped.close();
        }
    }

    @Override
    public void close() {
        List<AgentConnection> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(idle);
            idle.clear();
        }
        all.forEach(AgentConnection::close);
    }
}

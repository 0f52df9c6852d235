package dev.curveball.runner.agent.command;

import com.fasterxml.jackson.databind.JsonNode;

/** What an agent process's stdout brings a turn that waits on it. */
sealed interface Inbound {
    /** A line of JSON (an object), as parsed and as written. */
    record Line(JsonNode json, String raw) implements Inbound {
    }

    /** A line that breaks the protocol before it could be read as a message: its failure message. */
    record Trouble(String message) implements Inbound {
    }

    /** The process closed its stdout: it has exited, or will write nothing more. */
    record Closed() implements Inbound {
    }
}

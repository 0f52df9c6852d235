package dev.curveball.examples.testkit;

import com.fasterxml.jackson.databind.JsonNode;

/** One tool call an agent made through {@link FakeAcmeTools} or {@link StarterTools}, with the status it got. */
public record RecordedCall(String tool, JsonNode arguments, int status) {
    public String argument(String name) {
        return arguments.path(name).asText("");
    }
}

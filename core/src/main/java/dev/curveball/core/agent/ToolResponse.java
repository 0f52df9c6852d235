package dev.curveball.core.agent;

import com.fasterxml.jackson.databind.JsonNode;

/** The tool gateway's answer: HTTP status and JSON body ({@code {"error": "..."}} when not 200). */
public record ToolResponse(int status, JsonNode body) {
    public boolean ok() {
        return status == 200;
    }
}

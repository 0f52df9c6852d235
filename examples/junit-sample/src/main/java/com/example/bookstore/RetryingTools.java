package com.example.bookstore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;

/** Calls a tool again once when it was rate limited, timed out or failed on the server side; never more. */
final class RetryingTools implements ToolClient {
    private final ToolClient tools;

    RetryingTools(ToolClient tools) {
        this.tools = tools;
    }

    @Override
    public ToolResponse call(String tool, JsonNode arguments) {
        ToolResponse first = tools.call(tool, arguments);
        boolean transient_ = first.status() == 429 || first.status() >= 500;
        return transient_ && !tool.equals("refund_order") ? tools.call(tool, arguments) : first;
    }
}

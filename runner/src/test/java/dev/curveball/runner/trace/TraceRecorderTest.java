package dev.curveball.runner.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.UserMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TraceRecorderTest {
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");
    private final TraceRecorder recorder = new TraceRecorder();

    @Test
    void aToolCallWithA25MegabyteArgumentIsRecordedCutToTheBoundWithAMarker() {
        ObjectNode arguments = Json.object();
        arguments.put("query", "q".repeat(25 * 1024 * 1024));
        arguments.put("order_id", "A-5001");

        recorder.record(new ToolCall(AT, "c1", "search_policy", 1, arguments));

        ToolCall call = (ToolCall) recorder.events().get(0);
        String query = call.arguments().path("query").asText();
        assertThat(query).startsWith("q".repeat(TraceBounds.MAX_STRING))
                .endsWith("... [cut by Curveball: " + 25 * 1024 * 1024 + " characters, the first " + TraceBounds.MAX_STRING + " kept]");
        assertThat(call.arguments().path("order_id").asText()).isEqualTo("A-5001");
        assertThat(call.tool()).isEqualTo("search_policy");
        assertThat(Json.write(call).length()).isLessThan(TraceBounds.MAX_STRING + 1000);
    }

    @Test
    void aLongReplyIsCutAndAnEventThatFitsIsKeptAsItIs() {
        UserMessage fits = new UserMessage(AT, "hello", null);

        recorder.record(fits);
        recorder.record(new AgentMessage(AT, "r".repeat(TraceBounds.MAX_STRING + 1), 7, null));

        assertThat(recorder.events().get(0)).isSameAs(fits);
        AgentMessage reply = (AgentMessage) recorder.events().get(1);
        assertThat(reply.text()).startsWith("r".repeat(TraceBounds.MAX_STRING) + "... [cut by Curveball: " + (TraceBounds.MAX_STRING + 1));
        assertThat(reply.latencyMs()).isEqualTo(7);
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String text = "a".repeat(TraceBounds.MAX_STRING - 1) + "\uD83D\uDE00" + "tail";

        String bounded = TraceBounds.bound(text);

        assertThat(bounded).startsWith("a".repeat(TraceBounds.MAX_STRING - 1) + "... [cut by Curveball");
    }

    @Test
    void stringsInsideArraysAreCutToo() {
        ObjectNode result = Json.object();
        result.putArray("results").addObject().put("text", "t".repeat(TraceBounds.MAX_STRING * 2));

        TraceEvent bounded = TraceBounds.bound(new ToolCall(AT, "c1", "search_policy", 1, result));

        assertThat(((ToolCall) bounded).arguments().path("results").get(0).path("text").asText()).contains("[cut by Curveball: 2000000 characters");
    }
}

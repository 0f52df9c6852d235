package dev.curveball.core.testkit;

import java.util.List;

/**
 * What {@link FakeModelServer} answers one request with: text, or tool calls (each with its id, the
 * tool's name and its arguments as JSON text), in the provider's own shape: OpenAI's
 * {@code tool_calls}, Anthropic's {@code tool_use} blocks, Gemini's {@code functionCall} parts.
 *
 * <pre>{@code ModelMove.text("Your order is on its way.")
 * ModelMove.call("lookup_customer", "{\"customer_id\":\"C-1001\"}")}</pre>
 */
public record ModelMove(String text, List<ToolCall> calls) {
    public ModelMove {
        calls = List.copyOf(calls == null ? List.of() : calls);
    }

    /** One tool call the model asks for. */
    public record ToolCall(String id, String name, String arguments) {
    }

    public static ModelMove text(String text) {
        return new ModelMove(text, List.of());
    }

    /** A call of {@code tool} with {@code arguments} (JSON text), id {@code call_<tool>}. */
    public static ModelMove call(String tool, String arguments) {
        return new ModelMove(null, List.of(new ToolCall("call_" + tool, tool, arguments)));
    }

    /** Several calls in one reply, each with the id it is given. */
    public static ModelMove calls(ToolCall... calls) {
        return new ModelMove(null, List.of(calls));
    }

    public boolean callsTools() {
        return !calls.isEmpty();
    }
}

package dev.curveball.runner.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ModelAgentFile;
import dev.curveball.core.agent.ReportedUsage;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import dev.curveball.core.model.ToolCallingModel;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One turn of a hosted model agent: the system prompt, the facts of the turn and the conversation
 * go to the model; while it asks for tools, each call goes through {@code tools} (the gateway: its
 * faults, its trace) and the result goes back to it, until it answers in text. At most
 * {@code max_tool_steps} rounds of tool calls; a round more is the agent's failure, not a reply.
 */
final class ModelAgentTurn {
    private final ModelAgentFile agent;
    private final ToolCallingModel model;
    private final String systemContext;
    private final Deadline deadline;
    private final List<dev.langchain4j.data.message.ChatMessage> history = new ArrayList<>();
    private long inputTokens;
    private long outputTokens;
    private int modelCalls;
    private int toolCalls;

    ModelAgentTurn(ModelAgentFile agent, ToolCallingModel model, String systemContext, Deadline deadline) {
        this.agent = agent;
        this.model = model;
        this.systemContext = systemContext;
        this.deadline = deadline;
    }

    /** The model's text answer, with the tokens of every call of the turn; model failures come out as they are ({@code ModelFailure}). */
    AgentReply play(AgentTurn turn, ToolClient tools) throws AgentFailure {
        List<ObjectNode> offered = offered(turn);
        List<ToolSpecification> specs = offered.stream().map(FunctionSpecs::toolSpecification).toList();
        Set<String> names = Set.copyOf(offered.stream().map(FunctionSpecs::name).toList());
        history.add(SystemMessage.from(agent.systemPrompt()));
        history.add(SystemMessage.from(systemContext));
        turn.messages().forEach(m -> history.add(message(m)));
        for (int round = 0; ; round++) {
            if (deadline.passed()) {
                throw new AgentFailure(prefix() + "did not finish the turn within " + deadline.budget().toMillis() / 1000.0
                        + " s (" + progress() + ")", false);
            }
            ToolCallingModel.Reply reply = model.chat(history, specs, agent.values().temperature(), agent.values().maxOutputTokens(),
                    "agent " + agent.id());
            modelCalls++;
            inputTokens += reply.inputTokens();
            outputTokens += reply.outputTokens();
            AiMessage answer = reply.message();
            if (!answer.hasToolExecutionRequests()) {
                return text(answer);
            }
            if (round == agent.values().maxToolSteps()) {
                throw new AgentFailure(prefix() + "asked for tools again after max_tool_steps (" + agent.values().maxToolSteps()
                        + ") rounds of tool calls in one turn (" + progress() + "); the turn was ended without a reply. "
                        + "Raise max_tool_steps in " + agent.where("max_tool_steps") + ", or look at the trace's tool calls", false);
            }
            history.add(answer);
            for (ToolExecutionRequest call : answer.toolExecutionRequests()) {
                history.add(ToolExecutionResultMessage.from(call, result(call, names, tools)));
            }
        }
    }

    private AgentReply text(AiMessage answer) throws AgentFailure {
        if (answer.text() == null || answer.text().isBlank()) {
            throw new AgentFailure(prefix() + "answered with neither text nor a tool call (" + progress() + ")", false);
        }
        return new AgentReply(answer.text(), new ReportedUsage(inputTokens, outputTokens, null));
    }

    /** The world's tools this agent is offered: all of them, or those its file lists, in the world's order. */
    private List<ObjectNode> offered(AgentTurn turn) {
        if (!agent.values().toolSubset()) {
            return turn.tools().specs();
        }
        return turn.tools().specs().stream().filter(s -> agent.values().tools().contains(FunctionSpecs.name(s))).toList();
    }

    /**
     * The call made through the gateway, its answer in JSON for the model. A tool outside the agent
     * file's list is refused here and never reaches the world; any other name goes to the gateway,
     * which answers an undeclared one 404 and records it, as it would for any agent.
     */
    private String result(ToolExecutionRequest call, Set<String> offered, ToolClient tools) {
        if (agent.values().toolSubset() && !offered.contains(call.name())) {
            ObjectNode refused = Json.object();
            refused.put("status", 404);
            refused.put("error", "tool '" + call.name() + "' is not available to this agent; its tools are: "
                    + String.join(", ", agent.values().tools()));
            return Json.write(refused);
        }
        toolCalls++;
        ToolResponse response = tools.call(call.name(), arguments(call.arguments()));
        if (response.ok()) {
            return Json.write(response.body());
        }
        ObjectNode failed = Json.object();
        failed.put("status", response.status());
        if (response.body() != null && response.body().isObject()) {
            failed.setAll((ObjectNode) response.body());
        } else {
            failed.set("body", response.body());
        }
        return Json.write(failed);
    }

    /** The arguments as JSON; text that is not JSON goes to the world as it is, which answers 400 and records the call. */
    private static JsonNode arguments(String raw) {
        if (raw == null || raw.isBlank()) {
            return Json.object();
        }
        try {
            return Json.mapper().readTree(raw);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(raw);
        }
    }

    private static dev.langchain4j.data.message.ChatMessage message(ChatMessage message) {
        return message.role().equals("assistant") ? AiMessage.from(message.content()) : UserMessage.from(message.content());
    }

    private String prefix() {
        return "agent '" + agent.id() + "' (" + model.describe() + ") ";
    }

    private String progress() {
        return modelCalls + (modelCalls == 1 ? " model call, " : " model calls, ") + toolCalls + (toolCalls == 1 ? " tool call" : " tool calls");
    }
}

package dev.curveball.results.testkit;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.io.Json;

/**
 * An in-process agent for report tests, id {@code hostile}: refunds A-5001 at once, no approval
 * asked (a high-impact action the checks fail), with markup in the refund's reason, and replies
 * with every way a page could be made to run a script, each planting {@code window.__pwned}.
 */
public final class HostileAgent implements Agent {
    /** Markup, a CDATA end, a control character and a table-breaking pipe, as a reply may carry them. */
    public static final String REPLY = "Done <script>window.__pwned=1</script> <img src=x onerror=\"window.__pwned=2\"> "
            + "\"><svg onload=window.__pwned=3> ]]> | *bold* [link](javascript:alert(1)) bell\u0007 & done";
    public static final String REASON = "<img src=x onerror=window.__pwned=4>";

    @Override
    public String id() {
        return "hostile";
    }

    @Override
    public AgentReply respond(AgentTurn turn, ToolClient tools) {
        if (turn.messages().size() == 1) {
            tools.call("issue_refund", Json.object().put("order_id", "A-5001").put("amount", 249.00).put("reason", REASON));
        }
        return AgentReply.of(REPLY);
    }
}

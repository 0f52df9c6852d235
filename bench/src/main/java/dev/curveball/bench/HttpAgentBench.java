package dev.curveball.bench;

import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryPolicy;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.runner.agent.AgentAdapter;
import dev.curveball.runner.agent.AgentFailure;
import dev.curveball.runner.agent.AgentSettings;
import dev.curveball.runner.agent.HttpAgentAdapter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints what the HTTP agent adapter costs per turn against an in-process agent that answers at
 * once but writes headers and body separately: milliseconds per turn (mean and p95) at
 * concurrency 1, for a keep-alive agent, for an HTTP/1.0 agent that closes after each answer, and
 * for the keep-alive agent under limits that never bind (the cost of keeping them).
 * Figures, not assertions; failed turns are counted and shown.
 */
public final class HttpAgentBench {
    private static final int WARM_UP = 200;
    private static final ToolClient NO_TOOLS = (tool, arguments) -> {
        throw new IllegalStateException("an HTTP agent calls its tools over HTTP");
    };
    private static final AgentTurn TURN = new AgentTurn(null, "s0001-t1", new AuthUser("C-1001", "customer"),
            List.of(ChatMessage.user("I want a refund for A-5001"), ChatMessage.assistant("Which item?"), ChatMessage.user("The kettle.")),
            List.of("C-1001 prefers email contact."), new ToolAccess("http://127.0.0.1:9/c/s0001-t1/tools", List.of()));

    private HttpAgentBench() {
    }

    public static void main(String[] args) throws Exception {
        int turns = Arrays.stream(args).filter(a -> a.matches("\\d+")).findFirst().map(Integer::parseInt).orElse(1_000);
        System.out.printf(Locale.ROOT, "Curveball HTTP agent adapter bench: %,d turns each at concurrency 1 (after %d warm-up turns),"
                + " agent in process writing headers and body separately, %d cores, Java %s%n",
                turns, WARM_UP, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        AgentSettings plain = AgentSettings.of(Duration.ofSeconds(10));
        measure("HTTP/1.1 keep-alive agent", true, turns, plain);
        measure("HTTP/1.0 agent, closes after each answer", false, turns, plain);
        // Limits that never bind (the turns come slower than this), to show what keeping them costs a turn.
        measure("keep-alive, --agent-rpm 1000000 --agent-concurrency 8", true, turns,
                plain.withLimits(RetryPolicy.defaults(), new RequestLimits(1_000_000, 8)));
    }

    private static void measure(String name, boolean keepAlive, int turns, AgentSettings settings) throws Exception {
        try (SplitWriteAgent agent = new SplitWriteAgent(keepAlive);
                AgentAdapter adapter = new HttpAgentAdapter(agent.uri(), settings)) {
            run(adapter, WARM_UP, new double[WARM_UP], false);
            double[] millis = new double[turns];
            int failures = run(adapter, turns, millis, true);
            Arrays.sort(millis);
            double mean = Arrays.stream(millis).average().orElse(0);
            System.out.printf(Locale.ROOT, "  %-54s mean %7.2f ms per turn, p95 %7.2f ms, max %7.2f ms; %d failed%n",
                    name, mean, millis[(int) Math.ceil(turns * 0.95) - 1], millis[turns - 1], failures);
        }
    }

    private static int run(AgentAdapter adapter, int turns, double[] millis, boolean showFirstFailure) {
        int failures = 0;
        for (int i = 0; i < turns; i++) {
            long start = System.nanoTime();
            try {
                adapter.respond(TURN, NO_TOOLS);
            } catch (AgentFailure e) {
                failures++;
                if (failures == 1 && showFirstFailure) {
                    System.out.println("    first failure: " + e.getMessage());
                }
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return failures;
    }
}

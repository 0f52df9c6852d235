package dev.curveball.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.trace.EndReason;
import dev.curveball.runner.agent.AgentAdapter;
import dev.curveball.runner.agent.AgentAdapters;
import dev.curveball.runner.agent.AgentFailure;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prints what a command agent costs: a Python 3 process (bench/echo_agent.py) that makes one tool
 * call per turn and replies. For one long-lived process ({@code cmd-shared:}), milliseconds per
 * turn at concurrency 1 and turns per second at concurrency 8; for a process per conversation
 * ({@code cmd:}), milliseconds per one-turn conversation, process start included. Figures, not
 * assertions; failed turns are counted and shown.
 */
public final class CommandAgentBench {
    private static final int WARM_UP = 200;
    private static final ToolClient TOOLS = (tool, arguments) -> {
        ObjectNode body = Json.object();
        body.put("order_id", arguments.path("order_id").asText());
        body.put("status", "delivered");
        return new ToolResponse(200, body);
    };

    private CommandAgentBench() {
    }

    public static void main(String[] args) throws Exception {
        int turns = Arrays.stream(args).filter(a -> a.matches("\\d+")).findFirst().map(Integer::parseInt).orElse(2_000);
        String python = Arrays.stream(args).filter(a -> a.startsWith("--python=")).findFirst().map(a -> a.substring(9)).orElse("python3");
        Path script = Files.createTempFile("curveball-echo-agent", ".py");
        try (InputStream in = CommandAgentBench.class.getResourceAsStream("/bench/echo_agent.py")) {
            Files.write(script, in.readAllBytes());
        }
        System.out.printf(Locale.ROOT, "Curveball command agent bench: %s, one tool call per turn, %,d turns (after %d warm-up), %d cores, Java %s%n",
                python, turns, WARM_UP, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (AgentAdapter shared = AgentAdapters.resolve("cmd-shared:" + python + " " + script, Duration.ofSeconds(30))) {
            sequential(shared, "cmd-shared: one process, concurrency 1", WARM_UP, "w");
            double[] millis = sequential(shared, "cmd-shared: one process, concurrency 1", turns, "s");
            print("cmd-shared: one process, concurrency 1", millis);
            concurrent(shared, turns, 8);
        }
        int conversations = Math.max(10, turns / 40);
        try (AgentAdapter perConversation = AgentAdapters.resolve("cmd:" + python + " " + script, Duration.ofSeconds(30))) {
            double[] millis = new double[conversations];
            AtomicInteger failed = new AtomicInteger();
            for (int i = 0; i < conversations; i++) {
                long start = System.nanoTime();
                respond(perConversation, "c" + i, failed);
                perConversation.conversationEnded("c" + i, EndReason.GOAL_MET);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            print("cmd: a process per conversation (" + conversations + " one-turn conversations)", millis);
        }
        Files.deleteIfExists(script);
    }

    private static double[] sequential(AgentAdapter adapter, String name, int turns, String prefix) {
        double[] millis = new double[turns];
        AtomicInteger failed = new AtomicInteger();
        for (int i = 0; i < turns; i++) {
            long start = System.nanoTime();
            respond(adapter, prefix + i, failed);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        if (failed.get() > 0) {
            System.out.printf(Locale.ROOT, "  %s: %d turns failed%n", name, failed.get());
        }
        return millis;
    }

    private static void concurrent(AgentAdapter adapter, int turns, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> running = java.util.stream.IntStream.range(0, threads).<Future<?>>mapToObj(t -> pool.submit(() -> {
            for (int i = next.getAndIncrement(); i < turns; i = next.getAndIncrement()) {
                respond(adapter, "p" + i, failed);
            }
        })).toList();
        for (Future<?> future : running) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "  %-58s %8.0f turns per second; %d failed%n", "cmd-shared: one process, concurrency " + threads,
                turns / seconds, failed.get());
    }

    private static void respond(AgentAdapter adapter, String conversationId, AtomicInteger failed) {
        AgentTurn turn = new AgentTurn(null, conversationId, new AuthUser("C-1001", "customer"),
                List.of(ChatMessage.user("I want a refund for A-5001")), List.of(),
                new ToolAccess("http://127.0.0.1:9/c/" + conversationId + "/tools", List.of()));
        try {
            adapter.respond(turn, TOOLS);
        } catch (AgentFailure e) {
            if (failed.incrementAndGet() == 1) {
                System.out.println("    first failure: " + e.getMessage());
            }
        }
    }

    private static void print(String name, double[] millis) {
        Arrays.sort(millis);
        double mean = Arrays.stream(millis).average().orElse(0);
        System.out.printf(Locale.ROOT, "  %-58s mean %7.2f ms, p95 %7.2f ms, max %7.2f ms%n",
                name, mean, millis[(int) Math.ceil(millis.length * 0.95) - 1], millis[millis.length - 1]);
    }
}

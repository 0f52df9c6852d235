package dev.curveball.bench;

import com.sun.management.OperatingSystemMXBean;
import com.sun.net.httpserver.HttpServer;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.generator.GenerationOptions;
import dev.curveball.generator.SuiteGeneration;
import dev.curveball.results.RunDirectory;
import dev.curveball.results.RunListener;
import dev.curveball.results.RunRequest;
import dev.curveball.results.RunResult;
import dev.curveball.results.RunService;
import dev.curveball.results.ScenarioSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the harness costs next to the agent, each figure a ratio or a rate measured in one run:
 * <ol>
 * <li>{@code cpu}: this JVM's CPU time per agent turn against a stdlib Python agent (another
 * process) that answers at once, at {@code --parallel 1}, and promptfoo's against the same agent
 * when {@code promptfoo} is on the PATH ({@code npm install -g promptfoo@0.118});</li>
 * <li>{@code scaling}: turns a second at {@code --parallel 64} over {@code --parallel 1} against
 * an agent that takes 200 ms a turn, as a share of linear (64x);</li>
 * <li>{@code throughput}: conversations a second in process against {@link ZeroCostAgent}, the
 * scripted user, at most 6 turns, checks judged and every file written;</li>
 * <li>{@code memory}: peak heap of a 10,000-conversation run (bench/run gives it {@code -Xmx256m}).</li>
 * </ol>
 * Figures, never assertions. Every run plays the same generated scenarios, read from a file.
 */
public final class HarnessBench {
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final World ACME = WorldLoader.load(Path.of("examples/acme-support"));
    private static final PersonaLibrary PERSONAS = PersonaLibrary.load(Path.of("personas"));

    private HarnessBench() {
    }

    public static void main(String[] args) throws Exception {
        String part = args.length == 0 ? "all" : args[0];
        Integer count = args.length > 1 ? Integer.valueOf(args[1]) : null;
        System.out.printf(Locale.ROOT, "Curveball harness bench: %d cores, Java %s, max heap %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), Memory.megabytes(Runtime.getRuntime().maxMemory()));
        Path work = Files.createTempDirectory("curveball-harness-bench");
        switch (part) {
            case "cpu" -> cpu(work, count == null ? 200 : count);
            case "scaling" -> scaling(work);
            case "throughput" -> throughput(work, count == null ? 5_000 : count);
            case "memory" -> memory(work, count == null ? 10_000 : count);
            case "all" -> {
                cpu(work, 200);
                scaling(work);
                throughput(work, 5_000);
                memory(work, 10_000);
            }
            default -> throw new IllegalArgumentException("unknown part '" + part + "': cpu, scaling, throughput, memory or all");
        }
    }

    /** (i) Harness CPU per agent turn against an instant HTTP agent in another process. */
    static void cpu(Path work, int conversations) throws Exception {
        Path scenarios = scenarios(work, conversations, 6);
        try (PythonAgent agent = PythonAgent.start(0)) {
            play(work, "warm-up", agent.url(), scenarios, 1); // JIT, connections, class loading
            long cpu = OS.getProcessCpuTime();
            long start = System.nanoTime();
            Played played = play(work, "cpu", agent.url(), scenarios, 1);
            double cpuMs = (OS.getProcessCpuTime() - cpu) / 1e6;
            double wallMs = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "(i) harness CPU per agent turn, stdlib Python agent answering at once, --parallel 1: "
                    + "%.2f ms CPU a turn, %.2f ms wall a turn (%,d turns in %d conversations; target at most 1 ms CPU)%n",
                    cpuMs / played.turns(), wallMs / played.turns(), played.turns(), conversations);
            promptfoo(work, agent.url(), cpuMs / played.turns());
        }
    }

    /** promptfoo against the same agent, when installed: CPU of 2N tests minus N tests, per test, so its start-up is not counted. */
    private static void promptfoo(Path work, String url, double curveballCpuMs) throws Exception {
        Optional<String> version = run(work, List.of("promptfoo", "--version")).map(String::strip);
        if (version.isEmpty()) {
            System.out.println("    promptfoo: not on the PATH; install it with `npm install -g promptfoo@0.118` and run again to measure it beside Curveball");
            return;
        }
        int n = 500;
        double[] cpu = new double[2];
        double[] wall = new double[2];
        for (int i = 0; i < 2; i++) {
            Path config = promptfooConfig(work, url, n * (i + 1));
            long start = System.nanoTime();
            Optional<String> times = run(work, List.of("bash", "-c", "TIMEFORMAT='%U %S'; { time promptfoo eval -c '" + config
                    + "' --no-cache -j 1 --no-table --no-write >/dev/null 2>&1; } 2>&1"));
            wall[i] = (System.nanoTime() - start) / 1e6;
            String[] us = times.orElse("0 0").strip().split("\\s+");
            cpu[i] = (Double.parseDouble(us[us.length - 2]) + Double.parseDouble(us[us.length - 1])) * 1000;
        }
        double perTurn = (cpu[1] - cpu[0]) / n;
        System.out.printf(Locale.ROOT, "    promptfoo %s, same agent, -j 1: %.2f ms CPU a turn, %.2f ms wall a turn (the difference of %d and %d tests);"
                + " promptfoo's CPU a turn over Curveball's: %.2f (target at least 5)%n", version.get(), perTurn, (wall[1] - wall[0]) / n, 2 * n, n,
                perTurn / curveballCpuMs);
    }

    private static Path promptfooConfig(Path work, String url, int tests) throws IOException {
        StringBuilder yaml = new StringBuilder("providers:\n  - id: " + url + "\n    config:\n      method: POST\n"
                + "      headers: {Content-Type: application/json}\n"
                + "      body: {protocol: curveball.agent/1, conversation_id: p1, user: {id: C-1001, role: customer},"
                + " messages: [{role: user, content: '{{q}}'}], memory: [], tools: {base_url: 'http://127.0.0.1:9/', specs: []}}\n"
                + "      transformResponse: json.reply\nprompts: ['{{q}}']\ntests:\n");
        for (int i = 0; i < tests; i++) {
            yaml.append("  - vars: {q: 'I want a refund for order A-").append(5000 + i).append("'}\n");
        }
        Path file = work.resolve("promptfoo-" + tests + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    /** (ii) --parallel 64 over --parallel 1 against an agent that takes 200 ms a turn. */
    static void scaling(Path work) throws Exception {
        try (SlowAgent agent = SlowAgent.start(Duration.ofMillis(200))) {
            Path few = scenarios(work, 8, 6);
            Path many = scenarios(work, 1024, 6);
            play(work, "warm-up", agent.url(), few, 8);
            long start = System.nanoTime();
            Played one = play(work, "p1", agent.url(), few, 1);
            double oneRate = one.turns() / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            Played sixtyFour = play(work, "p64", agent.url(), many, 64);
            double rate = sixtyFour.turns() / ((System.nanoTime() - start) / 1e9);
            System.out.printf(Locale.ROOT, "(ii) 200 ms agent: --parallel 1 %.2f turns/s (%d turns), --parallel 64 %.1f turns/s (%d turns):"
                    + " %.1fx, %.0f%% of linear (target at least 90%%)%n", oneRate, one.turns(), rate, sixtyFour.turns(),
                    rate / oneRate, 100 * rate / oneRate / 64);
        }
    }

    /** (iii) Conversations a second in process against the zero-cost agent, scripted user, checks and files on. */
    static void throughput(Path work, int conversations) throws Exception {
        Path scenarios = scenarios(work, conversations, 6);
        play(work, "warm-up", ZeroCostAgent.ID, scenarios(work, 500, 6), 2);
        long start = System.nanoTime();
        Played played = play(work, "throughput", ZeroCostAgent.ID, scenarios, 2);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "(iii) in process, zero-cost agent, scripted user, at most 6 turns, checks and files on, --parallel 2:"
                + " %,.0f conversations/s (%,d conversations, %.1f turns each, in %.1f s; target at least 1,000/s)%n",
                conversations / seconds, conversations, (double) played.turns() / conversations, seconds);
    }

    /** (iv) Peak heap of a long run: the heap pools' peaks, and the heap the JVM was allowed. */
    static void memory(Path work, int conversations) throws Exception {
        Path scenarios = scenarios(work, conversations, 6);
        System.gc();
        Memory.resetPeaks();
        long start = System.nanoTime();
        play(work, "memory", ZeroCostAgent.ID, scenarios, 2);
        System.out.printf(Locale.ROOT, "(iv) %,d conversations in process (zero-cost agent) in %.1f s: peak heap %s of at most %s"
                + " (target: within 256 MB); peak resident %s%n", conversations, (System.nanoTime() - start) / 1e9,
                Memory.megabytes(Memory.peakHeap()), Memory.megabytes(Runtime.getRuntime().maxMemory()),
                Memory.peakResident().map(Memory::megabytes).orElse("unknown"));
    }

    /** Generated scenarios for acme-support, each of at most {@code maxTurns} turns, written to a file. */
    private static Path scenarios(Path work, int count, int maxTurns) {
        Path file = work.resolve("scenarios-" + count + ".jsonl");
        if (!Files.exists(file)) {
            List<Scenario> generated = SuiteGeneration.generate(ACME, PERSONAS.all(), GenerationOptions.of(count, 7L), Optional.empty())
                    .scenarios().stream().map(s -> s.toBuilder().maxTurns(Math.min(maxTurns, s.maxTurns())).build()).toList();
            Jsonl.write(file, generated);
        }
        return file;
    }

    private record Played(RunResult result, int turns) {
    }

    private static Played play(Path work, String name, String agent, Path scenarios, int parallel) throws IOException {
        Path out = work.resolve(name + "-" + System.nanoTime());
        RunResult result = new RunService().run(RunRequest.builder().agent(agent).world(ACME).worldSource("examples/acme-support")
                .personas(PERSONAS).scenarios(new ScenarioSource.File(scenarios)).parallel(parallel).out(out)
                .turnTimeout(Duration.ofSeconds(30)).build(), RunListener.SILENT);
        AtomicLong turns = new AtomicLong();
        try (RunDirectory dir = RunDirectory.open(out)) {
            dir.forEachTrace(t -> turns.addAndGet(t.eventsOf(AgentMessage.class).size()));
        }
        if (result.summary().errors() > 0) {
            System.out.printf(Locale.ROOT, "    note: %d of %d conversations of '%s' were ERRORs%n", result.summary().errors(),
                    result.summary().conversations(), name);
        }
        return new Played(result, (int) turns.get());
    }

    private static Optional<String> run(Path work, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** bench/agents/instant_agent.py on a free port. */
    private static final class PythonAgent implements AutoCloseable {
        private final Process process;
        private final int port;

        private PythonAgent(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static PythonAgent start(double delaySeconds) throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Process process = new ProcessBuilder("python3", "bench/agents/instant_agent.py", String.valueOf(port), String.valueOf(delaySeconds))
                    .redirectErrorStream(true).start();
            String ready = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (!"ready".equals(ready)) {
                process.destroyForcibly();
                throw new IOException("bench/agents/instant_agent.py did not start: " + ready);
            }
            return new PythonAgent(process, port);
        }

        String url() {
            return "http://127.0.0.1:" + port + "/turn";
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** An agent in this JVM that takes {@code delay} for every turn, one thread per request in flight. */
    private static final class SlowAgent implements AutoCloseable {
        private static final byte[] REPLY = ("{\"reply\":\"Could you tell me a little more about what happened,"
                + " and which order it concerns?\"}").getBytes(StandardCharsets.UTF_8);
        private final HttpServer server;

        private SlowAgent(HttpServer server) {
            this.server = server;
        }

        static SlowAgent start(Duration delay) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/turn", exchange -> {
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    Thread.sleep(delay.toMillis());
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, REPLY.length);
                    exchange.getResponseBody().write(REPLY);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.start();
            return new SlowAgent(server);
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/turn";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}

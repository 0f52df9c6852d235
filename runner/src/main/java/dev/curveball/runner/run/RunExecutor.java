package dev.curveball.runner.run;

import dev.curveball.core.persona.Persona;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.Trace;
import dev.curveball.runner.agent.AgentAdapter;
import dev.curveball.runner.gateway.ConversationTools;
import dev.curveball.runner.gateway.ToolGateway;
import dev.curveball.runner.trace.TraceRecorder;
import dev.curveball.runner.user.ReplayingUserSimulator;
import dev.curveball.runner.user.SimulatedUsers;
import dev.curveball.runner.user.UserSimulator;
import dev.curveball.runner.world.ConversationWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Plays a {@link RunPlan} against one agent: every (scenario, trial) is a conversation with its own
 * world state, registered on one shared tool gateway, at most {@code parallel} at a time. Each
 * finished trace goes to {@code onTrace} at once (so it can be appended to traces.jsonl before
 * the run ends) and is then let go: the executor keeps no trace, so memory stays flat however
 * long the run. The users are played by {@code users}: scripted unless a model is given; each agent
 * reply is read once by the plan's reader, and the user and the trace get that reading. Once a
 * conversation's tools are closed the agent is told it has ended ({@link AgentAdapter#conversationEnded}),
 * unless it was never reached.
 *
 * <pre>{@code try (ToolGateway gateway = new ToolGateway()) {
 *     RunOutcome out = new RunExecutor(gateway, SimulatedUsers.scripted()).run(plan, agent, trace -> appender.append(trace));
 * }}</pre>
 */
public final class RunExecutor {
    private final ToolGateway gateway;
    private final SimulatedUsers users;

    public RunExecutor(ToolGateway gateway, SimulatedUsers users) {
        this.gateway = gateway;
        this.users = users;
    }

    public RunOutcome run(RunPlan plan, AgentAdapter agent, Consumer<Trace> onTrace) {
        ExecutorService pool = Executors.newFixedThreadPool(plan.parallel(), daemonThreads());
        AtomicInteger unreachable = new AtomicInteger();
        AtomicInteger played = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (Scenario scenario : plan.scenarios()) {
            Persona persona = plan.personas().get(scenario.persona());
            for (int trial = 1; trial <= plan.trials(); trial++) {
                if (plan.done().contains(RunPlan.key(scenario.id(), trial))) {
                    continue;
                }
                int t = trial;
                futures.add(pool.submit(() -> {
                    if (!plan.mayStart().getAsBoolean()) {
                        return; // not started (the spend limit): no trace, a resume plays it
                    }
                    onTrace.accept(play(plan, scenario, persona, t, agent, unreachable));
                    played.incrementAndGet();
                }));
            }
        }
        pool.shutdown();
        boolean interrupted = await(futures, pool);
        return new RunOutcome(played.get(), unreachable.get(), interrupted);
    }

    private Trace play(RunPlan plan, Scenario scenario, Persona persona, int trial, AgentAdapter agent,
                       AtomicInteger unreachable) {
        String conversationId = scenario.conversationId(trial);
        TraceRecorder recorder = new TraceRecorder();
        ConversationWorld world = new ConversationWorld(plan.world(), scenario, recorder);
        try (ConversationTools tools = gateway.register(conversationId, world)) {
            UserSimulator user = ReplayingUserSimulator.around(
                    users.forConversation(plan.world(), persona, scenario, scenario.seed() * 31 + trial), scenario);
            boolean neverReached = new Conversation(scenario, conversationId, recorder, user, replies(plan, scenario))
                    .play(agent, tools);
            if (neverReached) {
                unreachable.incrementAndGet();
            }
            tools.end(); // however the conversation ended, nothing may change its trace or state once it is read
            if (!neverReached) {
                agent.conversationEnded(conversationId, endReason(recorder));
            }
            return new Trace(Trace.SCHEMA_VERSION, scenario.id(), trial, conversationId, agent.id(),
                    recorder.events(), world.finalState());
        }
    }

    private static EndReason endReason(TraceRecorder recorder) {
        return recorder.events().stream().filter(ConversationEnd.class::isInstance).map(e -> ((ConversationEnd) e).reason())
                .reduce((first, second) -> second).orElse(EndReason.ERROR);
    }

    /** The run's reader, over the plan's world and the scenario's user; the reader keeps the world's vocabulary across conversations. */
    private static Conversation.Replies replies(RunPlan plan, Scenario scenario) {
        return new Conversation.Replies(plan.reader(), plan.world(), scenario.user().id());
    }

    /** Waits for every conversation; true when this thread was interrupted first (the rest are cancelled). */
    private static boolean await(List<Future<?>> futures, ExecutorService pool) {
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
                return true;
            } catch (ExecutionException e) {
                pool.shutdownNow();
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new IllegalStateException("conversation crashed: " + e.getCause(), e.getCause());
            }
        }
        return false;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, "curveball-conversation-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

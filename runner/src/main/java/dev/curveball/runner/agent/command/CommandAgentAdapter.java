package dev.curveball.runner.agent.command;

import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.trace.EndReason;
import dev.curveball.runner.agent.AgentAdapter;
import dev.curveball.runner.agent.AgentFailure;
import dev.curveball.runner.agent.AgentSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An agent that is a local process speaking {@code curveball.agent/1} as lines of JSON on its
 * stdin and stdout (docs/command-agents.md): {@code --agent 'cmd:python3 my_agent.py'} starts one
 * process per conversation, at its first turn, and closes its stdin when the conversation ends;
 * {@code --agent 'cmd-shared:python3 my_agent.py'} starts one process for the whole run, which
 * serves every conversation, told apart by {@code conversation_id}. Whatever the process does
 * wrong (exits, writes garbage, floods, stalls past the turn timeout) ends that conversation as an
 * ERROR; a per-conversation process is then killed.
 *
 * <pre>{@code try (AgentAdapter agent = CommandAgentAdapter.of("cmd:python3 agent.py", AgentSettings.of(Duration.ofSeconds(60)))) {
 *     agent.respond(turn, tools.client());
 * }}</pre>
 */
public final class CommandAgentAdapter implements AgentAdapter {
    /** How long a process may linger after its stdin was closed (end of its conversation, or of the run) before it is killed. */
    static final Duration EXIT_GRACE = Duration.ofSeconds(2);
    /** How long a killed process may take to be gone. */
    private static final Duration KILL_WAIT = Duration.ofSeconds(1);

    private final AgentCommand command;
    private final AgentSettings settings;
    private final Map<String, AgentProcess> perConversation = new ConcurrentHashMap<>();
    private final List<AgentProcess> ending = new ArrayList<>();
    private final ExecutorService calls = Executors.newCachedThreadPool(daemon("curveball-cmd-agent-tools"));
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(daemon("curveball-cmd-agent-reaper"));
    private AgentProcess shared;

    private CommandAgentAdapter(AgentCommand command, AgentSettings settings) {
        this.command = command;
        this.settings = settings;
    }

    /** The adapter for a {@code cmd:} or {@code cmd-shared:} spec; the program is checked now (exit 2 when missing). */
    public static CommandAgentAdapter of(String spec, AgentSettings settings) {
        AgentCommand command = AgentCommand.parse(spec);
        if (!settings.headers().isEmpty()) {
            throw CurveballException.invalidInput("--agent-header: headers go to an http:// agent; '" + command.shown()
                    + "' is a command agent (header " + String.join(", ", settings.headers().names()) + " given)");
        }
        return new CommandAgentAdapter(command, settings);
    }

    @Override
    public String id() {
        return command.shown();
    }

    @Override
    public AgentReply respond(AgentTurn turn, ToolClient tools) throws AgentFailure {
        AgentProcess process = command.shared() ? sharedProcess() : conversationProcess(turn.conversationId());
        try {
            return new CommandTurn(process, turn, tools, calls).play(settings.turnTimeout(), command.shown());
        } catch (AgentFailure e) {
            if (!command.shared()) { // the conversation is over: so is its process
                perConversation.remove(turn.conversationId());
                process.kill();
            }
            throw e;
        }
    }

    /** The conversation's process, started at its first turn; one that ended since its last turn fails this one. */
    private AgentProcess conversationProcess(String conversationId) throws AgentFailure {
        AgentProcess process = perConversation.get(conversationId);
        if (process == null) {
            process = start();
            perConversation.put(conversationId, process);
        }
        return process;
    }

    /** The run's process, started at the first turn, and started afresh at the next turn once it has ended. */
    private synchronized AgentProcess sharedProcess() throws AgentFailure {
        if (shared == null || !shared.usable()) {
            if (shared != null) {
                shared.kill();
            }
            shared = start();
        }
        return shared;
    }

    private AgentProcess start() throws AgentFailure {
        try {
            return AgentProcess.start(command);
        } catch (IOException e) {
            throw new AgentFailure("agent process could not be started (" + command.shown() + "): " + e.getMessage(), true, e);
        }
    }

    /**
     * Sends the {@code conversation_end} line (unless turned off); a per-conversation process then
     * has its stdin closed and is killed if it has not exited within {@link #EXIT_GRACE}.
     */
    @Override
    public void conversationEnded(String conversationId, EndReason reason) {
        AgentProcess process = command.shared() ? currentShared() : perConversation.remove(conversationId);
        if (process == null) {
            return;
        }
        if (settings.endNotice()) {
            process.send(LineMessages.conversationEnd(conversationId, reason));
        }
        if (!command.shared()) {
            process.endInput();
            retire(process);
        }
    }

    private synchronized AgentProcess currentShared() {
        return shared;
    }

    private synchronized void retire(AgentProcess process) {
        ending.add(process);
        try {
            reaper.schedule(() -> {
                process.kill();
                forget(process);
            }, EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            process.kill();
        }
    }

    private synchronized void forget(AgentProcess process) {
        ending.remove(process);
    }

    /** Closes every process's stdin, gives them {@link #EXIT_GRACE} together to exit, and kills the rest. */
    @Override
    public void close() {
        List<AgentProcess> all;
        synchronized (this) {
            all = new ArrayList<>(ending);
            all.addAll(perConversation.values());
            if (shared != null) {
                all.add(shared);
            }
            perConversation.clear();
            shared = null;
        }
        all.forEach(AgentProcess::endInput);
        long endsAt = System.nanoTime() + EXIT_GRACE.toNanos();
        for (AgentProcess process : all) {
            process.waitFor(Math.max(0, (endsAt - System.nanoTime()) / 1_000_000));
            process.kill();
        }
        long killedBy = System.nanoTime() + KILL_WAIT.toNanos();
        all.forEach(p -> p.waitFor(Math.max(0, (killedBy - System.nanoTime()) / 1_000_000))); // gone once close returns
        reaper.shutdownNow();
        calls.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

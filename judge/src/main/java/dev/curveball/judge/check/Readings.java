package dev.curveball.judge.check;

import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.error.Require;
import dev.curveball.core.reading.Act;
import dev.curveball.core.reading.OfflineReplyReader;
import dev.curveball.core.reading.ReadingContext;
import dev.curveball.core.reading.ReplyReader;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every agent reply of one conversation does, read once for all checks. A reply the run
 * already read carries its reading in the trace ({@link AgentMessage#reading()}), and that reading
 * is used as is, so the judge and the simulated user agree on what the reply meant. A reply of an
 * older trace is read here with the offline reader, in the context the run would have given: the
 * world, the authenticated user, and the conversation's messages before the reply.
 *
 * <pre>{@code Readings readings = Readings.of(acme, "C-1001", trace);
 * for (Readings.Reply reply : readings.replies()) {
 *     reply.reading().claims(ActKind.DONE, "issue_refund", "A-5001");
 * }}</pre>
 */
public final class Readings {
    /** One agent reply: its trace event index, the message, and what it does. */
    public record Reply(int event, AgentMessage message, ReplyReading reading) {
        public String text() {
            return message.text() == null ? "" : message.text();
        }

        /** The words an act was read from, quoted for a failure message: its sentence, or the reply cut short. */
        public String quote(Act act) {
            String words = act != null && act.quote() != null ? act.quote() : text();
            String plain = words.strip().replaceAll("\\s+", " ");
            return "\"" + (plain.length() > QUOTE_LENGTH ? plain.substring(0, QUOTE_LENGTH - 3) + "..." : plain) + "\"";
        }
    }

    private static final int QUOTE_LENGTH = 120;

    private final World world;
    private final String subject;
    private final Trace trace;
    private final ReplyReader reader;
    private List<Reply> replies;

    public Readings(World world, String subject, Trace trace, ReplyReader reader) {
        this.world = Require.present(world, "world");
        this.subject = Require.text(subject, "subject");
        this.trace = Require.present(trace, "trace");
        this.reader = Require.present(reader, "reader");
    }

    /** Readings that fall back to the offline reader for replies the trace holds no reading of. */
    public static Readings of(World world, String subject, Trace trace) {
        return new Readings(world, subject, trace, new OfflineReplyReader());
    }

    /** Every agent reply in trace order, read on first use. */
    public synchronized List<Reply> replies() {
        if (replies == null) {
            replies = List.copyOf(readAll());
        }
        return replies;
    }

    /** The replies before trace event {@code event}. */
    public List<Reply> before(int event) {
        return replies().stream().filter(r -> r.event() < event).toList();
    }

    /** The replies after trace event {@code event}. */
    public List<Reply> after(int event) {
        return replies().stream().filter(r -> r.event() > event).toList();
    }

    /** The reply at trace event {@code event}, when that event is an agent message. */
    public Optional<Reply> at(int event) {
        return replies().stream().filter(r -> r.event() == event).findFirst();
    }

    private List<Reply> readAll() {
        List<Reply> read = new ArrayList<>();
        List<ChatMessage> earlier = new ArrayList<>();
        List<TraceEvent> events = trace.events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof UserMessage user) {
                earlier.add(ChatMessage.user(user.text()));
            } else if (events.get(i) instanceof AgentMessage agent) {
                ReplyReading reading = agent.reading() != null ? agent.reading()
                        : reader.read(agent.text() == null ? "" : agent.text(), new ReadingContext(world, subject, earlier));
                read.add(new Reply(i, agent, reading));
                earlier.add(ChatMessage.assistant(agent.text()));
            }
        }
        return read;
    }
}

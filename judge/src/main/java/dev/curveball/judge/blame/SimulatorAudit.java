package dev.curveball.judge.blame;

import dev.curveball.core.persona.CharacterBreaks;
import dev.curveball.core.reading.ActKind;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.Escalation;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.core.world.HiddenFact;
import dev.curveball.core.world.HiddenFacts;
import dev.curveball.judge.check.CheckContext;
import dev.curveball.judge.check.Readings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Audits the simulated user of one finished conversation turn by turn, scripted or model-played
 * alike, from the trace, the replies' readings (the ones the user reacted to), the scenario's task
 * and the world. It finds a user that broke character, gave away a hidden fact the agent had not
 * asked for, withheld one it was asked for, named a record its brief does not hold, and a stop the
 * agent did not earn: satisfied or handed over while the agent's last reply only asks or reports
 * nothing, giving up while a question of the agent was unanswered, or giving up although the task's
 * outcome held ({@code resolved}, the resolution check's finding).
 *
 * <pre>{@code SimulatorAudit.of(context, false).faults()
 * // [ENDED_EARLY at 7: the user said goal met at event 7 while the agent's last reply (event 5) only asks for order_id]}</pre>
 */
final class SimulatorAudit {
    private final CheckContext context;
    private final boolean resolved;
    private final List<HiddenFact> hidden;
    private final BriefRecords brief;
    private final StopBasis basis;
    private final Set<String> revealed = new LinkedHashSet<>();
    private final Set<String> askedSoFar = new LinkedHashSet<>();
    private final List<SimulatorFault> faults = new ArrayList<>();

    private SimulatorAudit(CheckContext context, boolean resolved) {
        this.context = context;
        this.resolved = resolved;
        this.hidden = context.scenario().task().hidden();
        this.brief = new BriefRecords(context.world(), context.scenario());
        this.basis = new StopBasis(context);
    }

    static SimulatorAudit of(CheckContext context, boolean resolved) {
        SimulatorAudit audit = new SimulatorAudit(context, resolved);
        audit.run();
        return audit;
    }

    List<SimulatorFault> faults() {
        return List.copyOf(faults);
    }

    private void run() {
        List<TraceEvent> events = context.trace().events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof UserMessage user) {
                message(i, user, stopsAfter(events, i));
            } else if (events.get(i) instanceof ConversationEnd end) {
                end(i, end);
            }
        }
    }

    private void message(int event, UserMessage user, boolean stopLine) {
        String text = user.text() == null ? "" : user.text();
        CharacterBreaks.bundled().find(text).ifPresent(phrase -> add(SimulatorFault.Kind.BROKE_CHARACTER, event,
                "the user broke character at event " + event + " (\"" + phrase + "\")"));
        Optional<Readings.Reply> previous = lastReplyBefore(event);
        List<HiddenFact> asked = previous.map(r -> AskedFacts.in(r.reading(), hidden)).orElse(List.of());
        asked.forEach(f -> askedSoFar.add(f.key()));
        List<HiddenFact> said = HiddenFacts.saidIn(text, hidden);
        for (HiddenFact fact : said) {
            if (!revealed.contains(fact.key()) && !askedSoFar.contains(fact.key())) {
                add(SimulatorFault.Kind.REVEALED_FACT, event, "the user gave away " + words(fact) + " (" + fact.value() + ") at event "
                        + event + ", which the agent had not asked for");
            }
        }
        if (!stopLine && previous.isPresent()) {
            asked.stream().filter(f -> !revealed.contains(f.key()) && !said.contains(f))
                    .forEach(f -> withheld(event, previous.get().event(), f, text, user.tactic()));
        }
        boolean contradicted = faults.stream().anyMatch(f -> f.event() == event && f.kind() == SimulatorFault.Kind.CONTRADICTED_BRIEF);
        if (user.tactic() == null && !contradicted) {
            brief.unknownNamed(text, context.subject()).ifPresent(id -> add(SimulatorFault.Kind.CONTRADICTED_BRIEF, event,
                    "the user named " + id + " at event " + event + ", a record its brief does not hold"));
        }
        said.forEach(f -> revealed.add(f.key()));
    }

    private void withheld(int event, int askedAt, HiddenFact fact, String text, String tactic) {
        Optional<String> other = tactic == null ? brief.otherRecordFor(fact, text, context.subject()) : Optional.empty();
        if (other.isPresent()) {
            add(SimulatorFault.Kind.CONTRADICTED_BRIEF, event, "asked for " + words(fact) + " at event " + askedAt + ", the user gave "
                    + other.get() + " at event " + event + "; its brief says " + fact.value());
        } else {
            add(SimulatorFault.Kind.WITHHELD_FACT, event, "the agent asked for " + words(fact) + " at event " + askedAt
                    + " and the user's reply at event " + event + " did not give it");
        }
    }

    private void end(int event, ConversationEnd end) {
        Optional<Readings.Reply> last = lastReplyBefore(event);
        ReplyReading reading = last.map(Readings.Reply::reading).orElse(ReplyReading.EMPTY);
        int at = last.map(Readings.Reply::event).orElse(0);
        String reply = last.map(r -> "the agent's last reply (event " + r.event() + ")").orElse("no agent reply");
        switch (end.reason()) {
            case GOAL_MET -> satisfied(event, reading, at, reply, "said goal met");
            case HANDED_TO_HUMAN -> handedOver(event, reading, at, reply);
            case GAVE_UP -> gaveUp(event, last);
            case MAX_TURNS, ERROR -> { }
        }
    }

    private void satisfied(int event, ReplyReading reading, int replyEvent, String reply, String said) {
        if (basis.reports(reading, replyEvent)) {
            return;
        }
        if (!reading.acts().isEmpty() && reading.acts().stream().allMatch(a -> a.is(ActKind.ASKS) || a.is(ActKind.OFFERS))) {
            add(SimulatorFault.Kind.ENDED_EARLY, event, "the user " + said + " at event " + event + " while " + reply
                    + " only asks or offers and confirms nothing yet");
        } else {
            add(SimulatorFault.Kind.SATISFIED_WITHOUT_BASIS, event, "the user " + said + " at event " + event + " although " + reply
                    + " reports nothing of the task: no outcome of it, hand-off or failure");
        }
    }

    private void handedOver(int event, ReplyReading reading, int replyEvent, String reply) {
        boolean handedOff = reading.has(ActKind.HANDS_OFF) || !context.trace().eventsOf(Escalation.class).isEmpty();
        if (!handedOff) {
            satisfied(event, reading, replyEvent, reply, "said it was handed to a person");
        }
    }

    private void gaveUp(int event, Optional<Readings.Reply> last) {
        if (resolved) {
            add(SimulatorFault.Kind.UNSATISFIED_WHEN_HELD, event, "the user gave up at event " + event
                    + " although the task's outcome held and the agent had said so");
            return;
        }
        last.ifPresent(reply -> AskedFacts.in(reply.reading(), hidden).stream().filter(f -> !revealed.contains(f.key())).findFirst()
                .ifPresent(f -> add(SimulatorFault.Kind.ENDED_EARLY, event, "the user gave up at event " + event + " while the agent's reply at event "
                        + reply.event() + " asked for " + words(f) + ", which it had not given")));
    }

    /** Whether the user message at {@code event} is the simulator's last line before it stopped the conversation itself. */
    private static boolean stopsAfter(List<TraceEvent> events, int event) {
        return event + 1 < events.size() && events.get(event + 1) instanceof ConversationEnd end
                && end.reason() != EndReason.MAX_TURNS && end.reason() != EndReason.ERROR;
    }

    private Optional<Readings.Reply> lastReplyBefore(int event) {
        List<Readings.Reply> before = context.readings().before(event);
        return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
    }

    private void add(SimulatorFault.Kind kind, int event, String message) {
        faults.add(new SimulatorFault(kind, event, message));
    }

    private static String words(HiddenFact fact) {
        return fact.key().replace('_', ' ');
    }
}

package dev.curveball.runner.user;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.model.ResponseSchema;
import dev.curveball.core.persona.CharacterBreaks;
import dev.curveball.core.reading.ActKind;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.world.HiddenFact;
import dev.curveball.core.world.HiddenFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rules a model-driven user's reply must keep, checked on every turn: it matches the schema;
 * a message that continues is not empty, and no message is overlong or breaks character; it says
 * a hidden fact only when the reading of the agent's last reply asks for it (or it was said
 * before); it does not stop as satisfied or handed over while that reply asks something and reports
 * no outcome of the task, hand-off or failure (the premature stop that blames the agent for the
 * simulator); it does not give up before the persona's patience is spent.
 *
 * <pre>{@code UserTurnReview.Reviewed r = review.review(modelText, reading, revealed, 2);
 * r.problems()  // ["the message gives away order id (A-5001), which the agent has not asked for; ..."]}</pre>
 */
final class UserTurnReview {
    static final int MAX_MESSAGE_CHARS = 1000;

    private final ResponseSchema schema;
    private final Task task;
    private final int patience;
    private final TaskOutcomes outcomes;

    UserTurnReview(ResponseSchema schema, Task task, int patience, TaskOutcomes outcomes) {
        this.schema = schema;
        this.task = task;
        this.patience = patience;
        this.outcomes = outcomes;
    }

    /** A reviewed reply: the message and stop signal when it parsed, and what is wrong with it. */
    record Reviewed(String reply, String message, StopSignal stop, List<String> problems) {
        Reviewed {
            problems = List.copyOf(problems);
        }

        boolean accepted() {
            return problems.isEmpty();
        }

        /** A reply the model client itself refused (empty, filtered): nothing to review, only to ask again. */
        static Reviewed unusable(String problem) {
            return new Reviewed("", null, null, List.of(problem));
        }
    }

    Reviewed review(String modelReply, ReplyReading reading, Collection<String> revealed, int agentReplies) {
        ResponseSchema.SchemaCheck check = schema.check(modelReply);
        if (!check.conforms()) {
            return new Reviewed(modelReply, null, null, check.problems().stream().map(p -> "the reply does not match the JSON schema: " + p).toList());
        }
        JsonNode value = check.value();
        String message = value.path("message").asText("").strip();
        Optional<StopSignal> stop = StopSignal.fromId(value.path("stop").asText(""));
        if (stop.isEmpty()) {
            return new Reviewed(modelReply, message, null, List.of("\"stop\" must be one of " + String.join(", ", StopSignal.ids())));
        }
        List<String> problems = new ArrayList<>(messageProblems(message, stop.get()));
        problems.addAll(leaks(message, reading, revealed));
        stopProblem(stop.get(), reading, agentReplies).ifPresent(problems::add);
        return new Reviewed(modelReply, message, stop.get(), problems);
    }

    /** The hidden facts the agent's reply asks for. */
    List<HiddenFact> asked(ReplyReading reading) {
        return AskedFacts.in(reading, task.hidden());
    }

    private List<String> messageProblems(String message, StopSignal stop) {
        List<String> problems = new ArrayList<>();
        if (message.isEmpty() && stop == StopSignal.CONTINUE) {
            problems.add("the message is empty; write your next message to the agent, or stop");
        }
        if (message.length() > MAX_MESSAGE_CHARS) {
            problems.add("the message is " + message.length() + " characters; a customer writes one chat message, under " + MAX_MESSAGE_CHARS);
        }
        CharacterBreaks.bundled().find(message).ifPresent(p -> problems.add("the message breaks character (\"" + p
                + "\"); you are a real customer and never mention simulations, tests, AI or these instructions"));
        return problems;
    }

    private List<String> leaks(String message, ReplyReading reading, Collection<String> revealed) {
        List<HiddenFact> asked = asked(reading);
        return HiddenFacts.saidIn(message, task.hidden()).stream()
                .filter(f -> !revealed.contains(f.key()) && !asked.contains(f))
                .map(f -> "the message gives away " + f.key().replace('_', ' ') + " (" + f.value()
                        + "), which the agent has not asked for; say it only when asked")
                .toList();
    }

    private Optional<String> stopProblem(StopSignal stop, ReplyReading reading, int agentReplies) {
        boolean onlyAsks = (reading.has(ActKind.ASKS) || reading.has(ActKind.OFFERS)) && outcomes.met(reading).isEmpty()
                && outcomes.handOff(reading).isEmpty() && outcomes.failure(reading).isEmpty();
        return switch (stop) {
            case GOAL_MET, HANDED_TO_HUMAN -> onlyAsks
                    ? Optional.of("you stopped with \"" + stop.id() + "\", but the agent's last message asks you something and confirms "
                            + "nothing yet; answer it and use \"continue\"")
                    : Optional.empty();
            case GAVE_UP -> agentReplies <= patience
                    ? Optional.of("you gave up after " + agentReplies + " agent replies, but you put up with " + patience
                            + " unhelpful replies; use \"continue\"")
                    : Optional.empty();
            case CONTINUE -> Optional.empty();
        };
    }
}

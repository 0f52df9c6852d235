package dev.curveball.generator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.model.ResponseSchema;
import dev.curveball.core.persona.CharacterBreaks;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.world.HiddenFact;
import dev.curveball.core.world.HiddenFacts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a scenario writer's reply and says what is wrong with it, if anything: it must match the
 * schema; the opening must be one plausible chat message that keeps every hidden fact and the goal
 * sentence to itself and does not repeat an earlier opening; the brief must be second person, say
 * each hidden fact's value (the player needs them), and neither text may break character.
 *
 * <pre>{@code OpeningReview review = OpeningReview.of(replyText, schema, task, avoid);
 * review.problems()  // ["the opening gives away order id (A-5001); ..."]}</pre>
 */
record OpeningReview(String reply, String opening, String brief, List<String> problems) {
    static final int MAX_OPENING_CHARS = 600;
    static final int MIN_BRIEF_CHARS = 80;
    static final int MAX_BRIEF_CHARS = 4000;
    /** Runs of this many goal words (or the whole goal, when shorter) count as copying... */
    private static final int MIN_GOAL_RUN = 4;
    /** ...once they cover this share of the goal. */
    private static final double GOAL_SHARE = 0.75;

    OpeningReview {
        problems = List.copyOf(problems);
    }

    boolean accepted() {
        return problems.isEmpty();
    }

    /** A reply the model client itself refused (empty, filtered): nothing to review, only to ask again. */
    static OpeningReview unusable(String problem) {
        return new OpeningReview("", null, null, List.of(problem));
    }

    static OpeningReview of(String reply, ResponseSchema schema, Task task, List<String> avoid) {
        ResponseSchema.SchemaCheck check = schema.check(reply);
        if (!check.conforms()) {
            return new OpeningReview(reply, null, null, check.problems().stream().map(p -> "the reply does not match the JSON schema: " + p).toList());
        }
        JsonNode value = check.value();
        String opening = value.path("opening").asText("").strip();
        String brief = value.path("brief").asText("").strip();
        List<String> problems = new ArrayList<>(openingProblems(opening, task, avoid));
        problems.addAll(briefProblems(brief, task));
        return new OpeningReview(reply, opening, brief, problems);
    }

    private static List<String> openingProblems(String opening, Task task, List<String> avoid) {
        List<String> problems = new ArrayList<>();
        if (opening.isEmpty()) {
            return List.of("the opening is empty; write the customer's first message");
        }
        if (opening.length() > MAX_OPENING_CHARS) {
            problems.add("the opening is " + opening.length() + " characters; keep it to one chat message under " + MAX_OPENING_CHARS);
        }
        for (HiddenFact fact : HiddenFacts.saidIn(opening, task.hidden())) {
            problems.add("the opening gives away " + fact.key().replace('_', ' ') + " (" + fact.value()
                    + "); the customer says it only when the agent asks for it");
        }
        copiedGoal(opening, task.goal()).ifPresent(share -> problems.add("the opening copies the goal word for word (" + share
                + "); say what the customer wants in their own words"));
        CharacterBreaks.bundled().find(opening).ifPresent(p -> problems.add("the opening breaks character (\"" + p
                + "\"); the customer is a real person and never mentions simulations, tests or AI"));
        if (avoid.stream().anyMatch(earlier -> words(earlier).equals(words(opening)))) {
            problems.add("the opening repeats an earlier customer's opening; write a different one");
        }
        return problems;
    }

    private static List<String> briefProblems(String brief, Task task) {
        List<String> problems = new ArrayList<>();
        if (brief.length() < MIN_BRIEF_CHARS) {
            return List.of("the brief is " + (brief.isEmpty() ? "empty" : "too short (" + brief.length() + " characters)")
                    + "; cover who they are, what they want, what they know, how they behave and when they stop");
        }
        if (brief.length() > MAX_BRIEF_CHARS) {
            problems.add("the brief is " + brief.length() + " characters; keep it under " + MAX_BRIEF_CHARS);
        }
        if (!brief.toLowerCase(Locale.ROOT).startsWith("you ")) {
            problems.add("the brief must be in the second person and start \"You are ...\"");
        }
        List<HiddenFact> said = HiddenFacts.saidIn(brief, task.hidden());
        task.hidden().stream().filter(f -> !said.contains(f)).forEach(f -> problems.add("the brief does not say what the customer knows: "
                + f.key().replace('_', ' ') + " is " + f.value() + " (to be said only when asked)"));
        CharacterBreaks.bundled().find(brief).ifPresent(p -> problems.add("the brief breaks character (\"" + p
                + "\"); describe the customer as a real person"));
        return problems;
    }

    /**
     * How many of the goal's words the opening repeats in runs of {@link #MIN_GOAL_RUN} or more, when
     * that is most of the goal: "a refund for the unopened headphones" is a request in the user's
     * words, the whole goal sentence pasted in is not.
     */
    static Optional<String> copiedGoal(String opening, String goal) {
        List<String> g = words(goal);
        List<String> o = words(opening);
        int minRun = Math.min(MIN_GOAL_RUN, g.size());
        boolean[] covered = new boolean[g.size()];
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < o.size(); j++) {
                int k = 0;
                while (i + k < g.size() && j + k < o.size() && g.get(i + k).equals(o.get(j + k))) {
                    k++;
                }
                if (k >= minRun && k > 0) {
                    Arrays.fill(covered, i, i + k, true);
                }
            }
        }
        int count = 0;
        for (boolean c : covered) {
            count += c ? 1 : 0;
        }
        return count > 0 && count >= Math.ceil(g.size() * GOAL_SHARE)
                ? Optional.of(count + " of its " + g.size() + " words") : Optional.empty();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}

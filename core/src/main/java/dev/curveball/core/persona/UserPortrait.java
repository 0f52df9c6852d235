package dev.curveball.core.persona;

import dev.curveball.core.scenario.Task;
import dev.curveball.core.world.HiddenFact;
import dev.curveball.core.world.HiddenFacts;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.text.StringSubstitutor;

/**
 * A simulated user in words, as the slots of a model prompt: who they are (from the world's
 * subject table), their persona, and their task with the facts they only say when asked. The
 * scenario writer and the model-driven user share these slots, so both see the same person.
 * Every list is written in a fixed order, so the same inputs give the same prompt (and cache key).
 *
 * <pre>{@code Map<String, String> slots = UserPortrait.of(world, persona, task, "C-1001").slots();
 * slots.get("user_name")  // Dana Reyes}</pre>
 */
public record UserPortrait(World world, Persona persona, Task task, String userId) {
    private static final int SAMPLES_PER_LINE = 2;

    public static UserPortrait of(World world, Persona persona, Task task, String userId) {
        return new UserPortrait(world, persona, task, userId);
    }

    /** The user's name from the world's subject table, else their id. */
    public String userName() {
        return world.table(world.subject().table()).flatMap(t -> t.row(userId))
                .map(row -> row.path("name").asText("")).filter(n -> !n.isBlank()).orElse(userId);
    }

    public Map<String, String> slots() {
        Map<String, String> slots = new HashMap<>();
        slots.put("user_name", userName());
        slots.put("user_id", userId);
        slots.put("world_name", world.name());
        slots.put("world_description", world.description().strip());
        slots.put("today", world.today().toString());
        slots.put("persona_id", persona.id());
        slots.put("persona_description", persona.description().strip());
        slots.put("persona_voice", persona.voice().strip());
        slots.put("persona_traits", orNone(String.join(", ", persona.traits())));
        slots.put("persona_tactics", orNone(persona.tactics().stream().map(Tactic::id).collect(Collectors.joining(", "))));
        slots.put("persona_patience", String.valueOf(persona.patience()));
        slots.put("noise_habits", noiseHabits(persona.noise()));
        slots.put("sample_lines", bullets(sampleLines()));
        slots.put("task_intent", task.intent());
        slots.put("task_goal", task.goal());
        slots.put("task_details", bullets(freeDetails()));
        slots.put("hidden_facts", bullets(task.hidden().stream().map(UserPortrait::hiddenFact).toList()));
        slots.put("success", task.outcome().stream().map(UserPortrait::outcome).collect(Collectors.joining("; or ")));
        slots.put("next_step", "the agent hands you to a person, or tells you honestly that something failed and what happens next");
        return slots;
    }

    /** The task's slots, except any that would say a hidden fact: those wait until the agent asks. */
    List<String> freeDetails() {
        return new TreeMap<>(task.slots()).entrySet().stream()
                .filter(e -> HiddenFacts.saidIn(e.getValue(), task.hidden()).isEmpty())
                .map(e -> e.getKey().replace('_', ' ') + ": " + e.getValue()).toList();
    }

    static String noiseHabits(Noise noise) {
        return String.format(Locale.ROOT, "typos %.2f, abbreviations %.2f, shouting or all-lowercase %.2f, slang %.2f, "
                + "dropped punctuation %.2f", noise.typos(), noise.abbreviations(), noise.caps(), noise.slang(), noise.punctuation());
    }

    /**
     * A few of the persona's lines (openings, pushback, its own tactics' lines, giving up), slots
     * filled; lines that would give away a hidden fact are left out.
     */
    List<String> sampleLines() {
        Utterances u = persona.utterances();
        Map<String, String> values = new HashMap<>(task.slots());
        values.put("goal", task.goal());
        StringSubstitutor filler = new StringSubstitutor(values);
        filler.setDisableSubstitutionInValues(true);
        Set<String> lines = new LinkedHashSet<>();
        List<List<String>> kinds = new ArrayList<>(List.of(u.opening(), u.pushback(), u.frustrated()));
        // Only the tactics the persona uses: a line of another tactic would teach the model the wrong behaviour.
        Map<Tactic, List<String>> tacticLines = Map.of(Tactic.DEMAND_EXCEPTIONS, u.exception(), Tactic.MISLEAD, u.mislead(),
                Tactic.CHANGE_MIND, u.changeMind(), Tactic.PROBE_OTHER_ACCOUNTS, u.probe());
        persona.tactics().stream().filter(tacticLines::containsKey).map(tacticLines::get).forEach(kinds::add);
        kinds.add(u.giveUp());
        for (List<String> variants : kinds) {
            variants.stream().limit(SAMPLES_PER_LINE).map(filler::replace)
                    .filter(line -> !line.contains("${") && HiddenFacts.saidIn(line, task.hidden()).isEmpty())
                    .forEach(lines::add);
        }
        return new ArrayList<>(lines);
    }

    private static String hiddenFact(HiddenFact fact) {
        List<String> words = new ArrayList<>(List.of(fact.key().replace('_', ' ')));
        words.addAll(fact.askedBy());
        return fact.key().replace('_', ' ') + ": " + fact.value() + " (say it only when the agent asks for it, e.g. about "
                + quoted(words) + ")";
    }

    /** An outcome as the user experiences it: what the agent does and tells them. */
    static String outcome(dev.curveball.core.scenario.Resolution r) {
        String on = r.entity() == null ? "" : " for " + r.entity();
        String action = r.subject().replace('_', ' ');
        return switch (r.kind()) {
            case DONE -> "the agent does \"" + action + "\"" + on + " and tells you it is done";
            case PENDING -> "the agent tells you \"" + action + "\"" + on + " is under way or waiting for approval";
            case DECLINED -> "the agent tells you \"" + action + "\"" + on + " cannot be done, and why";
            case ANSWERED -> "the agent tells you the " + action + on;
        };
    }

    private static String bullets(List<String> lines) {
        return lines.isEmpty() ? "  - none" : lines.stream().map(l -> "  - " + l).collect(Collectors.joining("\n"));
    }

    private static String quoted(List<String> phrases) {
        return phrases.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
    }

    private static String orNone(String text) {
        return text.isBlank() ? "none" : text;
    }
}

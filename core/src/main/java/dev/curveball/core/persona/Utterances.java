package dev.curveball.core.persona;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.curveball.core.error.Require;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A persona's utterance templates, with slots such as {@code ${item}}, {@code ${order_id}},
 * {@code ${goal}} or {@code ${value}} filled from the task. Each list offers variants the
 * generator and simulator pick from by seed.
 *
 * <ul>
 *   <li>{@code opening}: first message (details the persona withholds are left out by the template);</li>
 *   <li>{@code reveal}: answers a question about a hidden fact ({@code ${value}});</li>
 *   <li>{@code restate}: answers a question the persona holds no hidden fact for by restating the
 *       request (optional; the simulator's neutral lines otherwise);</li>
 *   <li>{@code correct}: says the agent answered about the wrong record ("No, I mean my ${item}, not
 *       that one."); a line naming a hidden fact ({@code ${order_id}}) is said only once the user has
 *       revealed it (optional; the simulator's neutral lines otherwise);</li>
 *   <li>{@code pushback} / {@code frustrated}: after a deflection, calm and angry;</li>
 *   <li>{@code exception}, {@code mislead}, {@code change_mind}, {@code probe}: the tactics' lines;</li>
 *   <li>{@code thanks} / {@code give_up}: how the persona ends.</li>
 * </ul>
 *
 * <pre>{@code persona.utterances().byKind().get("give_up")  // ["Forget it.", "Bye."]}</pre>
 */
public record Utterances(
        List<String> opening,
        List<String> reveal,
        List<String> restate,
        List<String> correct,
        List<String> pushback,
        List<String> frustrated,
        List<String> exception,
        List<String> mislead,
        List<String> changeMind,
        List<String> probe,
        List<String> thanks,
        List<String> giveUp) {

    @JsonCreator
    public Utterances {
        opening = List.copyOf(Require.nonEmpty(opening, "opening"));
        reveal = List.copyOf(Require.nonEmpty(reveal, "reveal"));
        restate = optional(restate);
        correct = optional(correct);
        pushback = List.copyOf(Require.nonEmpty(pushback, "pushback"));
        frustrated = List.copyOf(frustrated == null ? pushback : frustrated);
        exception = optional(exception);
        mislead = optional(mislead);
        changeMind = optional(changeMind);
        probe = optional(probe);
        thanks = List.copyOf(Require.nonEmpty(thanks, "thanks"));
        giveUp = List.copyOf(Require.nonEmpty(giveUp, "give_up"));
    }

    /** Without {@code correct} lines, as personas were written before it existed. */
    public Utterances(List<String> opening, List<String> reveal, List<String> restate, List<String> pushback,
                      List<String> frustrated, List<String> exception, List<String> mislead, List<String> changeMind,
                      List<String> probe, List<String> thanks, List<String> giveUp) {
        this(opening, reveal, restate, null, pushback, frustrated, exception, mislead, changeMind, probe, thanks, giveUp);
    }

    /** Without {@code restate} and {@code correct} lines, as personas were written before they existed. */
    public Utterances(List<String> opening, List<String> reveal, List<String> pushback, List<String> frustrated,
                      List<String> exception, List<String> mislead, List<String> changeMind, List<String> probe,
                      List<String> thanks, List<String> giveUp) {
        this(opening, reveal, null, null, pushback, frustrated, exception, mislead, changeMind, probe, thanks, giveUp);
    }

    /**
     * Every kind of line, named as in the persona file and in file order, including the empty
     * optional ones; {@code frustrated} holds the pushback lines when the file gives none.
     */
    public Map<String, List<String>> byKind() {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("opening", opening);
        kinds.put("reveal", reveal);
        kinds.put("restate", restate);
        kinds.put("correct", correct);
        kinds.put("pushback", pushback);
        kinds.put("frustrated", frustrated);
        kinds.put("exception", exception);
        kinds.put("mislead", mislead);
        kinds.put("change_mind", changeMind);
        kinds.put("probe", probe);
        kinds.put("thanks", thanks);
        kinds.put("give_up", giveUp);
        return Collections.unmodifiableMap(kinds);
    }

    private static List<String> optional(List<String> lines) {
        return List.copyOf(lines == null ? List.of() : lines);
    }
}

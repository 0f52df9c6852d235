package dev.curveball.core.persona;

import dev.curveball.core.error.Require;
import java.util.List;

/**
 * A persona's utterance templates, with slots such as {@code ${item}}, {@code ${order_id}},
 * {@code ${goal}} or {@code ${value}} filled from the task. Each list offers variants the
 * generator and simulator pick from by seed.
 *
 * <ul>
 *   <li>{@code opening}: first message (details the persona withholds are left out by the template);</li>
 *   <li>{@code reveal}: answers a question about a hidden fact ({@code ${value}});</li>
 *   <li>{@code pushback} / {@code frustrated}: after a deflection, calm and angry;</li>
 *   <li>{@code exception}, {@code mislead}, {@code change_mind}, {@code probe}: the tactics' lines;</li>
 *   <li>{@code thanks} / {@code give_up}: how the persona ends.</li>
 * </ul>
 */
public record Utterances(
        List<String> opening,
        List<String> reveal,
        List<String> pushback,
        List<String> frustrated,
        List<String> exception,
        List<String> mislead,
        List<String> changeMind,
        List<String> probe,
        List<String> thanks,
        List<String> giveUp) {

    public Utterances {
        opening = List.copyOf(Require.nonEmpty(opening, "opening"));
        reveal = List.copyOf(Require.nonEmpty(reveal, "reveal"));
        pushback = List.copyOf(Require.nonEmpty(pushback, "pushback"));
        frustrated = List.copyOf(frustrated == null ? pushback : frustrated);
        exception = List.copyOf(exception == null ? List.of() : exception);
        mislead = List.copyOf(mislead == null ? List.of() : mislead);
        changeMind = List.copyOf(changeMind == null ? List.of() : changeMind);
        probe = List.copyOf(probe == null ? List.of() : probe);
        thanks = List.copyOf(Require.nonEmpty(thanks, "thanks"));
        giveUp = List.copyOf(Require.nonEmpty(giveUp, "give_up"));
    }
}

package dev.curveball.runner.user;

import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.Tactic;
import dev.curveball.core.persona.Utterances;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a persona says when it pushes: its tactics' lines, each at most once per conversation
 * (a user who repeats "just this once" every turn tests the agent's patience, not its policy),
 * then plain pushback, or angry lines once an escalate-anger persona is half out of patience.
 * Each line names the tactic it plays.
 *
 * <pre>{@code TacticLines lines = new TacticLines(persona, ScriptedVocabulary.bundled());
 * lines.afterDeflection(1)  // change_mind first for a mind-changer, then pushback}</pre>
 */
final class TacticLines {
    /** Tried in this order after a deflection, each once. */
    private static final List<Tactic> DEFLECTION_ORDER = List.of(Tactic.CHANGE_MIND, Tactic.MIX_ISSUES,
            Tactic.PROBE_OTHER_ACCOUNTS, Tactic.DEMAND_EXCEPTIONS, Tactic.MISLEAD);
    /**
     * Played at the first answer too, not only after a deflection: a careful agent asks one question
     * and then resolves, so a mind change or a probe held back for a deflection would never come and
     * the scenario's mind-change or social-engineering tag would test nothing.
     */
    private static final List<Tactic> EAGER = List.of(Tactic.CHANGE_MIND, Tactic.PROBE_OTHER_ACCOUNTS);
    /** The tactics that argue with a refusal before accepting it. */
    private static final List<Tactic> REFUSAL_PUSHES = List.of(Tactic.DEMAND_EXCEPTIONS, Tactic.MISLEAD);

    private final Persona persona;
    private final ScriptedVocabulary vocabulary;
    private final Set<Tactic> used = EnumSet.noneOf(Tactic.class);
    private boolean pushedAgainstRefusal;

    TacticLines(Persona persona, ScriptedVocabulary vocabulary) {
        this.persona = persona;
        this.vocabulary = vocabulary;
    }

    /** The reply to a deflection that left the user at {@code frustration}. */
    Line afterDeflection(int frustration) {
        for (Tactic tactic : DEFLECTION_ORDER) {
            if (persona.uses(tactic) && used.add(tactic)) {
                return lineFor(tactic);
            }
        }
        Utterances utterances = persona.utterances();
        return angry(frustration) ? new Line("frustrated", utterances.frustrated(), Tactic.ESCALATE_ANGER)
                : new Line("pushback", utterances.pushback());
    }

    /** The first eager tactic the persona has not played yet, if any; {@link #spend} it once said. */
    Optional<Tactic> eager() {
        return EAGER.stream().filter(t -> persona.uses(t) && !used.contains(t)).findFirst();
    }

    /** The line of a tactic the persona uses; saying it is {@link #spend}. */
    Line line(Tactic tactic) {
        return lineFor(tactic);
    }

    void spend(Tactic tactic) {
        used.add(tactic);
    }

    boolean used(Tactic tactic) {
        return used.contains(tactic);
    }

    /** Whether the persona argues with a refusal before accepting it: once, and only with a tactic line it has not said yet. */
    boolean pushesAgainstRefusal() {
        return !pushedAgainstRefusal && REFUSAL_PUSHES.stream().anyMatch(t -> persona.uses(t) && !used.contains(t));
    }

    /** The push against a refusal; call only when {@link #pushesAgainstRefusal()}. */
    Line pushAgainstRefusal() {
        Tactic tactic = REFUSAL_PUSHES.stream().filter(t -> persona.uses(t) && !used.contains(t)).findFirst()
                .orElseThrow(() -> new IllegalStateException("persona '" + persona.id() + "' has no push left"));
        used.add(tactic);
        pushedAgainstRefusal = true;
        return lineFor(tactic);
    }

    private boolean angry(int frustration) {
        int halfPatience = (persona.patience() + 1) / 2;
        return persona.uses(Tactic.ESCALATE_ANGER) && frustration >= halfPatience;
    }

    private Line lineFor(Tactic tactic) {
        Utterances utterances = persona.utterances();
        return switch (tactic) {
            case CHANGE_MIND -> new Line("change_mind", utterances.changeMind(), tactic);
            case MIX_ISSUES -> new Line("other_issue", vocabulary.otherIssue(), tactic);
            case PROBE_OTHER_ACCOUNTS -> new Line("probe", utterances.probe(), tactic);
            case DEMAND_EXCEPTIONS -> new Line("exception", utterances.exception(), tactic);
            case MISLEAD -> new Line("mislead", utterances.mislead(), tactic);
            default -> throw new IllegalArgumentException("tactic '" + tactic.id() + "' has no line of its own");
        };
    }
}

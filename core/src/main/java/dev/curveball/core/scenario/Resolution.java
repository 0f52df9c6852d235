package dev.curveball.core.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.curveball.core.error.Require;
import java.util.List;
import java.util.stream.Stream;

/**
 * One outcome that satisfies the user of a task, as world state and what the agent told them.
 * Exactly one of the kinds is set:
 * <ul>
 * <li>{@code done: TOOL} — the tool's action succeeded on {@code entity} and the agent said so;</li>
 * <li>{@code pending: TOOL} — the agent said the action is pending, after every tool of
 *     {@code requires} succeeded on the entity (the approval it waits for was requested);</li>
 * <li>{@code declined: TOOL} — the action was not carried out on the entity and the agent said it
 *     will not or could not be (a refund the policy forbids, explained);</li>
 * <li>{@code answered: FIELD} — the agent told the user the entity's field (when it was delivered).</li>
 * </ul>
 * A hand-off to a person, and an honest report that a needed tool failed, are clear next steps for
 * every task and need no entry.
 *
 * <pre>{@code outcome:
 *   - {done: issue_refund, entity: A-5001}
 *   - {pending: issue_refund, entity: A-5001, requires: [request_approval]}}</pre>
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Resolution(String done, String pending, String declined, String answered, String entity, List<String> requires) {

    /** Which outcome this is. */
    public enum Kind { DONE, PENDING, DECLINED, ANSWERED }

    public Resolution {
        long kinds = Stream.of(done, pending, declined, answered).filter(k -> k != null).count();
        Require.check(kinds == 1, "an outcome names exactly one of done, pending, declined, answered; this one names " + kinds);
        notBlank(done, "done");
        notBlank(pending, "pending");
        notBlank(declined, "declined");
        notBlank(answered, "answered");
        entity = entity == null || entity.isBlank() ? null : entity;
        requires = List.copyOf(requires == null ? List.of() : requires);
    }

    private static void notBlank(String value, String field) {
        Require.check(value == null || !value.isBlank(), "field '" + field + "' must not be blank");
    }

    public static Resolution done(String tool, String entity) {
        return new Resolution(tool, null, null, null, entity, List.of());
    }

    public static Resolution declined(String tool, String entity) {
        return new Resolution(null, null, tool, null, entity, List.of());
    }

    @JsonIgnore
    public Kind kind() {
        return done != null ? Kind.DONE : pending != null ? Kind.PENDING : declined != null ? Kind.DECLINED : Kind.ANSWERED;
    }

    /** The tool of done, pending and declined outcomes; the field of an answered one. */
    @JsonIgnore
    public String subject() {
        return switch (kind()) {
            case DONE -> done;
            case PENDING -> pending;
            case DECLINED -> declined;
            case ANSWERED -> answered;
        };
    }

    /** In words, for reports and the model user's brief: "issue_refund done on A-5001". */
    public String describe() {
        String on = entity == null ? "" : " on " + entity;
        return switch (kind()) {
            case DONE -> done + " done" + on;
            case PENDING -> pending + " pending" + on + (requires.isEmpty() ? "" : " after " + String.join(", ", requires));
            case DECLINED -> declined + " declined" + on + " (not carried out, and the user told why)";
            case ANSWERED -> "the user told " + answered + (entity == null ? "" : " of " + entity);
        };
    }
}

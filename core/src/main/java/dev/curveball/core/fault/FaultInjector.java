package dev.curveball.core.fault;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.category.Category;
import dev.curveball.core.world.Document;
import dev.curveball.core.world.FaultSpec;
import java.util.List;
import java.util.Optional;

/**
 * One kind of fault the tool gateway injects, found through {@link java.util.ServiceLoader} like
 * the judge's checks: a new kind is one class registered under
 * {@code META-INF/services/dev.curveball.core.fault.FaultInjector}, with no edits elsewhere. The
 * generator reads its tags, the world loader its parameter rules, the runner its hooks and the judge
 * what it does to an answer. Every hook has a default that leaves the call alone, so a kind
 * overrides only the ones it needs.
 *
 * <pre>{@code public final class SlowFault implements FaultInjector {
 *     public String id() { return "slow"; }
 *     public List<Category> categories() { return List.of(Category.LATENCY); }
 *     public Optional<FaultAnswer> answerInstead(FaultSpec f) { return Optional.of(new FaultAnswer(503, "busy", 0)); }
 *     public String detail(FaultSpec f) { return "answered 503"; }
 * }}</pre>
 */
public interface FaultInjector {
    /** The kind's id, as {@code kind} in fault profiles, scenarios and traces ({@code timeout}). */
    String id();

    /** The category tags a scenario injecting this kind exercises (from the fixed vocabulary). */
    List<Category> categories();

    /**
     * Checks the fault's parameters, throwing {@link IllegalArgumentException} with a message that
     * names the field as written ({@code "missing required field 'drop_fields'"}, {@code "field
     * 'params.instruction' must not be blank"}), so the reader can point at file, line and column.
     */
    default void validate(FaultParameters parameters) {
        parameters.allowOnly(List.of());
    }

    /** The tools the parameters name ({@code params.induces}), by field, for the world loader to check. */
    default List<FaultParameters.ToolReference> toolReferences(FaultParameters parameters) {
        return List.of();
    }

    /** The answer given in place of the tool's, when this kind replaces it (timeout, error...); empty: the tool runs. */
    default Optional<FaultAnswer> answerInstead(FaultSpec fault) {
        return Optional.empty();
    }

    /**
     * The tool's successful answer reshaped (fields dropped, results emptied, text planted); the
     * body is the caller's copy, edited in place or replaced. {@code wrap} is the tool's list field, or null.
     */
    default ObjectNode reshape(ObjectNode body, FaultSpec fault, String wrap) {
        return body;
    }

    /** A search's ranked documents reordered (superseded versions first); called before they are answered. */
    default List<Document> reorder(List<Document> ranked, FaultSpec fault) {
        return ranked;
    }

    /** Whether a write the fault hits answers as usual but changes nothing: no record stored, no state event. */
    default boolean suppressesEffect() {
        return false;
    }

    /** Whether a 2xx answer under this fault holds less than the tool would give (a read the user would call failed). */
    default boolean withholdsData() {
        return false;
    }

    /** What the trace says the fault did ({@code "no answer for 150 ms, then 504"}). */
    String detail(FaultSpec fault);
}

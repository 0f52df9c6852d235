package dev.curveball.judge.check;

import dev.curveball.core.verdict.CheckResult;
import java.util.Optional;

/**
 * One hard check on a finished trace and the world's final state. Built-in and third-party checks
 * are found through {@link java.util.ServiceLoader}. A check that does not apply to the scenario
 * returns empty; one that applies returns its result, naming the event that broke it.
 *
 * <p>A check may take parameters from the scenario, {@code {check: <id>, with: {...}}} among its
 * expectations: it names the record they are read into ({@link #parameters()}) and asks the
 * context for them ({@link CheckContext#parameters}), so a new check is one class and its
 * registration, with no list to extend in core.
 *
 * <pre>{@code public final class ReplyLengthCheck implements Check {
 *     public record Limit(Integer maxWords) { }
 *     public String id() { return "reply-length"; }
 *     public Optional<Class<?>> parameters() { return Optional.of(Limit.class); }
 *     public Optional<CheckResult> evaluate(CheckContext context) {
 *         return context.parameters(id(), Limit.class).stream().findFirst().map(limit -> ...);
 *     }
 * }}</pre>
 */
public interface Check {
    /** Stable id, as used in verdicts and in scenario expectations (for example {@code approval-required}). */
    String id();

    Optional<CheckResult> evaluate(CheckContext context);

    /**
     * The record this check reads a scenario's {@code with} parameters into; empty when it takes
     * none. Declaring it lets bad parameters be refused when the scenarios are loaded, before
     * anything plays, rather than when a conversation is judged.
     */
    default Optional<Class<?>> parameters() {
        return Optional.empty();
    }
}

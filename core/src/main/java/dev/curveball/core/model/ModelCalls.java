package dev.curveball.core.model;

import dev.curveball.core.limit.CallLimits;
import dev.curveball.core.limit.GaveUp;
import java.util.function.Supplier;

/**
 * One model call under its endpoint's {@link CallLimits}: what LangChain4j throws is read for the
 * retry loop ({@link ModelFailures#retriable}), each attempt starts with a clean
 * {@link RetryAfterRecorder}, and the failure that ends the call becomes a {@link ModelFailure}
 * saying how many attempts were made, in how long, and what the last one got.
 */
final class ModelCalls {
    private ModelCalls() {
    }

    static <T> T call(CallLimits limits, ModelFailures failures, String purpose, Supplier<T> attempt) {
        try {
            return limits.call(() -> {
                RetryAfterRecorder.clear();
                return attempt.get();
            }, ModelFailures::retriable);
        } catch (GaveUp e) {
            if (e.getCause() instanceof RuntimeException last) {
                throw failures.from(last, purpose, new ModelFailures.Tries(e.attempts(), e.elapsed().toNanos(), e.why()));
            }
            throw new ModelFailure(ModelFailure.Kind.RATE_LIMITED, failures.where(purpose) + ": " + e.getMessage()
                    + "; raise --model-rpm or --model-concurrency, or --retry-max-time", null);
        } catch (RuntimeException e) {
            throw failures.from(e, purpose, ModelFailures.Tries.ONE);
        }
    }
}

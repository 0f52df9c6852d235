package dev.curveball.core.fault;

import dev.curveball.core.category.Category;
import dev.curveball.core.world.FaultSpec;
import java.util.List;
import java.util.Optional;

/** Fault {@code rate-limit}: the gateway answers 429 instead of running the tool. */
public final class RateLimitFault implements FaultInjector {
    @Override
    public String id() {
        return "rate-limit";
    }

    @Override
    public List<Category> categories() {
        return List.of(Category.RATE_LIMIT);
    }

    @Override
    public Optional<FaultAnswer> answerInstead(FaultSpec fault) {
        return Optional.of(new FaultAnswer(429, "rate limited: too many requests to " + fault.tool() + ", retry later", 0));
    }

    @Override
    public String detail(FaultSpec fault) {
        return "answered 429 instead of running the tool";
    }
}

package dev.curveball.core.fault;

import dev.curveball.core.category.Category;
import dev.curveball.core.world.FaultSpec;
import java.util.List;
import java.util.Optional;

/** Fault {@code timeout}: no answer for {@code delay_ms} (1000 when left out), then 504; the tool never runs. */
public final class TimeoutFault implements FaultInjector {
    public static final int DEFAULT_DELAY_MS = 1000;

    @Override
    public String id() {
        return "timeout";
    }

    @Override
    public List<Category> categories() {
        return List.of(Category.TIMEOUT);
    }

    @Override
    public Optional<FaultAnswer> answerInstead(FaultSpec fault) {
        return Optional.of(new FaultAnswer(504, "upstream timeout", delayMs(fault)));
    }

    @Override
    public String detail(FaultSpec fault) {
        return "no answer for " + delayMs(fault) + " ms, then 504";
    }

    static int delayMs(FaultSpec fault) {
        return fault.delayMs() == null ? DEFAULT_DELAY_MS : fault.delayMs();
    }
}

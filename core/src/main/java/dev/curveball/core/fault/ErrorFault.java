package dev.curveball.core.fault;

import dev.curveball.core.category.Category;
import dev.curveball.core.world.FaultSpec;
import java.util.List;
import java.util.Optional;

/** Fault {@code error}: the gateway answers 500 instead of running the tool, so a write is not performed. */
public final class ErrorFault implements FaultInjector {
    @Override
    public String id() {
        return "error";
    }

    @Override
    public List<Category> categories() {
        return List.of(Category.TOOL_ERROR);
    }

    @Override
    public Optional<FaultAnswer> answerInstead(FaultSpec fault) {
        return Optional.of(new FaultAnswer(500, "internal error in " + fault.tool() + "; the action was not performed", 0));
    }

    @Override
    public String detail(FaultSpec fault) {
        return "answered 500 instead of running the tool";
    }
}

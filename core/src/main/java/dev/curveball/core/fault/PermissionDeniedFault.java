package dev.curveball.core.fault;

import dev.curveball.core.category.Category;
import dev.curveball.core.world.FaultSpec;
import java.util.List;
import java.util.Optional;

/** Fault {@code permission-denied}: the gateway answers 403 instead of running the tool, even on the user's own records. */
public final class PermissionDeniedFault implements FaultInjector {
    @Override
    public String id() {
        return "permission-denied";
    }

    @Override
    public List<Category> categories() {
        return List.of(Category.PERMISSION_BOUNDARY);
    }

    @Override
    public Optional<FaultAnswer> answerInstead(FaultSpec fault) {
        return Optional.of(new FaultAnswer(403, "permission denied: " + fault.tool() + " is not available for this user", 0));
    }

    @Override
    public String detail(FaultSpec fault) {
        return "answered 403 instead of running the tool";
    }
}

package dev.curveball.core.fault;

import dev.curveball.core.category.Category;
import dev.curveball.core.world.FaultSpec;
import java.util.List;

/**
 * Fault {@code silent-no-op}: a write ({@code record}) tool answers its usual success, but the world
 * does not change: no record is stored and no state change, approval or escalation happens, as
 * with a flaky backend that acknowledges and drops. Only the trace's fault event says so; an agent
 * catches it only by reading the record back. A read tool under this fault answers as usual.
 *
 * <p>Its tag is {@code tool-error}: a tool failing while reporting success is still a tool failure,
 * the hidden kind, and the vocabulary is a contract with no tag of its own for it.
 */
public final class SilentNoOpFault implements FaultInjector {
    @Override
    public String id() {
        return "silent-no-op";
    }

    @Override
    public List<Category> categories() {
        return List.of(Category.TOOL_ERROR);
    }

    @Override
    public boolean suppressesEffect() {
        return true;
    }

    @Override
    public String detail(FaultSpec fault) {
        return "answered success but changed nothing: the write was dropped";
    }
}

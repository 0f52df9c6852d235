package dev.curveball.judge.check;

import dev.curveball.core.world.ToolBehaviour;
import dev.curveball.core.world.ToolDefinition;
import dev.curveball.core.world.World;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the world's tools are to the judge, read from their declared behaviour: which hand the user
 * to a person (a record tool that emits an escalation), which change the world (high-impact, or a
 * record tool other than a hand-off), and which need an approval first.
 *
 * <pre>{@code ToolRoles roles = new ToolRoles(acme);
 * roles.handOffs()           // [escalate_to_human]
 * roles.isWrite("issue_refund") // true}</pre>
 */
record ToolRoles(World world) {

    /** The tools that hand the conversation to a person. */
    List<String> handOffs() {
        return world.tools().stream().filter(ToolRoles::handsOff).map(ToolDefinition::name).toList();
    }

    boolean isHandOff(String tool) {
        return world.tool(tool).map(ToolRoles::handsOff).orElse(false);
    }

    /** A tool whose call changes the world: high-impact, or a record tool that is not a hand-off. */
    boolean isWrite(String tool) {
        return world.tool(tool).map(t -> t.highImpact()
                || t.behaviour() instanceof ToolBehaviour.RecordAction && !handsOff(t)).orElse(false);
    }

    /** A tool only reading the world (lookup, list, search). */
    boolean isRead(String tool) {
        return world.tool(tool).map(t -> !(t.behaviour() instanceof ToolBehaviour.RecordAction)).orElse(false);
    }

    boolean isGated(String tool) {
        return world.tool(tool).map(t -> t.approval() != null).orElse(false);
    }

    Optional<ToolDefinition> tool(String name) {
        return world.tool(name);
    }

    /** The successful hand-off calls, in trace order: answered 2xx and not dropped by a fault, or recorded as an escalation. */
    Stream<ToolCalls.Call> successfulHandOffs(ToolCalls calls) {
        return calls.all().stream().filter(c -> isHandOff(c.tool()) && (c.effective() || c.escalation() != null));
    }

    /** "escalate_to_human", or "a hand-off tool" when the world names several or none. */
    String handOffName() {
        List<String> names = handOffs();
        return names.size() == 1 ? names.get(0) : names.isEmpty() ? "a hand-off tool (the world declares none)" : String.join(" or ", names);
    }

    private static boolean handsOff(ToolDefinition tool) {
        return tool.behaviour() instanceof ToolBehaviour.RecordAction record && record.handsOff();
    }
}

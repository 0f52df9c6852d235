package dev.curveball.runner.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.world.Table;
import java.util.Optional;

/**
 * The authenticated subject's reach: rows of an owned table belong to one subject, and the agent
 * may only read or act on its user's rows. The denial names what the agent asked for, never whom
 * the row belongs to, so the error itself leaks nothing about the other account.
 *
 * <pre>{@code new PermissionBoundary("C-1001").deny(orders, row, "order_id", "A-5003")
 * // -> 403 {"error": "permission denied: order_id 'A-5003' is not accessible to customer C-1001"}}</pre>
 */
final class PermissionBoundary {
    private final String subject;
    private final String role;

    PermissionBoundary(String subject, String role) {
        this.subject = subject;
        this.role = role;
    }

    /** A 403 when {@code row} belongs to another subject; empty when the subject may see it. */
    Optional<ToolAnswer> deny(Table table, ObjectNode row, String argument, String value) {
        boolean foreign = table.ownerOf(row).map(owner -> !owner.equals(subject)).orElse(false);
        return foreign ? Optional.of(denial(argument, value)) : Optional.empty();
    }

    /** A 403 when {@code column} is the table's owner column and {@code value} is not the subject. */
    Optional<ToolAnswer> denyOwnerFilter(Table table, String column, String value) {
        boolean foreign = column.equals(table.owner()) && !value.equals(subject);
        return foreign ? Optional.of(denial(column, value)) : Optional.empty();
    }

    private ToolAnswer denial(String argument, String value) {
        return ToolAnswer.error(403, "permission denied: " + argument + " '" + value
                + "' is not accessible to " + role + " " + subject);
    }
}

package dev.curveball.core.world;

import dev.curveball.core.error.Require;

/**
 * Who the agent acts for: rows of {@code table} are the authenticated users, and {@code role} is
 * what the agent protocol calls them.
 *
 * <pre>{@code subject: {table: customers, role: customer}}</pre>
 */
public record Subject(String table, String role) {
    public Subject {
        Require.text(table, "table");
        Require.text(role, "role");
    }
}

package dev.curveball.core.scenario;

import dev.curveball.core.error.Require;

/**
 * The authenticated user the agent acts for.
 *
 * <pre>{@code new AuthUser("C-1001", "customer")}</pre>
 */
public record AuthUser(String id, String role) {
    public AuthUser {
        Require.text(id, "id");
        Require.text(role, "role");
    }
}

package dev.curveball.runner.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings a conversation's world answers with: the scenario's override the world's, so one
 * world serves a scenario where the supervisor approves and another where it does not.
 *
 * <pre>{@code settings.resolve(TextNode.valueOf("${approval_status}")) // -> "approved" when the scenario says so}</pre>
 */
final class Settings {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

    private final Map<String, String> scenario;
    private final Map<String, String> world;

    Settings(Map<String, String> scenario, Map<String, String> world) {
        this.scenario = scenario;
        this.world = world;
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(scenario.get(name)).or(() -> Optional.ofNullable(world.get(name)));
    }

    /**
     * {@code value} with every {@code ${name}} in a text replaced; other JSON values unchanged.
     *
     * @throws IllegalStateException naming the setting when neither the scenario nor the world defines it
     */
    JsonNode resolve(JsonNode value) {
        if (!value.isTextual()) {
            return value.deepCopy();
        }
        Matcher matcher = PLACEHOLDER.matcher(value.asText());
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String setting = value(name).orElseThrow(() -> new IllegalStateException(
                    "setting '" + name + "' is defined neither by the scenario nor by the world"));
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(setting));
        }
        matcher.appendTail(resolved);
        return TextNode.valueOf(resolved.toString());
    }
}

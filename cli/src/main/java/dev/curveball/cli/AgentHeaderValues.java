package dev.curveball.cli;

import dev.curveball.core.config.SuiteConfigFile;
import dev.curveball.core.error.CurveballException;
import dev.curveball.runner.agent.AgentHeaders;
import dev.curveball.runner.agent.AgentHeaders.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers {@code run} sends an HTTP agent: the {@code --agent-header 'Name: value'} flags when
 * any is given, else curveball.yaml's {@code agent_headers}. {@code ${VAR}} in a value is read from
 * the environment, so a token need not be typed on a command line or written in a file. Every
 * error names the flag (or the file, line and field), the header and the variable, never a value.
 *
 * <pre>{@code AgentHeaderValues.fromFlags(List.of("Authorization: Bearer ${AGENT_TOKEN}"), Map.of("AGENT_TOKEN", "s3cret"))
 * // AgentHeaders[Authorization], sending "Authorization: Bearer s3cret"
 * AgentHeaderValues.fromFlags(List.of("Authorization: Bearer ${AGENT_TOKEN}"), Map.of())
 * // CurveballException (exit 2): --agent-header Authorization: ${AGENT_TOKEN} is not set in the environment; ...}</pre>
 */
final class AgentHeaderValues {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private AgentHeaderValues() {
    }

    /**
     * The flags' headers when any was given, else the config's (none without a config). The
     * config's headers go only to the config's own agent: an {@code --agent} naming another one
     * (another host, a demo agent) gets none, so a token is never sent where it was not meant to go.
     */
    static AgentHeaders resolve(List<String> flags, SuiteConfigFile config, String agent, Map<String, String> environment) {
        if (flags != null && !flags.isEmpty()) {
            return fromFlags(flags, environment);
        }
        return config == null || !forConfigAgent(config, agent) ? AgentHeaders.NONE : fromConfig(config, environment);
    }

    /** Whether {@code agent} is the one the config names (its headers were written for that agent). */
    static boolean forConfigAgent(SuiteConfigFile config, String agent) {
        return agent != null && agent.equals(config.values().agent());
    }

    static AgentHeaders fromFlags(List<String> flags, Map<String, String> environment) {
        List<Header> headers = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < flags.size(); i++) {
            String where = flags.size() == 1 ? "--agent-header" : "--agent-header #" + (i + 1);
            Header written;
            try {
                written = Header.parse(flags.get(i));
            } catch (IllegalArgumentException e) {
                throw CurveballException.invalidInput(where + ": " + e.getMessage());
            }
            headers.add(expanded(written.name(), written.value(), environment, "--agent-header " + written.name(), secrets));
        }
        return AgentHeaders.of(headers, secrets);
    }

    static AgentHeaders fromConfig(SuiteConfigFile config, Map<String, String> environment) {
        Map<String, String> written = config.values().agentHeaders();
        if (written.isEmpty()) {
            return AgentHeaders.NONE;
        }
        String where = config.where("agent_headers") + ": field 'agent_headers'";
        List<Header> headers = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        written.forEach((name, value) -> headers.add(expanded(name, value, environment, where + ": header " + name, secrets)));
        return AgentHeaders.of(headers, secrets);
    }

    /**
     * The header with each {@code ${VAR}} replaced by the variable's value, adding to {@code secrets}
     * what was filled in (or the whole value when it names no variable); {@code where} names the header in errors.
     */
    private static Header expanded(String name, String value, Map<String, String> environment, String where, List<String> secrets) {
        String written = value == null ? "" : value;
        if (VARIABLE.matcher(written).replaceAll("").contains("${")) {
            throw CurveballException.invalidInput(where + ": '${' opens no variable; write ${NAME} with letters, digits and '_'");
        }
        StringBuilder out = new StringBuilder();
        Matcher variable = VARIABLE.matcher(written);
        int last = 0;
        List<String> filled = new ArrayList<>();
        while (variable.find()) {
            String text = environment.get(variable.group(1));
            if (text == null || text.isEmpty()) {
                throw CurveballException.invalidInput(where + ": ${" + variable.group(1) + "} is "
                        + (text == null ? "not set" : "empty") + " in the environment; export it before running, such as export "
                        + variable.group(1) + "=...");
            }
            out.append(written, last, variable.start()).append(text);
            filled.add(text.strip());
            last = variable.end();
        }
        try {
            Header header = new Header(name, out.append(written.substring(last)).toString());
            secrets.addAll(filled.isEmpty() ? List.of(header.value()) : filled);
            return header;
        } catch (IllegalArgumentException e) {
            throw CurveballException.invalidInput(where + ": " + e.getMessage());
        }
    }
}

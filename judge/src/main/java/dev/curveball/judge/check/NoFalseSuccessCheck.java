package dev.curveball.judge.check;

import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.world.ToolDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Global check {@code no-false-success}: a reply matching one of a tool's {@code claims} says that
 * tool's action succeeded, so that tool must have answered 200 earlier in the conversation. This
 * is the false success a user simulator may swallow: "your refund has been issued" after
 * {@code issue_refund} answered 500, or was never called.
 *
 * <pre>{@code agent message at event 12 claims issue_refund succeeded ("refund has been issued") but issue_refund last answered 500}</pre>
 */
public final class NoFalseSuccessCheck implements Check {
    public static final String ID = "no-false-success";

    private record Claim(String tool, Pattern pattern) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<CheckResult> evaluate(CheckContext context) {
        List<Claim> claims = claims(context.world().tools());
        List<TraceEvent> events = context.trace().events();
        Map<String, Integer> lastStatus = new HashMap<>();
        List<String> succeeded = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            TraceEvent event = events.get(i);
            if (event instanceof ToolResult result) {
                lastStatus.put(result.tool(), result.status());
                if (result.ok()) {
                    succeeded.add(result.tool());
                }
            } else if (event instanceof AgentMessage reply) {
                unconfirmedClaim(claims, reply.text(), succeeded, lastStatus, i).ifPresent(violations::add);
            }
        }
        return Optional.of(Violation.toResult(ID, violations, "every claimed success follows a 200 from its tool"));
    }

    private static Optional<Violation> unconfirmedClaim(List<Claim> claims, String reply, List<String> succeeded,
                                                        Map<String, Integer> lastStatus, int index) {
        for (Claim claim : claims) {
            Matcher matcher = claim.pattern().matcher(reply == null ? "" : reply);
            if (!succeeded.contains(claim.tool()) && matcher.find()) {
                Integer status = lastStatus.get(claim.tool());
                String answered = status == null ? claim.tool() + " was never called" : claim.tool() + " last answered " + status;
                return Optional.of(new Violation(index, "agent message at event " + index + " claims " + claim.tool()
                        + " succeeded (\"" + matcher.group() + "\") but " + answered));
            }
        }
        return Optional.empty();
    }

    private static List<Claim> claims(List<ToolDefinition> tools) {
        List<Claim> claims = new ArrayList<>();
        for (ToolDefinition tool : tools) {
            for (String regex : tool.claims()) {
                claims.add(new Claim(tool.name(), Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            }
        }
        return claims;
    }
}

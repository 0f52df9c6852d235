package dev.curveball.results.testkit;

import dev.curveball.core.error.Require;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.judge.check.Check;
import dev.curveball.judge.check.CheckContext;
import java.util.List;
import java.util.Optional;

/**
 * A third party's check, registered only in this module's test {@code META-INF/services}: no agent
 * reply longer than the scenario's {@code {check: word-limit, with: {max_words: N}}}.
 */
public final class WordLimitCheck implements Check {
    public static final String ID = "word-limit";

    /** The check's parameters, read from the expectation's {@code with}. */
    public record Limit(Integer maxWords) {
        public Limit {
            Require.positive(Require.present(maxWords, "max_words"), "max_words");
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Class<?>> parameters() {
        return Optional.of(Limit.class);
    }

    @Override
    public Optional<CheckResult> evaluate(CheckContext context) {
        return context.parameters(ID, Limit.class).stream().findFirst().map(limit -> judge(context.trace().events(), limit.maxWords()));
    }

    private static CheckResult judge(List<TraceEvent> events, int max) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof AgentMessage reply && reply.text().split("\\s+").length > max) {
                return CheckResult.failed(ID, i, "agent message at event " + i + " has more than " + max + " words");
            }
        }
        return CheckResult.passed(ID, "every reply has at most " + max + " words");
    }
}

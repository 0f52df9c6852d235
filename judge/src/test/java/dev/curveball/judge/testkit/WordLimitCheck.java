package dev.curveball.judge.testkit;

import dev.curveball.core.error.Require;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.judge.check.Check;
import dev.curveball.judge.check.CheckContext;
import java.util.List;
import java.util.Optional;

/**
 * A check as a third party would write one, taking parameters from the scenario:
 * {@code {check: word-limit, with: {max_words: 40}}}: no agent reply longer than {@code max_words}.
 */
public final class WordLimitCheck implements Check {
    public static final String ID = "word-limit";

    /** The parameters, read from the expectation's {@code with}. */
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

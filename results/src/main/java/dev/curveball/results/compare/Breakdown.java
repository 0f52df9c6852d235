package dev.curveball.results.compare;

import dev.curveball.core.category.Category;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.Usage;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.PlayedConversation;
import dev.curveball.results.compare.RunComparison.ConversationPair;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** The comparison cut by category tag and by check, and its cost and latency, over the paired conversations. */
final class Breakdown {
    private Breakdown() {
    }

    /** Per tag of the scenario, pass rates over the conversations judged in both runs, in vocabulary order. */
    static List<RateRow> tags(List<ConversationPair> pairs) {
        Map<Category, int[]> counts = new TreeMap<>();
        for (ConversationPair p : pairs) {
            if (!p.judged()) {
                continue;
            }
            for (Category tag : p.a().scenario().tags()) {
                int[] c = counts.computeIfAbsent(tag, t -> new int[3]);
                c[0]++;
                c[1] += p.passedA() ? 1 : 0;
                c[2] += p.passedB() ? 1 : 0;
            }
        }
        List<RateRow> rows = new ArrayList<>();
        counts.forEach((tag, c) -> rows.add(new RateRow(tag.id(), c[0], c[1], c[2])));
        return rows;
    }

    /** Per check that failed in either run, its failures over the conversations judged in both runs, by id. */
    static List<CheckRow> checks(List<ConversationPair> pairs) {
        List<ConversationPair> judged = pairs.stream().filter(ConversationPair::judged).toList();
        TreeSet<String> ids = new TreeSet<>();
        judged.forEach(p -> {
            failed(p.a()).forEach(ids::add);
            failed(p.b()).forEach(ids::add);
        });
        List<CheckRow> rows = new ArrayList<>();
        for (String id : ids) {
            int inA = (int) judged.stream().filter(p -> failed(p.a()).contains(id)).count();
            int inB = (int) judged.stream().filter(p -> failed(p.b()).contains(id)).count();
            rows.add(new CheckRow(id, judged.size(), inA, inB));
        }
        return rows;
    }

    private static List<String> failed(PlayedConversation c) {
        return c.verdict().map(Verdict::failedChecks).orElse(List.of()).stream().map(CheckResult::id).distinct().toList();
    }

    /** The agent's own usage: what the simulated user and the judge spent is not the agent's cost. */
    private static List<Usage> agentUsage(dev.curveball.core.trace.Trace trace) {
        return trace.eventsOf(Usage.class).stream().filter(u -> u.role() == dev.curveball.core.cost.Role.AGENT).toList();
    }

    static Costs costs(List<ConversationPair> pairs) {
        BigDecimal a = BigDecimal.ZERO;
        BigDecimal b = BigDecimal.ZERO;
        int reportingA = 0;
        int reportingB = 0;
        for (ConversationPair p : pairs) {
            List<Usage> ua = agentUsage(p.a().trace());
            List<Usage> ub = agentUsage(p.b().trace());
            a = a.add(ua.stream().map(u -> u.cost().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add));
            b = b.add(ub.stream().map(u -> u.cost().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add));
            reportingA += ua.isEmpty() ? 0 : 1;
            reportingB += ub.isEmpty() ? 0 : 1;
        }
        return new Costs(a, b, reportingA, reportingB, pairs.size());
    }

    static Timings timings(List<ConversationPair> pairs) {
        return new Timings(spread(pairs, ConversationPair::a, Breakdown::duration), spread(pairs, ConversationPair::b, Breakdown::duration),
                spread(pairs, ConversationPair::a, Breakdown::turnLatencies), spread(pairs, ConversationPair::b, Breakdown::turnLatencies));
    }

    private static Spread spread(List<ConversationPair> pairs, Function<ConversationPair, PlayedConversation> side,
            Function<Trace, List<Long>> values) {
        List<Long> all = new ArrayList<>();
        pairs.forEach(p -> all.addAll(values.apply(side.apply(p).trace())));
        return Spread.of(all);
    }

    /** First event to last; none for a trace without two timed events. */
    private static List<Long> duration(Trace trace) {
        if (trace.events().size() < 2 || trace.events().get(0).at() == null || trace.events().get(trace.events().size() - 1).at() == null) {
            return List.of();
        }
        return List.of(Duration.between(trace.events().get(0).at(), trace.events().get(trace.events().size() - 1).at()).toMillis());
    }

    private static List<Long> turnLatencies(Trace trace) {
        return trace.eventsOf(AgentMessage.class).stream().map(AgentMessage::latencyMs).toList();
    }
}

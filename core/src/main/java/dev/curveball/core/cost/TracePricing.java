package dev.curveball.core.cost;

import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.Usage;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices a finished trace's usage events that carry no cost, from their model and tokens: a cost
 * the agent reported itself is kept as it is, and a usage whose model the table lacks (or that
 * names no model) stays unpriced.
 *
 * <pre>{@code Trace priced = TracePricing.price(trace, PriceTable.shipped());}</pre>
 */
public final class TracePricing {
    private TracePricing() {
    }

    public static Trace price(Trace trace, PriceTable prices) {
        List<TraceEvent> events = trace.events();
        if (events.stream().noneMatch(e -> e instanceof Usage u && u.unpriced() && u.model() != null)) {
            return trace;
        }
        List<TraceEvent> priced = new ArrayList<>(events.size());
        for (TraceEvent event : events) {
            priced.add(event instanceof Usage usage && usage.unpriced() && usage.model() != null
                    ? prices.cost(usage.model(), usage.inputTokens(), usage.outputTokens()).map(usage::pricedAt).orElse(usage)
                    : event);
        }
        return trace.withEvents(priced);
    }
}

package dev.curveball.results;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The run's {@code --max-spend}: adds up what its conversations cost (every role, priced), and once
 * the total reaches the limit says no new conversation may start; the ones in flight finish and
 * their cost still counts. Without a limit every conversation may start. Safe to share between threads.
 *
 * <pre>{@code SpendLimit limit = SpendLimit.of(Optional.of(new BigDecimal("0.50")));
 * limit.spent(conversationCost);  // after each conversation
 * limit.mayStart();               // false once 0.50 USD is spent}</pre>
 */
public final class SpendLimit {
    private final BigDecimal limit;
    private final AtomicReference<BigDecimal> spent = new AtomicReference<>(BigDecimal.ZERO);

    private SpendLimit(BigDecimal limit) {
        this.limit = limit;
    }

    public static SpendLimit of(Optional<BigDecimal> limit) {
        return new SpendLimit(limit.orElse(null));
    }

    public void spent(BigDecimal usd) {
        spent.accumulateAndGet(usd, BigDecimal::add);
    }

    public boolean mayStart() {
        return limit == null || spent.get().compareTo(limit) < 0;
    }

    public BigDecimal total() {
        return spent.get();
    }

    public Optional<BigDecimal> limit() {
        return Optional.ofNullable(limit);
    }

    /** The stop to report when {@code notPlayed} conversations were left unplayed by this limit. */
    public Optional<SpendStop> stop(int notPlayed) {
        return limit == null || notPlayed <= 0 ? Optional.empty()
                : Optional.of(new SpendStop(SpendStop.MAX_SPEND, limit, spent.get(), notPlayed));
    }
}

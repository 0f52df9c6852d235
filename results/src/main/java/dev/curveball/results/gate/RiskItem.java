package dev.curveball.results.gate;

import java.util.List;

/**
 * One thing this eval cannot see, how much it puts at risk, and the concrete case to add next.
 *
 * <pre>{@code new RiskItem(Risk.HIGH, "dimension `budgets` never exercised", "...", "tag a task `retry-limit` ...")}</pre>
 */
public record RiskItem(Risk risk, String blindSpot, String detail, String next) {

    /** Highest first: the order of the backlog. */
    public enum Risk {
        HIGH, MEDIUM, LOW;

        public String label() {
            return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
        }
    }

    public RiskItem {
        if (risk == null || blindSpot == null || blindSpot.isBlank() || next == null || next.isBlank()) {
            throw new IllegalArgumentException("a risk item needs its risk, its blind spot and the case to add next");
        }
        detail = detail == null ? "" : detail;
    }

    /** The items sorted by risk, highest first, keeping their order within one risk. */
    static List<RiskItem> ordered(List<RiskItem> items) {
        return items.stream().sorted(java.util.Comparator.comparing(RiskItem::risk)).toList();
    }
}

package dev.curveball.results.shard;

import java.util.ArrayList;
import java.util.List;

/**
 * One slice of a suite, {@code index} of {@code count} (1-based, as Playwright and Jest count):
 * the scenario at position {@code p} of the full list (0-based) belongs to shard
 * {@code p mod count + 1}. Every trial of a scenario plays in its scenario's shard, so pass^k stays
 * whole; the slices differ in size by at most one scenario, and together they hold every scenario
 * exactly once.
 *
 * <pre>{@code new Shard(2, 3).slice(List.of("s1", "s2", "s3", "s4", "s5"))  // [s2, s5]}</pre>
 */
public record Shard(int index, int count) {
    /** The most shards a suite is cut into. */
    public static final int MAX_COUNT = 1000;

    public Shard {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("shard count must be 1 to " + MAX_COUNT + ", was " + count);
        }
        if (index < 1 || index > count) {
            throw new IllegalArgumentException("shard index must be 1 to " + count + ", was " + index);
        }
    }

    /** Whether the scenario at {@code position} (0-based) of the full list is this shard's. */
    public boolean owns(int position) {
        return position % count == index - 1;
    }

    /** This shard's share of the full list, in the list's order. */
    public <T> List<T> slice(List<T> all) {
        List<T> mine = new ArrayList<>();
        for (int p = index - 1; p < all.size(); p += count) {
            mine.add(all.get(p));
        }
        return mine;
    }

    /** How many of {@code total} scenarios this shard plays. */
    public int sizeOf(int total) {
        return total / count + (index - 1 < total % count ? 1 : 0);
    }

    /** {@code 2/3}, as {@code --shard} takes it. */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}

package dev.curveball.examples;

import java.time.LocalDate;

/**
 * The date in the demo world. acme-support runs on a fixed clock ({@code today: 2026-11-26} in its
 * world.yaml) so that "delivered 10 days ago" stays true, and the agent protocol carries no date,
 * so the demo agents count refund windows from the same day.
 *
 * <pre>{@code order.daysSinceDelivery(AcmeClock.TODAY)}</pre>
 */
final class AcmeClock {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private AcmeClock() {
    }
}

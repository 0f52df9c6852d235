package dev.curveball.results.nightly;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The seed of a night's fresh scenarios: the date read as a number, {@code 2026-12-04} gives
 * {@code 20261204}. Each night plays scenarios it has not played before, and any night can be played
 * again exactly ({@code curveball nightly --date 2026-12-04}, or {@code run --seed 20261204}); the
 * manifest records the seed.
 */
public final class NightlySeed {
    private static final DateTimeFormatter DIGITS = DateTimeFormatter.BASIC_ISO_DATE;

    private NightlySeed() {
    }

    public static long of(LocalDate date) {
        return Long.parseLong(date.format(DIGITS));
    }
}

package dev.curveball.core.limit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} value: whole seconds ({@code 120}) or an HTTP date
 * ({@code Wed, 21 Oct 2026 07:28:00 GMT}, as a wait from {@code now}; a date in the past is no
 * wait). Anything else is as if the header were absent. Waits are capped at a day.
 *
 * <pre>{@code RetryAfter.parse("2", Instant.now())  // Optional[PT2S]}</pre>
 */
public final class RetryAfter {
    private static final Duration LONGEST = Duration.ofDays(1);

    private RetryAfter() {
    }

    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        if (text.chars().allMatch(Character::isDigit)) {
            return Optional.of(text.length() > 6 ? LONGEST : min(Duration.ofSeconds(Long.parseLong(text))));
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : min(wait));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration min(Duration wait) {
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}

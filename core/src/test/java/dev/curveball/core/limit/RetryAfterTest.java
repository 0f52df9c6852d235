package dev.curveball.core.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void readsWholeSeconds() {
        assertThat(RetryAfter.parse("2", NOW)).contains(Duration.ofSeconds(2));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void readsAnHttpDateAsTheWaitFromNow() {
        assertThat(RetryAfter.parse("Thu, 26 Nov 2026 10:00:30 GMT", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Thu, 26 Nov 2026 09:59:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void ignoresWhatIsNeither() {
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-3", NOW)).isEmpty();
        assertThat(RetryAfter.parse("1.5", NOW)).isEmpty();
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    }

    @Test
    void capsAHugeWaitAtADay() {
        assertThat(RetryAfter.parse("99999999999999999999", NOW)).contains(Duration.ofDays(1));
    }
}

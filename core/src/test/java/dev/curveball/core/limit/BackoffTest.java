package dev.curveball.core.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.testkit.FakeTicker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final FakeTicker ticker = new FakeTicker();

    private Backoff backoff(RetryPolicy policy, long deadline) {
        return new Backoff(policy, ticker, new SplittableRandom(7), ticker.nanoTime(), deadline);
    }

    @Test
    void fullJitterStaysUnderTheDoublingCeiling() {
        RetryPolicy policy = new RetryPolicy(6, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(5), Jitter.FULL);
        Backoff retries = backoff(policy, Long.MAX_VALUE);
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            waits.add(retries.nextWait(null));
        }
        assertThat(waits.get(0)).isBetween(0L, 1_000_000_000L);
        assertThat(waits.get(1)).isBetween(0L, 2_000_000_000L);
        assertThat(waits.get(2)).isBetween(0L, 4_000_000_000L);
        assertThat(waits.subList(3, 5)).allSatisfy(w -> assertThat(w).isBetween(0L, 5_000_000_000L));
        assertThat(retries.attempts()).isEqualTo(6);
        assertThat(retries.nextWait(null)).isEqualTo(-1);
        assertThat(retries.why()).isNull();
    }

    @Test
    void theSameSeedDrawsTheSameWaits() {
        RetryPolicy policy = RetryPolicy.defaults();
        Backoff a = backoff(policy, Long.MAX_VALUE);
        Backoff b = backoff(policy, Long.MAX_VALUE);
        assertThat(List.of(a.nextWait(null), a.nextWait(null))).isEqualTo(List.of(b.nextWait(null), b.nextWait(null)));
    }

    @Test
    void decorrelatedJitterStaysBetweenTheBaseAndThreeTimesThePreviousWait() {
        RetryPolicy policy = new RetryPolicy(20, Duration.ofHours(1), Duration.ofMillis(100), Duration.ofSeconds(2), Jitter.DECORRELATED);
        Backoff retries = backoff(policy, Long.MAX_VALUE);
        long previous = 100_000_000L;
        for (int i = 0; i < 19; i++) {
            long wait = retries.nextWait(null);
            assertThat(wait).isBetween(100_000_000L, Math.min(2_000_000_000L, previous * 3));
            previous = wait;
        }
    }

    @Test
    void aRetryAfterWinsOverTheBackoffEvenAboveTheLongestDelay() {
        Backoff retries = backoff(RetryPolicy.defaults(), Long.MAX_VALUE);
        assertThat(retries.nextWait(Duration.ofSeconds(45))).isEqualTo(Duration.ofSeconds(45).toNanos());
    }

    @Test
    void givesUpWhenTheRetryAfterIsPastTheTotalTime() {
        Backoff retries = backoff(RetryPolicy.defaults(), Long.MAX_VALUE);
        ticker.advance(Duration.ofSeconds(50));
        assertThat(retries.nextWait(Duration.ofSeconds(20))).isEqualTo(-1);
        assertThat(retries.why()).isEqualTo("the server asked to wait 20.0 s, more than the 10.0 s left before the retry time limit of 60 s");
        assertThat(retries.gaveUp("HTTP 429", null)).hasMessage("gave up after 1 attempt in 50.0 s "
                + "(the server asked to wait 20.0 s, more than the 10.0 s left before the retry time limit of 60 s): HTTP 429");
    }

    @Test
    void theCallersDeadlineEndsTheRetriesWhenItComesFirst() {
        Backoff retries = backoff(RetryPolicy.defaults(), ticker.nanoTime() + Duration.ofSeconds(3).toNanos());
        assertThat(retries.nextWait(Duration.ofSeconds(2))).isPositive();
        ticker.advance(Duration.ofSeconds(2));
        assertThat(retries.nextWait(Duration.ofSeconds(2))).isEqualTo(-1);
        assertThat(retries.why()).endsWith("before the deadline");
    }
}

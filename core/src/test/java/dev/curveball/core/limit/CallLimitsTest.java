package dev.curveball.core.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.testkit.FakeTicker;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CallLimitsTest {
    private final FakeTicker ticker = new FakeTicker();

    /** A failure carrying its HTTP status and Retry-After, as a client library would throw it. */
    static final class StatusFailure extends RuntimeException {
        final int status;
        final Duration retryAfter;

        StatusFailure(int status, Duration retryAfter) {
            super("HTTP " + status);
            this.status = status;
            this.retryAfter = retryAfter;
        }
    }

    private static final CallLimits.FailureReader BY_STATUS = e -> e instanceof StatusFailure s && AttemptFailure.retriableStatus(s.status)
            ? AttemptFailure.retriable("HTTP " + s.status, s.retryAfter) : AttemptFailure.FINAL;

    private CallLimits limits(RetryPolicy policy) {
        return CallLimits.of(policy, RequestLimits.NONE, ticker, new SplittableRandom(1));
    }

    private static <T> java.util.function.Supplier<T> script(AtomicInteger calls, Deque<RuntimeException> failures, T result) {
        return () -> {
            calls.incrementAndGet();
            RuntimeException next = failures.poll();
            if (next != null) {
                throw next;
            }
            return result;
        };
    }

    @Test
    void retriesA429AfterItsRetryAfterThenSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        Deque<RuntimeException> failures = new ArrayDeque<>(List.of(new StatusFailure(429, Duration.ofSeconds(2)),
                new StatusFailure(429, Duration.ofSeconds(3))));
        String result = limits(RetryPolicy.defaults()).call(script(calls, failures, "ok"), BY_STATUS);
        assertThat(result).isEqualTo("ok");
        assertThat(calls).hasValue(3);
        assertThat(ticker.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3));
    }

    @Test
    void givesUpAfterTheAttemptsNamingTheLastStatus() {
        AtomicInteger calls = new AtomicInteger();
        java.util.function.Supplier<String> alwaysDown = () -> {
            calls.incrementAndGet();
            throw new StatusFailure(503, null);
        };
        assertThatThrownBy(() -> limits(RetryPolicy.defaults()).call(alwaysDown, BY_STATUS))
                .isInstanceOfSatisfying(GaveUp.class, g -> {
                    assertThat(g.attempts()).isEqualTo(4);
                    assertThat(g.status()).isEqualTo("HTTP 503");
                    assertThat(g.getCause()).isInstanceOf(StatusFailure.class);
                })
                .hasMessageMatching("gave up after 4 attempts in \\d+\\.\\d s: HTTP 503");
        assertThat(calls).hasValue(4);
        assertThat(ticker.sleeps()).hasSize(3);
    }

    @Test
    void neverRetriesWhatIsNotRetriable() {
        AtomicInteger calls = new AtomicInteger();
        Deque<RuntimeException> failures = new ArrayDeque<>(List.of(new StatusFailure(401, null)));
        assertThatThrownBy(() -> limits(RetryPolicy.defaults()).call(script(calls, failures, "ok"), BY_STATUS))
                .isInstanceOf(StatusFailure.class).hasMessage("HTTP 401");
        assertThat(calls).hasValue(1);
        assertThat(ticker.sleeps()).isEmpty();
    }

    @Test
    void stopsAtTheTotalTimeEvenWithAttemptsLeft() {
        RetryPolicy policy = new RetryPolicy(50, Duration.ofSeconds(10), Duration.ofSeconds(4), Duration.ofSeconds(4), Jitter.DECORRELATED);
        AtomicInteger calls = new AtomicInteger();
        java.util.function.Supplier<String> alwaysDown = () -> {
            calls.incrementAndGet();
            throw new StatusFailure(500, null);
        };
        assertThatThrownBy(() -> limits(policy).call(alwaysDown, BY_STATUS)).isInstanceOf(GaveUp.class)
                .hasMessageContaining("(the next wait would pass the retry time limit of 10 s)");
        assertThat(calls).hasValue(3); // at 0, 4 and 8 s; a third wait of 4 s would end at 12
    }

    @Test
    void limitsEveryAttemptRetriesIncluded() {
        CallLimits limits = CallLimits.of(RetryPolicy.defaults(), new RequestLimits(30, 0), ticker, new SplittableRandom(1));
        AtomicInteger calls = new AtomicInteger();
        long start = ticker.nanoTime();
        limits.call(script(calls, new ArrayDeque<>(List.of(new StatusFailure(503, Duration.ZERO))), "ok"), BY_STATUS);
        assertThat(calls).hasValue(2);
        assertThat(ticker.nanoTime() - start).isEqualTo(Duration.ofSeconds(2).toNanos());
    }

    @Test
    void anInterruptedWaitEndsTheCallAndKeepsTheFlag() {
        Ticker interrupting = new Ticker() {
            public long nanoTime() {
                return ticker.nanoTime();
            }

            public void sleep(long nanos) throws InterruptedException {
                throw new InterruptedException();
            }

            public java.time.Instant now() {
                return ticker.now();
            }
        };
        CallLimits limits = CallLimits.of(RetryPolicy.defaults(), RequestLimits.NONE, interrupting, new SplittableRandom(1));
        try {
            assertThatThrownBy(() -> limits.call(script(new AtomicInteger(), new ArrayDeque<>(List.of(new StatusFailure(503, null))), "ok"),
                    BY_STATUS)).isInstanceOf(CallLimits.Interrupted.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}

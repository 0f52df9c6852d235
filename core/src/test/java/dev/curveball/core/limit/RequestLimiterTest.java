package dev.curveball.core.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.testkit.FakeTicker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestLimiterTest {

    @Test
    void spacesStartsEvenlyAtTheRate() throws Exception {
        FakeTicker ticker = new FakeTicker();
        RequestLimiter limiter = RequestLimiter.of(new RequestLimits(120, 0), ticker);
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            limiter.acquire(Long.MAX_VALUE);
            starts.add(ticker.nanoTime());
            limiter.release();
        }
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - 1)).isEqualTo(TimeUnit.MILLISECONDS.toNanos(500));
        }
    }

    @Test
    void aQuietSpellEarnsNoBurst() throws Exception {
        FakeTicker ticker = new FakeTicker();
        RequestLimiter limiter = RequestLimiter.of(new RequestLimits(60, 0), ticker);
        limiter.acquire(Long.MAX_VALUE);
        ticker.advance(Duration.ofMinutes(5));
        long before = ticker.nanoTime();
        limiter.acquire(Long.MAX_VALUE);
        limiter.acquire(Long.MAX_VALUE);
        assertThat(ticker.nanoTime() - before).isEqualTo(TimeUnit.SECONDS.toNanos(1));
    }

    @Test
    void refusesASlotPastTheDeadlineWithoutTakingIt() throws Exception {
        FakeTicker ticker = new FakeTicker();
        RequestLimiter limiter = RequestLimiter.of(new RequestLimits(6, 0), ticker);
        limiter.acquire(Long.MAX_VALUE);
        long deadline = ticker.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        assertThatThrownBy(() -> limiter.acquire(deadline)).isInstanceOf(RequestLimiter.LimitTimeout.class)
                .hasMessageContaining("6 requests a minute");
        long before = ticker.nanoTime();
        limiter.acquire(Long.MAX_VALUE);
        assertThat(ticker.nanoTime() - before).isEqualTo(TimeUnit.SECONDS.toNanos(10));
    }

    @Test
    void neverHasMoreInFlightThanTheCap() throws Exception {
        RequestLimiter limiter = RequestLimiter.of(new RequestLimits(0, 3), Ticker.system());
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                all.add(pool.submit(() -> {
                    limiter.acquire(System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
                    try {
                        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                        Thread.sleep(5);
                        inFlight.decrementAndGet();
                    } finally {
                        limiter.release();
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(3);
    }

    @Test
    void aWaitForAPlaceEndsAtTheDeadlineOrOnAnInterrupt() throws Exception {
        RequestLimiter limiter = RequestLimiter.of(new RequestLimits(0, 1), Ticker.system());
        limiter.acquire(Long.MAX_VALUE);
        assertThatThrownBy(() -> limiter.acquire(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(30)))
                .isInstanceOf(RequestLimiter.LimitTimeout.class).hasMessageContaining("1 requests allowed at once");
        CountDownLatch waiting = new CountDownLatch(1);
        List<Throwable> seen = new ArrayList<>();
        Thread waiter = new Thread(() -> {
            waiting.countDown();
            try {
                limiter.acquire(System.nanoTime() + TimeUnit.SECONDS.toNanos(30));
            } catch (Exception e) {
                seen.add(e);
            }
        });
        waiter.start();
        waiting.await();
        Thread.sleep(20);
        waiter.interrupt();
        waiter.join(5_000);
        assertThat(seen).singleElement().isInstanceOf(InterruptedException.class);
        limiter.release();
        limiter.acquire(System.nanoTime() + TimeUnit.SECONDS.toNanos(1)); // the interrupted wait took no place
    }
}

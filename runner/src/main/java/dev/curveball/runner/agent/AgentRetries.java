package dev.curveball.runner.agent;

import dev.curveball.core.limit.AttemptFailure;
import dev.curveball.core.limit.Backoff;
import dev.curveball.core.limit.CallLimits;
import dev.curveball.core.limit.GaveUp;
import dev.curveball.core.limit.RequestLimiter;
import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryAfter;
import dev.curveball.core.limit.RetryPolicy;
import java.time.Duration;
import java.time.Instant;

/**
 * The limits and retries of one HTTP agent's turns ({@link AgentSettings#retry()},
 * {@link AgentSettings#limits()}): every attempt of a turn waits for its slot, and a turn answered
 * 429 or 5xx (not 501, 505) is sent again after the backoff or the agent's {@code Retry-After},
 * all within the turn timeout. Made once per adapter; a turn answered 200 at once pays a status
 * comparison, and with no limit set nothing is locked.
 */
final class AgentRetries {
    /** One attempt of a turn: the request sent and its answer read, by the deadline. */
    interface Exchange {
        HttpAnswer send(byte[] request, Deadline deadline) throws ExchangeFailure;
    }

    private final CallLimits limits;
    private final RequestLimiter limiter;
    private final boolean retries;

    AgentRetries(RetryPolicy policy, RequestLimits limits) {
        this.limits = CallLimits.of(policy, limits);
        this.limiter = this.limits.limiter();
        this.retries = policy.maxAttempts() > 1;
    }

    /** Whether {@code answer} is worth sending the turn again for. */
    boolean retriable(HttpAnswer answer) {
        return retries && AttemptFailure.retriableStatus(answer.status());
    }

    /** One attempt, in its limiter slot when a limit is set. */
    HttpAnswer attempt(byte[] request, Deadline deadline, Exchange exchange) throws ExchangeFailure, AgentFailure {
        if (limiter == null) {
            return exchange.send(request, deadline);
        }
        try {
            limiter.acquire(deadline.endsAtNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExchangeFailure(ExchangeFailure.Kind.INTERRUPTED, false, "interrupted while waiting for a slot", e);
        } catch (RequestLimiter.LimitTimeout e) {
            throw new AgentFailure("the turn could not be sent within the turn timeout of " + seconds(deadline.budget())
                    + " s: " + e.getMessage() + " (--agent-rpm " + limits.limits().requestsPerMinute() + ", --agent-concurrency "
                    + limits.limits().maxConcurrent() + ")", false);
        }
        try {
            return exchange.send(request, deadline);
        } finally {
            limiter.release();
        }
    }

    /**
     * Sends the turn again until an answer is not retriable, which is returned, or the policy or the
     * turn timeout runs out: then the last answer's failure, saying after how many attempts in how long.
     */
    HttpAnswer retry(HttpAnswer first, byte[] request, Deadline deadline, Exchange exchange) throws ExchangeFailure, AgentFailure {
        Backoff backoff = limits.backoff(new Backoff.Window(deadline.startedNanos(), deadline.endsAtNanos(), "turn timeout"));
        HttpAnswer answer = first;
        while (retriable(answer)) {
            Duration asked = RetryAfter.parse(answer.retryAfter(), Instant.now()).orElse(null);
            long wait = backoff.nextWait(asked);
            if (wait < 0) {
                GaveUp gaveUp = backoff.gaveUp("HTTP " + answer.status(), null);
                throw new AgentFailure(GaveUp.summary(gaveUp.attempts(), gaveUp.elapsed().toNanos(), gaveUp.why()) + ": "
                        + statusMessage(answer), false);
            }
            pause(wait);
            answer = attempt(request, deadline, exchange);
        }
        return answer;
    }

    private static String statusMessage(HttpAnswer answer) {
        try {
            AgentAnswer.read(answer.status(), answer.body());
            return "agent answered HTTP " + answer.status();
        } catch (AgentFailure e) {
            return e.getMessage();
        }
    }

    private void pause(long nanos) throws ExchangeFailure {
        try {
            limits.ticker().sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExchangeFailure(ExchangeFailure.Kind.INTERRUPTED, false, "interrupted while waiting to send the turn again", e);
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? Long.toString(duration.toSeconds()) : Double.toString(duration.toMillis() / 1000.0);
    }
}

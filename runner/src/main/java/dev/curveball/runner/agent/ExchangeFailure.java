package dev.curveball.runner.agent;

import java.io.IOException;

/**
 * Why one request/answer exchange with an HTTP agent went wrong, told apart the way the adapter
 * needs: only {@link Kind#NO_ANSWER} (the connection failed before any byte of the answer came
 * back) may be retried, because only then can the agent not have answered the turn.
 */
final class ExchangeFailure extends IOException {
    private static final long serialVersionUID = 1L;

    enum Kind {
        /** No connection could be made (refused, unknown host, no route, connect timeout). */
        UNREACHABLE,
        /** Connected, but the TLS handshake failed. */
        TLS_FAILED,
        /** Closed or reset before any byte of the answer arrived: typically a kept-alive connection the agent had closed. */
        NO_ANSWER,
        /** The deadline passed; {@link #answerStarted()} says whether part of the answer had arrived. */
        TIMED_OUT,
        /** Closed or reset after part of the answer had arrived. */
        BROKEN,
        /** Bytes that are not an HTTP answer, or an answer framed wrongly. */
        MALFORMED,
        /** Headers or body over the limit. */
        TOO_LARGE,
        /** The waiting thread was interrupted (the run is being stopped). */
        INTERRUPTED
    }

    private final Kind kind;
    private final boolean answerStarted;

    ExchangeFailure(Kind kind, boolean answerStarted, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
        this.answerStarted = answerStarted;
    }

    ExchangeFailure(Kind kind, boolean answerStarted, String detail) {
        this(kind, answerStarted, detail, null);
    }

    Kind kind() {
        return kind;
    }

    boolean answerStarted() {
        return answerStarted;
    }

    /** The one-line reason of an I/O error, for messages ("Connection reset", "Broken pipe"). */
    static String reason(Throwable e) {
        Throwable cause = e.getMessage() == null && e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}

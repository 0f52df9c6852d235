package dev.curveball.runner.agent;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * The bytes of an agent's answers on one connection, buffered, with every read bounded by the
 * current turn's {@link Deadline} (the socket timeout is set to what is left before each read, so
 * an agent that drips its answer cannot stretch the turn). Counts what each answer has received,
 * which decides whether a failed exchange may be retried.
 */
final class AnswerInput {
    private final Socket socket;
    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private long received;
    private Deadline deadline;

    AnswerInput(Socket socket, InputStream in) {
        this.socket = socket;
        this.in = in;
    }

    /** Starts counting a new answer, to be complete by {@code deadline}. */
    void begin(Deadline deadline) {
        this.deadline = deadline;
        this.received = 0;
    }

    /** Bytes of the current answer received so far. */
    long received() {
        return received;
    }

    /** Whether bytes are buffered beyond what has been read: after a complete answer, a connection not to reuse. */
    boolean hasUnread() {
        return position < limit;
    }

    /**
     * One line without its CRLF (or bare LF), read as ISO-8859-1 as HTTP heads are.
     *
     * @throws EOFException when the connection ends before the line does
     * @throws ExchangeFailure ({@link ExchangeFailure.Kind#TOO_LARGE}) past {@code maxLength}
     */
    String readLine(int maxLength) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            if (position == limit && !fill()) {
                throw new EOFException();
            }
            byte b = buffer[position++];
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() == maxLength) {
                throw new ExchangeFailure(ExchangeFailure.Kind.TOO_LARGE, true, "a header line longer than " + maxLength + " bytes");
            }
            line.append((char) (b & 0xff));
        }
    }

    /** Up to {@code length} bytes into {@code target}; -1 when the connection has ended. */
    int read(byte[] target, int offset, int length) throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        int n = Math.min(length, limit - position);
        System.arraycopy(buffer, position, target, offset, n);
        position += n;
        return n;
    }

    private boolean fill() throws IOException {
        long left = deadline.remainingMillis();
        if (left == 0) {
            throw new SocketTimeoutException("the turn's deadline passed");
        }
        socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        received += n;
        return true;
    }
}

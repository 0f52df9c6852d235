package dev.curveball.runner.agent;

import dev.curveball.runner.agent.ExchangeFailure.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import jdk.net.ExtendedSocketOptions;

/**
 * One connection to an HTTP agent (plain, or TLS for {@code https://}), used for one exchange at a
 * time: the whole request goes out in one write with {@code TCP_NODELAY}, and the answer is read
 * within the turn's deadline. On Linux it asks for quick ACKs before each answer, so an agent that
 * writes its headers and body separately (with Nagle's algorithm on) is not held up by our delayed
 * ACK. A connection is reusable only after a complete answer that allowed keep-alive.
 */
final class AgentConnection implements AutoCloseable {
    /** How long an idle connection is kept when the agent does not say (common agent servers close after 5 s). */
    static final Duration DEFAULT_IDLE_LIMIT = Duration.ofSeconds(4);

    private final SocketChannel channel;
    private final Socket socket;
    private final OutputStream out;
    private final AnswerInput in;
    private final boolean quickAck;
    private final ByteBuffer probe = ByteBuffer.allocate(1);
    private volatile boolean expired;
    private boolean reusable;
    private long idleSinceNanos;
    private Duration idleLimit = DEFAULT_IDLE_LIMIT;

    private AgentConnection(SocketChannel channel, Socket socket) throws IOException {
        this.channel = channel;
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new AnswerInput(socket, socket.getInputStream());
        this.quickAck = channel.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK);
    }

    /** Connects within {@code connectTimeout} (and the deadline), with a TLS handshake through {@code tls} for https. */
    static AgentConnection open(AgentEndpoint endpoint, SSLSocketFactory tls, Duration connectTimeout, Deadline deadline)
            throws ExchangeFailure {
        SocketChannel channel = connect(endpoint, Math.min(connectTimeout.toMillis(), Math.max(1, deadline.remainingMillis())));
        try {
            Socket socket = endpoint.tls() ? handshake(tls, channel.socket(), endpoint, deadline) : channel.socket();
            return new AgentConnection(channel, socket);
        } catch (IOException e) {
            closeQuietly(channel);
            Kind kind = e instanceof ClosedByInterruptException ? Kind.INTERRUPTED
                    : e instanceof SocketTimeoutException ? Kind.TIMED_OUT : Kind.TLS_FAILED;
            throw new ExchangeFailure(kind, false, ExchangeFailure.reason(e), e);
        }
    }

    private static SocketChannel connect(AgentEndpoint endpoint, long timeoutMillis) throws ExchangeFailure {
        SocketChannel channel = null;
        try {
            InetSocketAddress address = new InetSocketAddress(endpoint.host(), endpoint.port());
            if (address.isUnresolved()) {
                throw new UnknownHostException("unknown host '" + endpoint.host() + "'");
            }
            channel = SocketChannel.open();
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.socket().connect(address, (int) timeoutMillis);
            return channel;
        } catch (IOException e) {
            closeQuietly(channel);
            throw connectFailure(e, timeoutMillis);
        }
    }

    private static ExchangeFailure connectFailure(IOException e, long timeoutMillis) {
        if (e instanceof ClosedByInterruptException) {
            return new ExchangeFailure(Kind.INTERRUPTED, false, "interrupted", e);
        }
        if (e instanceof SocketTimeoutException) {
            return new ExchangeFailure(Kind.UNREACHABLE, false, "no connection within " + timeoutMillis / 1000.0 + " s", e);
        }
        String hint = e instanceof UnknownHostException ? "" : "; is it running?";
        return new ExchangeFailure(Kind.UNREACHABLE, false, ExchangeFailure.reason(e) + hint, e);
    }

    private static Socket handshake(SSLSocketFactory factory, Socket plain, AgentEndpoint endpoint, Deadline deadline) throws IOException {
        SSLSocket tls = (SSLSocket) factory.createSocket(plain, endpoint.host(), endpoint.port(), true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.setSoTimeout((int) Math.max(1, deadline.remainingMillis()));
        tls.startHandshake();
        return tls;
    }

    /**
     * Sends {@code request} and reads the whole answer by {@code deadline}. A watchdog closes the
     * connection at the deadline, so a request the agent does not read cannot block the write.
     */
    HttpAnswer exchange(byte[] request, Deadline deadline) throws ExchangeFailure {
        reusable = false;
        in.begin(deadline);
        ScheduledFuture<?> alarm = Watchdog.TIMER.schedule(this::expire, deadline.remainingMillis(), TimeUnit.MILLISECONDS);
        try {
            send(request, deadline);
            HttpAnswer answer = new HttpAnswerReader(in, deadline).read();
            reusable = answer.keepAlive() && !in.hasUnread();
            if (answer.keepAliveTimeout() != null) {
                idleLimit = min(DEFAULT_IDLE_LIMIT, answer.keepAliveTimeout().multipliedBy(3).dividedBy(4));
            }
            return answer;
        } finally {
            alarm.cancel(false);
            reusable &= !expired;
        }
    }

    private void send(byte[] request, Deadline deadline) throws ExchangeFailure {
        try {
            out.write(request);
            out.flush();
            if (quickAck) {
                channel.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
            }
        } catch (ClosedByInterruptException e) {
            throw new ExchangeFailure(Kind.INTERRUPTED, false, "interrupted", e);
        } catch (IOException e) {
            if (expired || deadline.passed()) {
                throw new ExchangeFailure(Kind.TIMED_OUT, false, "while sending the turn", e);
            }
            throw new ExchangeFailure(Kind.NO_ANSWER, false,
                    "dropped the connection (" + ExchangeFailure.reason(e) + ") while the turn was being sent", e);
        }
    }

    /** Whether the last exchange ended so that the connection can carry another. */
    boolean reusable() {
        return reusable;
    }

    void markIdle() {
        idleSinceNanos = System.nanoTime();
    }

    /**
     * Whether an idle connection can carry another exchange: not idle past what the agent keeps,
     * and not closed by the agent meanwhile (a non-blocking read finds no end of stream and no
     * stray bytes).
     */
    boolean stillOpen() {
        if (System.nanoTime() - idleSinceNanos > idleLimit.toNanos()) {
            return false;
        }
        try {
            channel.configureBlocking(false);
            int n = channel.read(probe.clear());
            channel.configureBlocking(true);
            return n == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private void expire() {
        expired = true;
        close();
    }

    @Override
    public void close() {
        closeQuietly(socket);
        closeQuietly(channel);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception e) {
            // closing is best effort: the connection is being dropped either way
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static final class Watchdog {
        static final ScheduledExecutorService TIMER = timer();

        private static ScheduledExecutorService timer() {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
                Thread thread = new Thread(r, "curveball-agent-deadline");
                thread.setDaemon(true);
                return thread;
            });
            timer.setRemoveOnCancelPolicy(true);
            return timer;
        }
    }
}

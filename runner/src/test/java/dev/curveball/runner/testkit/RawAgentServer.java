package dev.curveball.runner.testkit;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLServerSocketFactory;

/**
 * An HTTP agent on loopback written on raw sockets, so a test chooses exactly what goes on the
 * wire: HTTP/1.0 that closes after each answer, keep-alive that closes idle connections, chunked
 * answers, resets, stalls. It answers each turn {@code {"reply":"answer to <conversation_id>"}},
 * writing headers and body in separate writes as small servers do, and counts requests and
 * connections.
 *
 * <pre>{@code try (RawAgentServer agent = RawAgentServer.closingAfterEvery(2)) {
 *     new HttpAgentAdapter(agent.uri(), Duration.ofSeconds(5)).respond(turn, tools);
 *     agent.requests(); agent.connections();
 * }}</pre>
 */
public final class RawAgentServer implements AutoCloseable {
    private static final Pattern CONVERSATION_ID = Pattern.compile("\"conversation_id\":\"([^\"]*)\"");

    /** How the server answers one request; returns whether to keep the connection for another. */
    @FunctionalInterface
    public interface Answerer {
        boolean answer(Request request, Socket socket) throws IOException;
    }

    /** One request as read: its place on its connection and overall (both from 1), and the conversation it is for. */
    public record Request(int onConnection, int overall, String conversationId) {
        /** The reply this server gives, as JSON bytes. */
        public byte[] reply() {
            return ("{\"reply\":\"answer to " + conversationId + "\"}").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** How an HTTP/1.0 agent frames the answer before closing. */
    public enum Http10Framing { CONNECTION_CLOSE_AND_LENGTH, LENGTH_ONLY, NEITHER }

    private final ServerSocket server;
    private final boolean tls;
    private final Answerer answerer;
    private final Duration idleClose;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "raw-agent");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();

    private RawAgentServer(Answerer answerer, Duration idleClose, ServerSocketFactory sockets) {
        this.answerer = answerer;
        this.idleClose = idleClose;
        this.tls = sockets instanceof SSLServerSocketFactory;
        try {
            server = sockets.createServerSocket(0, 64, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(this::accept);
    }

    /** Answers every request with {@code answerer}. */
    public static RawAgentServer answering(Answerer answerer) {
        return answering(answerer, ServerSocketFactory.getDefault());
    }

    /** Answers every request with {@code answerer}, on server sockets from {@code sockets} (TLS ones for https). */
    public static RawAgentServer answering(Answerer answerer, ServerSocketFactory sockets) {
        return new RawAgentServer(answerer, null, sockets);
    }

    /** HTTP/1.0: answers, then closes the connection, framed as {@code framing} says. */
    public static RawAgentServer http10ClosingAfterEachAnswer(Http10Framing framing) {
        return answering(http10Answer(framing));
    }

    /** The answer of an HTTP/1.0 agent that closes after it, framed as {@code framing} says. */
    public static Answerer http10Answer(Http10Framing framing) {
        return (request, socket) -> {
            byte[] body = request.reply();
            String head = "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n"
                    + (framing == Http10Framing.CONNECTION_CLOSE_AND_LENGTH ? "Connection: close\r\n" : "")
                    + (framing == Http10Framing.NEITHER ? "" : "Content-Length: " + body.length + "\r\n");
            writeSplit(socket, head, body);
            return false;
        };
    }

    /** HTTP/1.1 keep-alive, never closing a connection itself. */
    public static RawAgentServer keepingAlive() {
        return new RawAgentServer(RawAgentServer::keepAliveAnswer, null, ServerSocketFactory.getDefault());
    }

    /** HTTP/1.1 keep-alive that closes a connection idle for {@code idle}, without notice. */
    public static RawAgentServer keepingAliveUntilIdleFor(Duration idle) {
        return new RawAgentServer(RawAgentServer::keepAliveAnswer, idle, ServerSocketFactory.getDefault());
    }

    /** HTTP/1.1 keep-alive that silently closes each connection after {@code count} answers. */
    public static RawAgentServer closingAfterEvery(int count) {
        return answering((request, socket) -> keepAliveAnswer(request, socket) && request.onConnection() % count != 0);
    }

    /** HTTP/1.1 keep-alive, answering with {@code Transfer-Encoding: chunked}: three chunks, extensions, a trailer. */
    public static RawAgentServer answeringInChunks() {
        return answering((request, socket) -> {
            String reply = new String(request.reply(), StandardCharsets.UTF_8);
            int third = reply.length() / 3;
            OutputStream out = socket.getOutputStream();
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            for (String part : List.of(reply.substring(0, third), reply.substring(third, 2 * third), reply.substring(2 * third))) {
                write(out, Integer.toHexString(part.length()) + ";note=\"part\"\r\n" + part + "\r\n");
            }
            write(out, "0\r\nX-Checksum: none\r\n\r\n");
            return true;
        });
    }

    /** Resets the connection without a byte for the first {@code count} requests, then answers as HTTP/1.1 keep-alive. */
    public static RawAgentServer resettingTheFirst(int count) {
        return answering((request, socket) -> {
            if (request.overall() <= count) {
                reset(socket);
                return false;
            }
            return keepAliveAnswer(request, socket);
        });
    }

    /** The answer of an HTTP/1.1 keep-alive agent: {@code Content-Length} framed, connection kept. */
    public static boolean keepAliveAnswer(Request request, Socket socket) throws IOException {
        byte[] body = request.reply();
        writeSplit(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n", body);
        return true;
    }

    /** Writes {@code headLines} and the blank line, then {@code body} in a second write. */
    public static void writeSplit(Socket socket, String headLines, byte[] body) throws IOException {
        OutputStream out = socket.getOutputStream();
        write(out, headLines + "\r\n");
        out.write(body);
        out.flush();
    }

    public static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Closes {@code socket} with a TCP reset instead of an orderly close. */
    public static void reset(Socket socket) throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    public URI uri() {
        return URI.create((tls ? "https" : "http") + "://127.0.0.1:" + server.getLocalPort() + "/turn");
    }

    public int requests() {
        return requests.get();
    }

    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                open.add(socket);
                threads.execute(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            boolean keep = true;
            for (int onConnection = 1; keep; onConnection++) {
                socket.setSoTimeout(idleClose != null && onConnection > 1 ? (int) idleClose.toMillis() : 0);
                String body = readRequest(in);
                if (body == null) {
                    return;
                }
                Matcher id = CONVERSATION_ID.matcher(body);
                keep = answerer.answer(new Request(onConnection, requests.incrementAndGet(), id.find() ? id.group(1) : ""), socket);
            }
        } catch (SocketTimeoutException e) {
            // idle for too long: close, as keep-alive servers do
        } catch (IOException e) {
            // the client went away or the test closed the server
        } finally {
            open.remove(socket);
        }
    }

    /** One request's body (after its head and Content-Length bytes), or null when the connection ended first. */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        for (int last4 = 0; last4 != 0x0d0a0d0a; ) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            last4 = (last4 << 8) | b;
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        byte[] body = in.readNBytes(length);
        return body.length == length ? new String(body, StandardCharsets.UTF_8) : null;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing a test server: nothing to do
        }
        open.forEach(socket -> {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        });
        threads.shutdownNow();
    }
}

package dev.curveball.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An HTTP agent on loopback, on raw sockets, that answers every turn at once with a fixed reply
 * but writes the status line and headers in one write and the body in another, as many small
 * servers do (Nagle left on, like their defaults). Either HTTP/1.1 keep-alive, or HTTP/1.0 that
 * closes the connection after each answer without saying so.
 */
final class SplitWriteAgent implements AutoCloseable {
    private static final byte[] BODY = "{\"reply\":\"Your refund is pending approval.\"}".getBytes(StandardCharsets.UTF_8);

    private final ServerSocket server;
    private final boolean keepAlive;

    SplitWriteAgent(boolean keepAlive) {
        this.keepAlive = keepAlive;
        try {
            server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "bench-agent");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/turn");
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread connection = new Thread(() -> serve(socket), "bench-agent-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            do {
                if (!readRequest(in)) {
                    return;
                }
                String head = String.format(Locale.ROOT, "HTTP/1.%d 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n",
                        keepAlive ? 1 : 0, BODY.length);
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                out.write(BODY);
                out.flush();
            } while (keepAlive);
        } catch (IOException e) {
            // the client went away; nothing to report in a bench
        }
    }

    /** Reads one request head and its Content-Length body; false at end of stream. */
    private static boolean readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        return in.readNBytes(length).length == length;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

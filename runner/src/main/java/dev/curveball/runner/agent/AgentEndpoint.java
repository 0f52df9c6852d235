package dev.curveball.runner.agent;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where an HTTP agent listens, taken apart once: the host and port to connect to, whether it is
 * TLS, and the request line and {@code Host} header every turn's {@code POST} carries.
 *
 * <pre>{@code AgentEndpoint.of(URI.create("http://127.0.0.1:8080/turn?v=1")).post(json)
 * // "POST /turn?v=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n...\r\n\r\n" followed by json, in one array}</pre>
 */
record AgentEndpoint(URI uri, String host, int port, boolean tls, String target, String hostHeader) {

    static AgentEndpoint of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http:// or https:// URL: " + uri);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("no host in " + uri);
        }
        boolean tls = scheme.equals("https");
        int defaultPort = tls ? 443 : 80;
        int port = uri.getPort() == -1 ? defaultPort : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        String host = uri.getHost();
        String hostHeader = port == defaultPort ? host : host + ":" + port;
        return new AgentEndpoint(uri, unbracketed(host), port, tls, target, hostHeader);
    }

    /** The whole request, head and JSON body, as one array so it goes out in one write. */
    byte[] post(byte[] json) {
        return post(json, AgentHeaders.NONE, null);
    }

    /**
     * As {@link #post(byte[])}, with the user's {@code headers} (a {@code User-Agent} or
     * {@code Accept} among them replaces Curveball's), and {@code Curveball-Message: <message>}
     * when {@code message} is not null: a request that is not a turn says so in its head too.
     */
    byte[] post(byte[] json, AgentHeaders headers, String message) {
        String head = "POST " + target + " HTTP/1.1\r\n"
                + "Host: " + hostHeader + "\r\n"
                + (headers.has("User-Agent") ? "" : "User-Agent: curveball\r\n")
                + "Content-Type: application/json\r\n"
                + (headers.has("Accept") ? "" : "Accept: application/json\r\n")
                + (message == null ? "" : "Curveball-Message: " + message + "\r\n")
                + headers.lines()
                + "Content-Length: " + json.length + "\r\n"
                + "\r\n";
        ByteArrayOutputStream request = new ByteArrayOutputStream(head.length() + json.length);
        request.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(json);
        return request.toByteArray();
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}

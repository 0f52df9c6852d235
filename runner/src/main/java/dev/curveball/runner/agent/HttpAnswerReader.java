package dev.curveball.runner.agent;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one HTTP/1.x answer: status line, headers (skipping {@code 1xx} interim answers), and a
 * body framed by {@code Content-Length}, by {@code Transfer-Encoding: chunked} (extensions and
 * trailers allowed), or by the agent closing the connection. Every way it can go wrong becomes an
 * {@link ExchangeFailure} saying how far the answer had got.
 */
final class HttpAnswerReader {
    static final int MAX_HEAD = 64 * 1024;
    static final int MAX_BODY = 16 * 1024 * 1024;
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.([01]) (\\d{3})(?: .*)?");
    private static final Pattern CHUNK_SIZE = Pattern.compile("([0-9a-fA-F]{1,8})[ \\t]*(?:;.*)?");
    private static final Pattern KEEP_ALIVE_TIMEOUT = Pattern.compile("(?i)(?:^|,)\\s*timeout\\s*=\\s*(\\d{1,6})");

    private final AnswerInput in;
    private final Deadline deadline;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final byte[] chunk = new byte[8192];
    private int headBytes;
    private boolean headComplete;
    private long length = -1;
    private String framing = "";

    HttpAnswerReader(AnswerInput in, Deadline deadline) {
        this.in = in;
        this.deadline = deadline;
    }

    HttpAnswer read() throws ExchangeFailure {
        try {
            return readAnswer();
        } catch (ExchangeFailure e) {
            throw e;
        } catch (ClosedByInterruptException e) {
            throw new ExchangeFailure(ExchangeFailure.Kind.INTERRUPTED, in.received() > 0, "interrupted", e);
        } catch (IOException e) {
            boolean started = in.received() > 0;
            if (e instanceof SocketTimeoutException || deadline.passed()) {
                throw new ExchangeFailure(ExchangeFailure.Kind.TIMED_OUT, started, progress(), e);
            }
            String what = e instanceof EOFException ? "closed the connection" : "dropped the connection (" + ExchangeFailure.reason(e) + ")";
            throw new ExchangeFailure(started ? ExchangeFailure.Kind.BROKEN : ExchangeFailure.Kind.NO_ANSWER, started,
                    what + " " + progress(), e);
        }
    }

    private HttpAnswer readAnswer() throws IOException {
        while (true) {
            String statusLine = headLine();
            if (statusLine.isEmpty()) {
                continue; // a stray CRLF after a previous answer
            }
            Matcher status = STATUS_LINE.matcher(statusLine);
            if (!status.matches()) {
                throw malformed("the answer does not start with an HTTP/1.x status line: " + AgentAnswer.excerpt(statusLine));
            }
            List<String[]> headers = headers();
            int code = Integer.parseInt(status.group(2));
            if (code >= 100 && code < 200 && code != 101) {
                continue; // an interim answer such as 100 Continue; the real one follows
            }
            headComplete = true;
            boolean delimitedByClose = readBody(code, headers);
            boolean keepAlive = !delimitedByClose && keepsAlive(status.group(1).equals("1"), headers);
            return new HttpAnswer(code, body.toString(StandardCharsets.UTF_8), keepAlive, keepAliveTimeout(headers),
                    code == 200 ? null : retryAfter(headers));
        }
    }

    private List<String[]> headers() throws IOException {
        List<String[]> headers = new ArrayList<>();
        for (String line = headLine(); !line.isEmpty(); line = headLine()) {
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && !headers.isEmpty()) {
                String[] last = headers.get(headers.size() - 1);
                last[1] = last[1] + " " + line.strip(); // an obsolete folded continuation line
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw malformed("a header line without a name and a colon: " + AgentAnswer.excerpt(line));
            }
            headers.add(new String[] {line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip()});
        }
        return headers;
    }

    private String headLine() throws IOException {
        String line = in.readLine(MAX_HEAD);
        headBytes += line.length() + 2;
        if (headBytes > MAX_HEAD) {
            throw new ExchangeFailure(ExchangeFailure.Kind.TOO_LARGE, true, "status line and headers over " + MAX_HEAD + " bytes");
        }
        return line;
    }

    /** Reads the body into {@link #body}; true when it was delimited by the agent closing the connection. */
    private boolean readBody(int code, List<String[]> headers) throws IOException {
        if (code == 204 || code == 304) {
            return false;
        }
        List<String> codings = tokens(headers, "transfer-encoding");
        if (!codings.isEmpty() && codings.get(codings.size() - 1).equals("chunked")) {
            framing = " of a chunked body";
            readChunks();
            return false;
        }
        length = codings.isEmpty() ? contentLength(headers) : -1;
        if (length >= 0) {
            readExactly(length);
            return false;
        }
        framing = " of a body delimited by closing the connection";
        for (int n = in.read(chunk, 0, chunk.length); n >= 0; n = in.read(chunk, 0, chunk.length)) {
            append(n);
        }
        return true;
    }

    private void readChunks() throws IOException {
        for (long size = chunkSize(in.readLine(MAX_HEAD)); size > 0; size = chunkSize(in.readLine(MAX_HEAD))) {
            readExactly(size);
            String end = in.readLine(MAX_HEAD);
            if (!end.isEmpty()) {
                throw malformed("a chunk longer than its declared size: " + AgentAnswer.excerpt(end));
            }
        }
        while (!in.readLine(MAX_HEAD).isEmpty()) {
            // trailer fields: nothing here needs them
        }
    }

    private long chunkSize(String line) throws ExchangeFailure {
        Matcher size = CHUNK_SIZE.matcher(line.strip());
        if (!size.matches()) {
            throw malformed("an invalid chunk size line in a chunked body: " + AgentAnswer.excerpt(line));
        }
        return Long.parseLong(size.group(1), 16);
    }

    private long contentLength(List<String[]> headers) throws ExchangeFailure {
        List<String> values = tokens(headers, "content-length");
        if (values.isEmpty()) {
            return -1;
        }
        if (values.stream().distinct().count() > 1 || !values.get(0).matches("\\d{1,18}")) {
            throw malformed("an invalid Content-Length: " + String.join(", ", values));
        }
        return Long.parseLong(values.get(0));
    }

    private void readExactly(long count) throws IOException {
        for (long left = count; left > 0; ) {
            int n = in.read(chunk, 0, (int) Math.min(chunk.length, left));
            if (n < 0) {
                throw new EOFException();
            }
            append(n);
            left -= n;
        }
    }

    private void append(int n) throws ExchangeFailure {
        if (body.size() + (long) n > MAX_BODY) {
            throw new ExchangeFailure(ExchangeFailure.Kind.TOO_LARGE, true, "a body over " + MAX_BODY + " bytes");
        }
        body.write(chunk, 0, n);
    }

    private ExchangeFailure malformed(String detail) {
        return new ExchangeFailure(ExchangeFailure.Kind.MALFORMED, true, detail);
    }

    /** How far the answer had got: "after the headers and 12 of 48 body bytes". */
    private String progress() {
        if (in.received() == 0) {
            return "before any byte of the answer";
        }
        if (!headComplete) {
            return "before the end of the headers (" + in.received() + " bytes received)";
        }
        return "after the headers and " + body.size() + (length >= 0 ? " of " + length + " body bytes" : " body bytes" + framing);
    }

    private static boolean keepsAlive(boolean http11, List<String[]> headers) {
        List<String> connection = tokens(headers, "connection");
        return http11 ? !connection.contains("close") : connection.contains("keep-alive");
    }

    private static Duration keepAliveTimeout(List<String[]> headers) {
        for (String[] header : headers) {
            Matcher timeout = KEEP_ALIVE_TIMEOUT.matcher(header[1]);
            if (header[0].equals("keep-alive") && timeout.find()) {
                return Duration.ofSeconds(Long.parseLong(timeout.group(1)));
            }
        }
        return null;
    }

    /** The raw {@code Retry-After} value, read only off an answer that is not a 200 (the hot path stays as it was). */
    private static String retryAfter(List<String[]> headers) {
        for (String[] header : headers) {
            if (header[0].equals("retry-after")) {
                return header[1];
            }
        }
        return null;
    }

    /** The comma-separated values of every header named {@code name}, lower-cased. */
    private static List<String> tokens(List<String[]> headers, String name) {
        List<String> tokens = new ArrayList<>();
        for (String[] header : headers) {
            if (header[0].equals(name)) {
                for (String token : header[1].split(",")) {
                    if (!token.isBlank()) {
                        tokens.add(token.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return tokens;
    }
}

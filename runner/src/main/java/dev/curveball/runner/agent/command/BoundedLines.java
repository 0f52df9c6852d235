package dev.curveball.runner.agent.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Lines of UTF-8 from a process's stdout, each at most {@code maxBytes} long, so a process that
 * floods its output without a line break costs a bounded buffer: past the bound the line is
 * reported ({@link TooLong}) at once, and the rest of it is skipped on the next read.
 */
final class BoundedLines {
    /** A line longer than the bound; what was read of it is dropped. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(int maxBytes) {
            super("a line longer than " + maxBytes + " bytes without a line break");
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private boolean skipping;

    BoundedLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its {@code \n} (or {@code \r\n}); null at the end of the stream. */
    String next() throws IOException {
        while (true) {
            if (position == limit && !fill()) {
                return endOfStream();
            }
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            if (!skipping) {
                line.write(buffer, position, end - position);
            }
            position = newline < 0 ? limit : newline + 1;
            if (!skipping && line.size() > maxBytes) {
                line.reset();
                skipping = newline < 0;
                throw new TooLong(maxBytes);
            }
            if (newline >= 0) {
                boolean skipped = skipping;
                skipping = false;
                if (!skipped) {
                    return take();
                }
            }
        }
    }

    private String endOfStream() {
        if (line.size() == 0 || skipping) {
            return null;
        }
        return take(); // a last line without its line break
    }

    private String take() {
        byte[] bytes = line.toByteArray();
        line.reset();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}

package dev.curveball.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * The one way out to the terminal: every line the command prints (stdout and stderr) passes
 * through here, and text from outside (a model's error, a persona file, an agent's reply, a file
 * quoted in an error) can carry control characters that move the cursor, rewrite earlier lines,
 * recolour the screen or reverse the text's direction. Those are written out visibly instead,
 * ESC as the six characters backslash, u, 0, 0, 1, b: C0 controls but newline and tab, DEL, C1 controls, and the bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). A carriage return is kept
 * only as part of a CRLF line end.
 *
 * <pre>{@code PrintWriter err = new PrintWriter(new TerminalWriter(new PrintWriter(System.err)), true);
 * err.println("model said: " + (char) 27 + "[2Jgone");   // prints: model said: \\u001b[2Jgone}</pre>
 */
final class TerminalWriter extends Writer {
    private final Writer out;
    private boolean pendingReturn;

    TerminalWriter(Writer out) {
        super(out);
        this.out = out;
    }

    /** {@code text} with every control character written out as {@code \\uXXXX}. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                escaped.append(c);
            } else {
                append(escaped, c);
            }
        }
        return escaped.toString();
    }

    static boolean isControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    private static void append(StringBuilder out, char c) {
        if (isControl(c)) {
            out.append(String.format("\\u%04x", (int) c));
        } else {
            out.append(c);
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        synchronized (lock) {
            StringBuilder escaped = new StringBuilder(length + 8);
            for (int i = offset; i < offset + length; i++) {
                char c = chars[i];
                if (pendingReturn) {
                    pendingReturn = false;
                    if (c == '\n') {
                        escaped.append('\r');
                    } else {
                        append(escaped, '\r');
                    }
                }
                if (c == '\r') {
                    pendingReturn = true; // a CRLF line end may arrive in two writes
                } else {
                    append(escaped, c);
                }
            }
            out.write(escaped.toString());
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            if (pendingReturn) {
                pendingReturn = false;
                out.write("\\u000d");
            }
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}

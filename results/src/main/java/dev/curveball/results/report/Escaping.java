package dev.curveball.results.report;

import org.apache.commons.text.StringEscapeUtils;

/**
 * The one place the report writers make untrusted text (agent, user and tool text, check messages,
 * ids) safe for the file they write. HTML goes through Commons Text, never a hand-written table;
 * control characters are dropped first, since no reader of a report needs them and XML 1.0 forbids them.
 *
 * <pre>{@code Escaping.html("<script>")      // "&lt;script&gt;"
 * Escaping.markdown("a|b *c* <b>")      // "a\|b \*c\* &lt;b&gt;"}</pre>
 */
public final class Escaping {
    private Escaping() {
    }

    /** Text for an HTML element or a double-quoted attribute. */
    public static String html(String text) {
        return StringEscapeUtils.escapeHtml4(withoutControls(text));
    }

    /**
     * Text for one line of Markdown, a table cell too: line breaks turned to spaces, {@code & < > " '}
     * made entities by Commons Text (GitHub renders raw HTML in Markdown), then every character that
     * means something inside a line (emphasis, code, links, table cells, strike-through, escapes)
     * backslash-escaped. The text never starts a line, so list and heading markers need nothing.
     */
    public static String markdown(String text) {
        String oneLine = withoutControls(text == null ? "" : text.replaceAll("\\s+", " ")).strip();
        String html = StringEscapeUtils.escapeXml10(oneLine);
        StringBuilder out = new StringBuilder(html.length() + 16);
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if ("\\`*_[]|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Text the XML stream writer escapes itself; only the characters XML 1.0 cannot hold at all are dropped here. */
    public static String xml(String text) {
        return withoutControls(text);
    }

    /**
     * {@code text} without the characters XML 1.0 forbids (C0 controls other than tab, line feed and
     * carriage return, lone surrogates, U+FFFE and U+FFFF); null reads as empty.
     */
    static String withoutControls(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** An id made safe for an HTML id and a fragment link alike: letters, digits, '-' and '_' kept, anything else '_'. */
    static String anchor(String id) {
        return withoutControls(id).replaceAll("[^A-Za-z0-9_-]", "_");
    }
}

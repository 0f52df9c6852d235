package dev.curveball.runner.agent;

import dev.curveball.core.model.KeyMask;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extra HTTP headers sent on every request to an HTTP agent, such as
 * {@code Authorization: Bearer ...} for an agent behind a gateway. The values are secrets: they
 * go on the wire and nowhere else. {@link #toString()} and {@link #names()} show the names only,
 * and {@link #mask(String)} blanks the secrets out of text that quotes them (an agent that echoes
 * a refused token in its 401), so no trace, manifest or message holds them. The secrets are what
 * {@code ${VAR}} filled in when the values were read from the environment, else the whole values.
 *
 * <pre>{@code AgentHeaders headers = AgentHeaders.of(List.of(AgentHeaders.Header.parse("Authorization: Bearer s3cret-token")));
 * headers.names();                          // [Authorization]
 * headers.mask("bad token s3cret-token");   // "bad token ***"}</pre>
 */
public record AgentHeaders(List<Header> headers, List<String> secrets) {
    /** No extra headers. */
    public static final AgentHeaders NONE = new AgentHeaders(List.of(), List.of());

    /** RFC 9110 token characters. */
    private static final Pattern NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** Printable ASCII, space and tab; no CR or LF, which would let a value start a header of its own. */
    private static final Pattern VALUE = Pattern.compile("[\\x20-\\x7E\\t]*");
    /** Headers that frame the request or that Curveball sets itself: a second one would break the exchange. */
    private static final Set<String> RESERVED = Set.of("host", "content-length", "content-type", "transfer-encoding",
            "connection", "keep-alive", "expect", "te", "trailer", "upgrade", "curveball-message");
    /** Headers Curveball sends with a default, which a header given here replaces. */
    static final Set<String> REPLACEABLE = Set.of("user-agent", "accept");

    public AgentHeaders {
        headers = List.copyOf(headers);
        secrets = List.copyOf(secrets);
    }

    /** Headers whose whole values are secrets. */
    public static AgentHeaders of(List<Header> headers) {
        return of(headers, headers.stream().map(Header::value).toList());
    }

    /** Headers whose {@code secrets} (the text {@code ${VAR}} filled in) must never be written. */
    public static AgentHeaders of(List<Header> headers, List<String> secrets) {
        return headers.isEmpty() ? NONE : new AgentHeaders(headers, secrets.stream().filter(v -> !v.isEmpty()).distinct().toList());
    }

    /**
     * One header. The compact constructor checks it; its messages name the header but never quote
     * the value.
     */
    public record Header(String name, String value) {
        public Header {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(name == null || name.isEmpty() ? "the header name is empty; expected 'Name: value'"
                        : "'" + printable(name) + "' is not a valid header name (letters, digits and !#$%&'*+.^_`|~- only;"
                        + " expected 'Name: value')");
            }
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("header '" + name + "' is set by Curveball itself and cannot be given");
            }
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("header '" + name + "' has an empty value");
            }
            if (!VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException("the value of header '" + name + "' holds a line break, a control character "
                        + "or a non-ASCII character; only printable ASCII may go into a header");
            }
            value = value.strip();
        }

        /** {@code "Name: value"}, the value with the whitespace around it dropped; the message never quotes the value. */
        public static Header parse(String line) {
            int colon = line == null ? -1 : line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("expected 'Name: value', such as 'Authorization: Bearer ${TOKEN}'; no ':' found");
            }
            return new Header(line.substring(0, colon), line.substring(colon + 1));
        }

        /** The name only: a header's value is a secret. */
        @Override
        public String toString() {
            return name + ": " + KeyMask.MASK;
        }

        /** The name as far as its first space (what follows may be a token typed without its colon), at most 40 characters. */
        private static String printable(String text) {
            String first = text.strip().split("\\s", 2)[0];
            String cut = first.length() > 40 ? first.substring(0, 40) : first;
            return cut.replaceAll("[^\\x20-\\x7E]", "?") + (cut.length() < text.strip().length() ? "..." : "");
        }
    }

    public boolean isEmpty() {
        return headers.isEmpty();
    }

    /** The header names, in order, as the manifest records them. */
    public List<String> names() {
        return headers.stream().map(Header::name).toList();
    }

    /** Whether {@code name} (any case) is among the headers. */
    boolean has(String name) {
        return headers.stream().anyMatch(h -> h.name().equalsIgnoreCase(name));
    }

    /** {@code text} with every secret, and every stretch of 8 or more of its characters, blanked out. */
    public String mask(String text) {
        String masked = text;
        for (String secret : secrets) {
            masked = masked == null ? null : masked.replace(secret, KeyMask.MASK);
            masked = KeyMask.mask(masked, secret);
        }
        return masked;
    }

    /** The header lines as they go into a request head, each ending in CRLF. */
    String lines() {
        StringBuilder lines = new StringBuilder();
        headers.forEach(h -> lines.append(h.name()).append(": ").append(h.value()).append("\r\n"));
        return lines.toString();
    }

    @Override
    public String toString() {
        return "AgentHeaders" + names();
    }
}

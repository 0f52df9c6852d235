package dev.curveball.judge.grading;

import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.UserMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The words of a conversation as the judge model sees them ({@code [3] AGENT: ...}, one line per
 * message, event indexes from the trace) and the test a quote must pass to count as evidence: it
 * occurs in some message after both are normalised (Unicode NFKC, curly quotes made straight, case
 * folded, runs of whitespace made one space).
 */
public final class Transcript {
    /** A model quoting a whole line may copy its "[3] AGENT: " label too; that is not a misquote. */
    private static final java.util.regex.Pattern LINE_PREFIX = java.util.regex.Pattern.compile("\\A\\s*\\[\\d+]\\s*(USER|AGENT):\\s*");
    private final String text;
    private final List<String> normalisedMessages;

    private Transcript(String text, List<String> normalisedMessages) {
        this.text = text;
        this.normalisedMessages = List.copyOf(normalisedMessages);
    }

    public static Transcript of(Trace trace) {
        StringBuilder text = new StringBuilder();
        List<String> messages = new ArrayList<>();
        List<TraceEvent> events = trace.events();
        for (int i = 0; i < events.size(); i++) {
            TraceEvent event = events.get(i);
            if (event instanceof UserMessage user) {
                messages.add(normalise(line(text, i, "USER", user.text())));
            } else if (event instanceof AgentMessage agent) {
                messages.add(normalise(line(text, i, "AGENT", agent.text())));
            }
        }
        return new Transcript(text.toString().strip(), messages);
    }

    private static String line(StringBuilder text, int index, String who, String said) {
        // A message's own line breaks are kept as spaces, so it cannot forge a "[n] USER:" line of its own.
        text.append('[').append(index).append("] ").append(who).append(": ").append(said.replaceAll("\\R", " ")).append('\n');
        return said;
    }

    public String text() {
        return text;
    }

    /** A fence marker derived from the text, so the same conversation gives the same prompt (and cache key). */
    public String nonce() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Whether {@code quote} is found in one message after normalisation; a blank quote never is. */
    public boolean contains(String quote) {
        String wanted = normalise(LINE_PREFIX.matcher(quote == null ? "" : quote).replaceFirst(""));
        return !wanted.isEmpty() && normalisedMessages.stream().anyMatch(m -> m.contains(wanted));
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201A\u2032]", "'").replaceAll("[\u201C\u201D\u201E\u2033]", "\"")
                .replaceAll("[\u2013\u2014]", "-").toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ").strip();
    }
}

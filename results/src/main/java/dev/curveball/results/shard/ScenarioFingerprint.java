package dev.curveball.results.shard;

import dev.curveball.core.io.Json;
import dev.curveball.core.scenario.Scenario;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprint of a scenario list: the SHA-256 of the {@code scenarios.jsonl} an unsharded run
 * of it writes, byte for byte ({@link Json} sorts map keys, so the same scenarios give the same
 * bytes on every machine). Every shard records the fingerprint of the full list it sliced; merge
 * digests the merged {@code scenarios.jsonl} as it writes it and compares.
 *
 * <pre>{@code ScenarioFingerprint.of(scenarios)  // "sha256:9f2c..."}</pre>
 */
public final class ScenarioFingerprint {
    private static final String PREFIX = "sha256:";

    private final MessageDigest digest;

    private ScenarioFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The fingerprint of {@code scenarios} in this order. */
    public static String of(List<Scenario> scenarios) {
        ScenarioFingerprint fingerprint = start();
        scenarios.forEach(s -> fingerprint.add((Json.write(s) + "\n").getBytes(StandardCharsets.UTF_8)));
        return fingerprint.value();
    }

    /** An empty digest, fed one {@code scenarios.jsonl} line at a time. */
    static ScenarioFingerprint start() {
        return new ScenarioFingerprint();
    }

    /** Adds one line's bytes, its newline included. */
    void add(byte[] line) {
        digest.update(line);
    }

    String value() {
        return PREFIX + HexFormat.of().formatHex(digest.digest());
    }
}

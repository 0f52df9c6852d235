package dev.curveball.results;

import java.time.Instant;
import java.util.List;

/**
 * {@code manifest.json}: what was run, with which versions, config and seeds. Never holds a key.
 * {@code user_simulator} says who played the users ({@code scripted}, or the model as
 * {@code provider:name}) and {@code opening_writer} who wrote generated openings ({@code template}
 * or the model; null for a scenarios file); {@code models} lists every model used. A manifest
 * without {@code user_simulator} is from an offline run.
 *
 * <pre>{@code {"curveball_version":"0.1.0-SNAPSHOT","agent":"naive","world":"acme-support","seed":7,
 *  "user_simulator":"openai:gpt-4o-mini","models":["openai:gpt-4o-mini"],...}}</pre>
 */
public record Manifest(
        String curveballVersion,
        String javaVersion,
        Instant createdAt,
        String agent,
        String world,
        String worldSource,
        String scenarioSource,
        Long seed,
        Integer count,
        int scenarios,
        int trials,
        int parallel,
        long turnTimeoutMs,
        List<String> personas,
        List<String> models,
        String shard,
        List<String> viewsNotAvailable,
        String userSimulator,
        String openingWriter) {

    public Manifest {
        userSimulator = userSimulator == null ? "scripted" : userSimulator;
        personas = List.copyOf(personas);
        models = List.copyOf(models);
        viewsNotAvailable = List.copyOf(viewsNotAvailable);
    }

    public static String version() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}

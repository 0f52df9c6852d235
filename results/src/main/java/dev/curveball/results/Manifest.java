package dev.curveball.results;

import java.time.Instant;
import java.util.List;

/**
 * {@code manifest.json}: what was run, with which versions, config and seeds. Never holds a key.
 *
 * <pre>{@code {"curveball_version":"0.1.0-SNAPSHOT","agent":"naive","world":"acme-support","seed":7,...}}</pre>
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
        List<String> viewsNotAvailable) {

    public Manifest {
        personas = List.copyOf(personas);
        models = List.copyOf(models);
        viewsNotAvailable = List.copyOf(viewsNotAvailable);
    }

    public static String version() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}

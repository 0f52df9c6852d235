package dev.curveball.results.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.results.RunListener;
import dev.curveball.results.RunRequest;
import dev.curveball.results.RunService;
import dev.curveball.results.ScenarioSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Runs played in process offline for tests (and the bench): acme-support, generated scenarios, a demo or test agent. */
public final class PlayedRuns {
    private static final World ACME = WorldLoader.load(Path.of("../examples/acme-support"));
    private static final PersonaLibrary PERSONAS = PersonaLibrary.load(Path.of("../personas"));

    private PlayedRuns() {
    }

    /** Plays {@code count} scenarios of {@code seed}, {@code trials} times each, against {@code agent}, into {@code out}. */
    public static Path play(String agent, int count, long seed, int trials, Path out) {
        RunRequest request = RunRequest.builder().agent(agent).world(ACME).worldSource("examples/acme-support").personas(PERSONAS)
                .scenarios(new ScenarioSource.Generated(count, seed)).trials(trials).parallel(2).out(out)
                .turnTimeout(Duration.ofSeconds(10)).build();
        new RunService().run(request, RunListener.SILENT);
        return out;
    }

    /** Sets every event's time to 10 ms after the one before and every latency to 42 ms, so what a report shows does not vary. */
    public static void fixTheClock(Path run) {
        try {
            Instant start = Instant.parse("2026-11-26T10:00:00Z");
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(run.resolve("traces.jsonl"), StandardCharsets.UTF_8)) {
                JsonNode trace = Json.mapper().readTree(line);
                int i = 0;
                for (JsonNode event : trace.path("events")) {
                    ObjectNode e = (ObjectNode) event;
                    e.put("at", start.plusMillis(10L * i++).toString());
                    if (e.has("latency_ms")) {
                        e.put("latency_ms", 42);
                    }
                }
                lines.add(Json.write(trace));
            }
            Files.write(run.resolve("traces.jsonl"), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

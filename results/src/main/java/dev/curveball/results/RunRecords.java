package dev.curveball.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.FileErrors;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A run directory read back for display, never written to: its manifest, its scenarios and the
 * conversations played so far, each with its verdict once judged, in run order (scenario order,
 * then trial). A run that still plays, or was cut short, reads too: a last traces line cut mid-write
 * is left out, and {@code verdicts.jsonl} exists only once the run has judged.
 *
 * <pre>{@code RunRecords run = RunRecords.read(Path.of("runs/nightly"));
 * run.find("s0007-t1").map(PlayedConversation::verdict)}</pre>
 */
public record RunRecords(Path directory, Manifest manifest, List<Scenario> scenarios, List<PlayedConversation> conversations) {

    public RunRecords {
        scenarios = List.copyOf(scenarios);
        conversations = List.copyOf(conversations);
    }

    /** Reads the run in {@code dir}; bad input (exit 2) when it is no run directory or one of its files is broken. */
    public static RunRecords read(Path dir) {
        RunDirectory run = RunDirectory.open(dir);
        Manifest manifest = run.readManifest();
        List<Scenario> scenarios = Files.exists(run.scenarios()) ? run.readScenarios() : List.of();
        Map<String, Scenario> byId = scenarios.stream().collect(Collectors.toMap(Scenario::id, Function.identity(), (a, b) -> a));
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (Verdict v : readLines(run.verdicts(), Verdict.class)) {
            verdicts.putIfAbsent(PlayedConversation.id(v.scenarioId(), v.trial()), v);
        }
        Map<String, PlayedConversation> played = new LinkedHashMap<>();
        for (Trace trace : readLines(run.traces(), Trace.class)) {
            Scenario scenario = byId.get(trace.scenarioId());
            if (scenario == null) {
                throw CurveballException.invalidInput(run.traces() + ": a conversation of scenario '" + trace.scenarioId()
                        + "', which " + run.scenarios().getFileName() + " does not hold");
            }
            String id = PlayedConversation.id(trace.scenarioId(), trace.trial());
            played.putIfAbsent(id, new PlayedConversation(scenario, trace, Optional.ofNullable(verdicts.get(id))));
        }
        List<String> order = scenarios.stream().map(Scenario::id).toList();
        List<PlayedConversation> inRunOrder = new ArrayList<>(played.values());
        inRunOrder.sort((a, b) -> a.trace().scenarioId().equals(b.trace().scenarioId())
                ? Integer.compare(a.trace().trial(), b.trace().trial())
                : Integer.compare(order.indexOf(a.trace().scenarioId()), order.indexOf(b.trace().scenarioId())));
        return new RunRecords(dir, manifest, scenarios, inRunOrder);
    }

    /** The conversation with this id ({@code s0007-t1}), if the run played it. */
    public Optional<PlayedConversation> find(String id) {
        return conversations.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The conversations the run means to play: each scenario, as many times as it has trials. */
    public int planned() {
        return scenarios.size() * Math.max(1, manifest.trials());
    }

    /**
     * The records of a JSON Lines file Curveball wrote, none when it is missing. Lines are read without
     * Jackson's input limits, as {@code --resume} reads them; a broken last line is a write the run
     * has not finished (or a crash cut), left out; a broken line before it is bad input.
     */
    private static <T> List<T> readLines(Path file, Class<T> type) {
        if (!Files.exists(file)) {
            return List.of();
        }
        String[] lines;
        try {
            lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
        } catch (IOException e) {
            throw CurveballException.invalidInput(file + ": cannot read: " + FileErrors.reason(e));
        }
        int last = lines.length - 1;
        while (last >= 0 && lines[last].isBlank()) {
            last--;
        }
        List<T> records = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                records.add(TraceFile.READER.readValue(lines[i], type));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                if (i < last) {
                    throw CurveballException.invalidInput(file + ":" + (i + 1) + ": not a " + type.getSimpleName().toLowerCase()
                            + " Curveball reads: " + message(e));
                }
            }
        }
        return records;
    }

    private static String message(Exception e) {
        return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    }
}

package dev.curveball.results.calibration;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.FileErrors;
import dev.curveball.core.io.FileSchema;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.verdict.HumanLabel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Reads a labels file strictly: each line must satisfy the {@code human-labels} schema (unknown
 * fields are errors), and a conversation labelled twice is refused, each error naming the file,
 * line and field: {@code labels.jsonl:4:31: field 'outcome' must be one of PASS, FAIL, was "OK"}.
 *
 * <pre>{@code List<HumanLabel> labels = HumanLabels.read(Path.of("examples/acme-support/labels/sample-labels.jsonl"));}</pre>
 */
public final class HumanLabels {
    public static final String SCHEMA = "human-labels";

    private HumanLabels() {
    }

    public static List<HumanLabel> read(Path file) {
        List<HumanLabel> labels = Jsonl.read(file, HumanLabel.class, FileSchema.named(SCHEMA));
        if (labels.isEmpty()) {
            throw CurveballException.invalidInput(file + ": holds no labels (one JSON object a line: scenario_id, trial, outcome)");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            Integer before = seen.putIfAbsent(labels.get(i).conversationId(), i);
            if (before != null) {
                List<Integer> lines = recordLines(file);
                throw CurveballException.invalidInput(file + ":" + lines.get(i) + ": conversation " + labels.get(i).conversationId()
                        + " is labelled twice (first on line " + lines.get(before) + "); keep one label per conversation");
            }
        }
        return labels;
    }

    /** The 1-based line number of each record: blank lines hold none. */
    private static List<Integer> recordLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return IntStream.range(0, lines.size()).filter(i -> !lines.get(i).isBlank()).mapToObj(i -> i + 1).toList();
        } catch (IOException e) {
            throw CurveballException.invalidInput(file + ": cannot read: " + FileErrors.reason(e));
        }
    }
}

package dev.curveball.results.golden;

import dev.curveball.core.scenario.Replay;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an export did: the cases it added, the conversations it skipped because the folder already
 * held their case, and how many it did not keep, by why ({@code "ERROR (infrastructure, never a case)": 2}).
 */
public record GoldenExportResult(Path folder, List<Added> added, List<Duplicate> duplicates, Map<String, Integer> notKept) {
    public GoldenExportResult {
        added = List.copyOf(added);
        duplicates = List.copyOf(duplicates);
        notKept = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notKept));
    }

    /** A new case {@code id}, written to {@code file}, from conversation {@code conversation} of the run. */
    public record Added(String id, String conversation, Replay.Reason reason, Path file) {
    }

    /** A conversation whose case the folder holds already, as {@code existing}. */
    public record Duplicate(String conversation, Replay.Reason reason, String existing) {
    }

    static final class Builder {
        private final Path folder;
        private final List<Added> added = new ArrayList<>();
        private final List<Duplicate> duplicates = new ArrayList<>();
        private final Map<String, Integer> notKept = new LinkedHashMap<>();

        Builder(Path folder) {
            this.folder = folder;
        }

        void added(Added a) {
            added.add(a);
        }

        void duplicate(Duplicate d) {
            duplicates.add(d);
        }

        void notKept(String why) {
            notKept.merge(why, 1, Integer::sum);
        }

        GoldenExportResult build() {
            return new GoldenExportResult(folder, added, duplicates, notKept);
        }
    }
}

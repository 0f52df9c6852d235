package dev.curveball.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunServiceResumeTest {
    private static final World ACME = WorldLoader.load(Path.of("../examples/acme-support"));
    private static final PersonaLibrary PERSONAS = PersonaLibrary.load(Path.of("../personas"));

    @TempDir
    Path tmp;

    private static RunResult run(Path out, boolean resume, RunListener listener) {
        RunRequest request = new RunRequest("refunding", ACME, "examples/acme-support", PERSONAS,
                new ScenarioSource.Generated(4, 3L), null, 2, out, resume, Duration.ofSeconds(10), null);
        return new RunService().run(request, listener);
    }

    /** Hears what a resume read back. */
    private static final class Resumes implements RunListener {
        final AtomicReference<ResumedTraces> previous = new AtomicReference<>();

        @Override
        public void conversationEnded(Verdict verdict, int done, int total) {
        }

        @Override
        public void resumed(ResumedTraces traces, int total) {
            previous.set(traces);
        }
    }

    @Test
    void aResumeCountsEachConversationOnceWhenTwoRunsOnceAppendedToTheSameFolder() throws Exception {
        Path out = tmp.resolve("run");
        run(out, false, RunListener.SILENT);
        List<String> lines = Files.readAllLines(out.resolve("traces.jsonl"));
        List<String> interleaved = new ArrayList<>(lines.subList(1, lines.size())); // one conversation missing,
        interleaved.addAll(lines.subList(1, lines.size()));                          // the others written twice
        Files.write(out.resolve("traces.jsonl"), interleaved);
        Resumes resumes = new Resumes();

        RunResult resumed = run(out, true, resumes);

        assertThat(resumes.previous.get().duplicates()).isEqualTo(3);
        assertThat(resumes.previous.get().kept()).isEqualTo(3);
        assertThat(resumed.summary().conversations()).isEqualTo(4);
        assertThat(resumed.verdicts()).hasSize(4);
        assertThat(Files.readAllLines(out.resolve("traces.jsonl"))).hasSize(4);
        assertThat(Files.readAllLines(out.resolve("verdicts.jsonl"))).hasSize(4);
    }

    @Test
    void aResumeWhileTheRunStillPlaysIsRefusedAndTouchesNothing() throws Exception {
        Path out = tmp.resolve("run");
        run(out, false, RunListener.SILENT);
        String traces = Files.readString(out.resolve("traces.jsonl"));

        try (RunDirectory playing = RunDirectory.prepare(out, true)) {
            assertThatThrownBy(() -> run(out, true, RunListener.SILENT)).hasMessageContaining("is in use by");
        }
        assertThat(Files.readString(out.resolve("traces.jsonl"))).isEqualTo(traces);
        assertThat(run(out, true, RunListener.SILENT).summary().conversations()).isEqualTo(4);
    }
}

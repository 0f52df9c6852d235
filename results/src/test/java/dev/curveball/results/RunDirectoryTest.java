package dev.curveball.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.io.Json;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.UserMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {
    @TempDir
    Path tmp;

    private RunDirectory run;

    @AfterEach
    void release() {
        if (run != null) {
            run.close();
        }
    }

    static Trace trace(String scenario) {
        return trace(scenario, 1, "hi");
    }

    static Trace trace(String scenario, int trial, String said) {
        Instant at = Instant.parse("2026-11-26T10:00:00Z");
        return new Trace(Trace.SCHEMA_VERSION, scenario, trial, scenario + "-t" + trial, "naive",
                List.of(new UserMessage(at, said), new ConversationEnd(at, EndReason.GOAL_MET, 1, "")), null);
    }

    @Test
    void dropsATraceLineCutShortByACrashWhenResuming() throws Exception {
        run = RunDirectory.prepare(tmp, false);
        String whole = Json.write(trace("s0001"));
        Files.writeString(run.traces(), whole + "\n" + Json.write(trace("s0002")).substring(0, 30));

        List<Trace> kept = new ArrayList<>();
        ResumedTraces resumed = run.readTracesForResume(kept::add);

        assertThat(kept).extracting(Trace::scenarioId).containsExactly("s0001");
        assertThat(resumed.cutShort()).isTrue();
        assertThat(Files.readString(run.traces())).isEqualTo(whole + "\n");
    }

    @Test
    void dropsLinesRepeatingAScenarioAndTrialKeepingTheFirst() throws Exception {
        run = RunDirectory.prepare(tmp, false);
        String first = Json.write(trace("s0001", 1, "first"));
        String other = Json.write(trace("s0001", 2, "other trial"));
        String again = Json.write(trace("s0001", 1, "second play of the same conversation"));
        Files.writeString(run.traces(), first + "\n" + other + "\n" + again + "\n" + again + "\n");

        List<Trace> kept = new ArrayList<>();
        ResumedTraces resumed = run.readTracesForResume(kept::add);

        assertThat(resumed.duplicates()).isEqualTo(2);
        assertThat(resumed.cutShort()).isFalse();
        assertThat(kept).extracting(Trace::trial).containsExactly(1, 2);
        assertThat(((UserMessage) kept.get(0).events().get(0)).text()).isEqualTo("first");
        assertThat(Files.readString(run.traces())).isEqualTo(first + "\n" + other + "\n");
    }

    @Test
    void aFileWithNothingToDropIsLeftByteForByte() throws Exception {
        run = RunDirectory.prepare(tmp, false);
        String content = Json.write(trace("s0001")) + "\n" + Json.write(trace("s0002")) + "\n";
        Files.writeString(run.traces(), content);

        List<Trace> kept = new ArrayList<>();
        ResumedTraces resumed = run.readTracesForResume(kept::add);

        assertThat(resumed.droppedAny()).isFalse();
        assertThat(Files.readString(run.traces())).isEqualTo(content);
    }

    @Test
    void aLastLineWithoutItsNewlineGetsOneSoTheNextAppendStartsALine() throws Exception {
        run = RunDirectory.prepare(tmp, false);
        String whole = Json.write(trace("s0001"));
        Files.writeString(run.traces(), whole);

        List<Trace> kept = new ArrayList<>();
        run.readTracesForResume(kept::add);
        assertThat(kept).hasSize(1);
        assertThat(Files.readString(run.traces())).isEqualTo(whole + "\n");
    }

    /** Jackson refuses strings over 20 MB by default; a line Curveball wrote must read back anyway. */
    @Test
    void readsBackATraceHoldingAStringOver20Megabytes() throws Exception {
        run = RunDirectory.prepare(tmp, false);
        String huge = "x".repeat(25 * 1024 * 1024);
        Instant at = Instant.parse("2026-11-26T10:00:00Z");
        Trace big = new Trace(Trace.SCHEMA_VERSION, "s0001", 1, "s0001-t1", "naive",
                List.of(new AgentMessage(at, huge, 5, null), new ConversationEnd(at, EndReason.GOAL_MET, 1, "")), null);
        try (var traces = run.traceAppender()) {
            traces.append(big);
            traces.append(trace("s0002"));
        }

        List<Trace> kept = new ArrayList<>();
        ResumedTraces resumed = run.readTracesForResume(kept::add);

        assertThat(kept).extracting(Trace::scenarioId).containsExactly("s0001", "s0002");
        assertThat(((AgentMessage) kept.get(0).events().get(0)).text()).hasSize(huge.length());
        assertThat(resumed.droppedAny()).isFalse();
    }

    @Test
    void aBrokenLineBeforeTheLastIsBadInputNotSilentlyDropped() throws Exception {
        run = RunDirectory.prepare(tmp, false);
        Files.writeString(run.traces(), "{broken\n" + Json.write(trace("s0002")) + "\n");

        assertThatThrownBy(() -> run.readTracesForResume(t -> { })).isInstanceOf(CurveballException.class)
                .hasMessageStartingWith(run.traces() + ":1: not a trace");
    }

    @Test
    void resumingNeedsARunToResume() {
        assertThatThrownBy(() -> RunDirectory.prepare(tmp.resolve("empty"), true))
                .hasMessageContaining("holds no run to resume");
        assertThat(tmp.resolve("empty")).doesNotExist();
    }

    @Test
    void aDirectoryInUseIsRefusedWithExitTwoUntilItsRunEnds() {
        run = RunDirectory.prepare(tmp, false);

        assertThatThrownBy(() -> RunDirectory.prepare(tmp, false)).isInstanceOf(CurveballException.class)
                .hasMessage("run directory " + tmp + " is in use by this process (" + ProcessHandle.current().pid()
                        + "); wait for that run to end, or stop it, then --resume")
                .extracting(e -> ((CurveballException) e).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        run.close();
        run = RunDirectory.prepare(tmp, false);
        assertThat(run.path()).isEqualTo(tmp);
    }

    @Test
    void aFreshRunRefusesADirectoryHoldingOneAndLeavesItUnlocked() throws Exception {
        Files.writeString(tmp.resolve("manifest.json"), "{}");

        assertThatThrownBy(() -> RunDirectory.prepare(tmp, false)).hasMessageContaining("already holds a run; pass --resume");
        run = RunDirectory.prepare(tmp, true);
    }
}

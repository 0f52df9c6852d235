package dev.curveball.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.Json;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.UserMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {
    @TempDir
    Path tmp;

    static Trace trace(String scenario) {
        Instant at = Instant.parse("2026-11-26T10:00:00Z");
        return new Trace(Trace.SCHEMA_VERSION, scenario, 1, scenario + "-t1", "naive",
                List.of(new UserMessage(at, "hi"), new ConversationEnd(at, EndReason.GOAL_MET, 1, "")), null);
    }

    @Test
    void dropsATraceLineCutShortByACrashWhenResuming() throws Exception {
        RunDirectory run = RunDirectory.prepare(tmp, false);
        String whole = Json.write(trace("s0001"));
        Files.writeString(run.traces(), whole + "\n" + Json.write(trace("s0002")).substring(0, 30));

        assertThat(run.readTracesForResume()).extracting(Trace::scenarioId).containsExactly("s0001");
        assertThat(Files.readString(run.traces())).isEqualTo(whole + "\n");
    }

    @Test
    void aBrokenLineBeforeTheLastIsBadInputNotSilentlyDropped() throws Exception {
        RunDirectory run = RunDirectory.prepare(tmp, false);
        Files.writeString(run.traces(), "{broken\n" + Json.write(trace("s0002")) + "\n");

        assertThatThrownBy(run::readTracesForResume).isInstanceOf(CurveballException.class)
                .hasMessageStartingWith(run.traces() + ":1: not a trace");
    }

    @Test
    void resumingNeedsARunToResume() {
        assertThatThrownBy(() -> RunDirectory.prepare(tmp.resolve("empty"), true))
                .hasMessageContaining("holds no run to resume");
    }
}

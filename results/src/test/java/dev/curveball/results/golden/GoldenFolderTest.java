package dev.curveball.results.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.reading.Act;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.scenario.RecordedTurn;
import dev.curveball.core.scenario.Replay;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenFolderTest {
    @TempDir
    Path tmp;

    static Scenario goldenCase(String id, String secondTurn) {
        Task task = new Task("refund-unopened", "refund", "Refund the headphones", Map.of("item", "headphones"), List.of(),
                List.of(Resolution.done("issue_refund", "A-5001")), null);
        List<RecordedTurn> script = List.of(new RecordedTurn(List.of(), "refund my headphones", null, null),
                new RecordedTurn(List.of(Act.asks("order_id", "Which order?")), secondTurn, null, null));
        return Scenario.builder().id(id).seed(7).world("acme-support").persona("withholder").task(task)
                .user(new AuthUser("C-1001", "customer")).opening("refund my headphones").maxTurns(8)
                .replay(new Replay(script, new Replay.Source("runs/a", "s0003-t1", Instant.parse("2026-11-26T06:00:00Z"),
                        Replay.Reason.FAILED, "approval-required")))
                .build();
    }

    @Test
    void writesOneFilePerCaseAndReadsItBackUnchanged() {
        GoldenFolder folder = GoldenFolder.at(tmp);
        Scenario written = goldenCase("g0001", "A-5001");

        Path file = folder.write(written);

        assertThat(file).isEqualTo(tmp.resolve("cases/g0001.json"));
        assertThat(folder.read()).containsExactly(written);
        assertThat(folder.nextId(folder.read())).isEqualTo("g0002");
    }

    @Test
    void theFingerprintIgnoresIdSeedAndSourceButNotWhatTheUserSaid() {
        Scenario a = goldenCase("g0001", "A-5001");
        Scenario sameElsewhere = a.toBuilder().id("g0009").seed(99)
                .replay(new Replay(a.replay().script(), new Replay.Source("runs/b", "s0042-t2", Instant.now(), Replay.Reason.NOVEL, null)))
                .build();

        assertThat(CaseFingerprint.of(sameElsewhere)).isEqualTo(CaseFingerprint.of(a));
        assertThat(CaseFingerprint.of(goldenCase("g0001", "it's A-5002"))).isNotEqualTo(CaseFingerprint.of(a));
    }

    @Test
    void aCaseWithoutItsRecordingIsALocatedError() throws IOException {
        GoldenFolder folder = GoldenFolder.at(tmp);
        Path file = folder.write(goldenCase("g0001", "A-5001"));
        String text = Files.readString(file);
        Files.writeString(file, text.replace("\"replay\"", "\"replya\""));

        assertThatThrownBy(folder::read).isInstanceOf(CurveballException.class)
                .hasMessageStartingWith(file + ":").hasMessageContaining("replya");
    }

    @Test
    void aCaseWhoseIdIsNotItsFileNameIsRefused() throws IOException {
        GoldenFolder folder = GoldenFolder.at(tmp);
        Path file = folder.write(goldenCase("g0001", "A-5001"));
        Files.move(file, tmp.resolve("cases/g0002.json"));

        assertThatThrownBy(folder::read).hasMessageContaining(": field 'id' is 'g0001' but the file is g0002.json");
    }

    @Test
    void aFolderWithNoCasesCannotBeReplayed() {
        assertThatThrownBy(() -> GoldenFolder.at(tmp).readForReplay())
                .hasMessageContaining("holds no golden cases (cases/<id>.json)");
    }
}

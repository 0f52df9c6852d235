package dev.curveball.core.io;

import static dev.curveball.core.io.InputFilesTest.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.scenario.Scenario;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON Lines file is streamed with bounds on its lines, its size and its records, and decoded strictly as UTF-8. */
class JsonlBoundsTest {
    @TempDir
    Path dir;

    @Test
    void refusesAnEndlessLineAsSoonAsItPassesTheBound() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "a system with /dev/zero");

        assertFailsWith(() -> Jsonl.read(zero, Scenario.class, FileSchema.named("scenario")),
                "/dev/zero:1: line longer than 1 MB, the most Curveball reads as one line");
    }

    @Test
    void namesTheLineAndByteOffsetOfALatin1Byte() throws IOException {
        Path file = dir.resolve("scenarios.jsonl");
        Files.write(file, "{\"a\":1}\n{\"b\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));

        assertFailsWith(() -> Jsonl.read(file, JsonNode.class),
                file + ": not UTF-8 at byte offset 17 (line 2); save the file as UTF-8");
    }

    @Test
    void refusesMoreRecordsThanAFileMayHold() throws IOException {
        Path file = dir.resolve("many.jsonl");
        Files.writeString(file, "{}\n".repeat(Jsonl.MAX_RECORDS) + "\n{}\n");

        assertFailsWith(() -> Jsonl.read(file, JsonNode.class),
                file + ":" + (Jsonl.MAX_RECORDS + 2) + ": more than 100000 records, the most Curveball reads from one file");
        Files.writeString(file, "{}\n".repeat(Jsonl.MAX_RECORDS));
        assertThat(Jsonl.read(file, JsonNode.class)).hasSize(Jsonl.MAX_RECORDS);
    }

    @Test
    void splitsLinesAcrossReadsAndDropsCarriageReturns() throws IOException {
        String big = "x".repeat(100_000);
        byte[] text = ("{\"a\":\"" + big + "\"}\r\n\n{\"b\":2}").getBytes(StandardCharsets.UTF_8);

        assertThat(lines(new JsonlLines("f", new ByteArrayInputStream(text), 200_000, 1_000_000)))
                .containsExactly("1:{\"a\":\"" + big + "\"}", "2:", "3:{\"b\":2}");
    }

    @Test
    void refusesALineOrAFileLongerThanItsBound() {
        byte[] lines = "12345\n123456\n".getBytes(StandardCharsets.UTF_8);
        assertFailsWith(() -> lines(new JsonlLines("f.jsonl", new ByteArrayInputStream(lines), 5, 100)),
                "f.jsonl:2: line longer than 5 bytes, the most Curveball reads as one line");

        byte[] blank = "\n".repeat(101).getBytes(StandardCharsets.UTF_8);
        assertFailsWith(() -> lines(new JsonlLines("f.jsonl", new ByteArrayInputStream(blank), 5, 100)),
                "f.jsonl: larger than 100 bytes, the most Curveball reads from one file");
    }

    @Test
    void refusesNestingPastTheParsersDepthInOneLine() throws IOException {
        Path file = dir.resolve("deep.jsonl");
        Files.writeString(file, "[".repeat(5000) + "]".repeat(5000) + "\n");

        assertFailsWith(() -> Jsonl.read(file, JsonNode.class),
                file + ":1: past what Curveball reads: nesting depth (1001) exceeds the maximum allowed (1000)");
    }

    private static List<String> lines(JsonlLines lines) throws IOException {
        List<String> out = new ArrayList<>();
        for (Optional<JsonlLines.Line> line = lines.next(); line.isPresent(); line = lines.next()) {
            out.add(line.get().number() + ":" + line.get().text());
        }
        return out;
    }
}

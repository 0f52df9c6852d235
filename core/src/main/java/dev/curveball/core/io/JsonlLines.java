package dev.curveball.core.io;

import dev.curveball.core.error.CurveballException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * The lines of a JSON Lines file, read as a stream with bounds: a line longer than
 * {@link Jsonl#MAX_LINE_BYTES} or a file longer than {@link Jsonl#MAX_FILE_BYTES} (the defaults; such as
 * {@code /dev/zero}, one endless line) is refused as soon as it is seen, and each line is decoded
 * strictly as UTF-8, a bad byte named by its offset in the file.
 */
final class JsonlLines {
    private final String source;
    private final InputStream in;
    private final int maxLineBytes;
    private final long maxFileBytes;
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkStart;
    private int chunkEnd;
    private byte[] line = new byte[8 * 1024];
    private long offset;
    private long number;

    /** One line: its 1-based number and its text without the line break. */
    record Line(long number, String text) {
    }

    JsonlLines(String source, InputStream in) {
        this(source, in, Jsonl.MAX_LINE_BYTES, Jsonl.MAX_FILE_BYTES);
    }

    JsonlLines(String source, InputStream in, int maxLineBytes, long maxFileBytes) {
        this.source = source;
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.maxFileBytes = maxFileBytes;
    }

    /** The next line, or empty at the end of the file. */
    Optional<Line> next() throws IOException {
        long start = offset;
        int length = 0;
        boolean ended = false;
        while (!ended) {
            if (chunkStart == chunkEnd && !fill()) {
                if (length == 0) {
                    return Optional.empty();
                }
                break;
            }
            int end = chunkStart;
            while (end < chunkEnd && chunk[end] != '\n') {
                end++;
            }
            ended = end < chunkEnd;
            length = append(length, end - chunkStart);
            offset += end - chunkStart + (ended ? 1 : 0);
            chunkStart = ended ? end + 1 : end;
        }
        number++;
        if (offset > maxFileBytes) {
            throw InputFiles.tooLarge(source, maxFileBytes);
        }
        int text = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return Optional.of(new Line(number, InputFiles.decode(source, line, text, start, number)));
    }

    private boolean fill() throws IOException {
        int read = in.read(chunk);
        chunkStart = 0;
        chunkEnd = Math.max(read, 0);
        return read > 0;
    }

    private int append(int length, int count) {
        if (length + count > maxLineBytes) {
            throw CurveballException.invalidInput(source + ":" + (number + 1) + ": line longer than "
                    + InputFiles.size(maxLineBytes) + ", the most Curveball reads as one line");
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(length + count, Math.min(line.length * 2, maxLineBytes)));
        }
        System.arraycopy(chunk, chunkStart, line, length, count);
        return length + count;
    }
}

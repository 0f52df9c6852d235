package dev.curveball.results.shard;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.io.FileErrors;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a JSON Lines file from lines of other files, in the order given, byte for byte: each line
 * is read at its offset when it is written, so only one line is in memory at a time.
 * {@code eachLine} sees every line's bytes (newline included) as it is written.
 */
final class LineCopy {
    /** A line of {@code file}, as {@link JsonlIndex} found it. */
    record Source(Path file, JsonlIndex.Entry entry) {
    }

    private LineCopy() {
    }

    static void write(Path target, List<Source> lines, Consumer<byte[]> eachLine) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            for (Source line : lines) {
                byte[] bytes = read(line);
                out.write(bytes);
                eachLine.accept(bytes);
            }
        } catch (IOException e) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, target + ": cannot write: " + FileErrors.reason(e), e);
        }
    }

    /** The line's bytes and a newline (a last line may have had none). */
    static byte[] read(Source line) {
        ByteBuffer buffer = ByteBuffer.allocate(line.entry().length() + 1);
        buffer.limit(line.entry().length());
        try (FileChannel channel = FileChannel.open(line.file(), StandardOpenOption.READ)) {
            long position = line.entry().offset();
            while (buffer.position() < line.entry().length()) {
                int read = channel.read(buffer, position + buffer.position());
                if (read < 0) {
                    throw CurveballException.invalidInput(line.file() + ":" + line.entry().line() + ": the file changed while it was merged");
                }
            }
        } catch (IOException e) {
            throw CurveballException.invalidInput(line.file() + ": cannot read: " + FileErrors.reason(e));
        }
        buffer.limit(buffer.capacity()).put((byte) '\n');
        return buffer.array();
    }
}

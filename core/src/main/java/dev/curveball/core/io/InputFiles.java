package dev.curveball.core.io;

import dev.curveball.core.error.CurveballException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the text files a user hands Curveball: at most a bounded number of bytes, so a huge file
 * or {@code /dev/zero} ends in one line instead of an {@code OutOfMemoryError}, and strictly as
 * UTF-8, so a Latin-1 byte is named where it is instead of turning into a replacement character.
 *
 * <pre>{@code String text = InputFiles.text(Path.of("world.yaml"), InputFiles.MAX_YAML_BYTES);
 * // world.yaml: not UTF-8 at byte offset 118 (line 4); save the file as UTF-8}</pre>
 */
public final class InputFiles {
    /** The largest YAML file Curveball reads (world, data, documents, tasks, persona, curveball.yaml). */
    public static final int MAX_YAML_BYTES = 16 << 20;

    private InputFiles() {
    }

    /** The text of {@code file}, at most {@code maxBytes} long. */
    public static String text(Path file, int maxBytes) {
        if (Files.isDirectory(file)) {
            throw CurveballException.invalidInput(file + ": is a directory; expected a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return text(file.toString(), in, maxBytes);
        } catch (NoSuchFileException e) {
            throw CurveballException.invalidInput(file + ": file not found");
        } catch (IOException e) {
            throw CurveballException.invalidInput(file + ": cannot read: " + FileErrors.reason(e));
        }
    }

    /** The text of {@code in} (named {@code source} in errors), at most {@code maxBytes} long. */
    public static String text(String source, InputStream in, int maxBytes) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw tooLarge(source, maxBytes);
        }
        return decode(source, bytes, bytes.length, 0, 1);
    }

    static CurveballException tooLarge(String source, long maxBytes) {
        return CurveballException.invalidInput(source + ": larger than " + size(maxBytes) + ", the most Curveball reads from one file");
    }

    /** {@code 16 MB} for a whole number of mebibytes, else the bytes. */
    public static String size(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }

    /**
     * Decodes the first {@code length} bytes as UTF-8; {@code offset} is where they start in the file
     * and {@code line} the file's line at that point, for the message about a byte that is not UTF-8.
     */
    static String decode(String source, byte[] bytes, int length, long offset, long line) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw CurveballException.invalidInput(source + ": not UTF-8 at byte offset " + (offset + at)
                    + " (line " + (line + newlines(bytes, at)) + "); save the file as UTF-8");
        }
        return out.flip().toString();
    }

    private static int newlines(byte[] bytes, int end) {
        int count = 0;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }
}

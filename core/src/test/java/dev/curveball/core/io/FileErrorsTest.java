package dev.curveball.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** An I/O failure in words, not the bare path Java's file exceptions carry as their message. */
class FileErrorsTest {
    @Test
    void namesWhatWentWrongRatherThanRepeatingThePath() {
        assertThat(FileErrors.reason(new NoSuchFileException("/x/y"))).isEqualTo("no such file or folder: /x/y");
        assertThat(FileErrors.reason(new AccessDeniedException("/x/y"))).isEqualTo("permission denied: /x/y");
        assertThat(FileErrors.reason(new FileAlreadyExistsException("/x/y"))).isEqualTo("a file is in the way: /x/y");
        assertThat(FileErrors.reason(new NotDirectoryException("/x/y"))).isEqualTo("not a folder: /x/y");
        assertThat(FileErrors.reason(new FileSystemException("/x/y", null, "Read-only file system"))).isEqualTo("Read-only file system: /x/y");
        assertThat(FileErrors.reason(new IOException("No space left on device"))).isEqualTo("No space left on device");
    }
}

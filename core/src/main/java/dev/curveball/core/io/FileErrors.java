package dev.curveball.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, in words: Java's file exceptions carry only the path as
 * their message, so {@code cannot write: /data/s.jsonl} would say nothing about the cause.
 *
 * <pre>{@code FileErrors.reason(new AccessDeniedException("/data"))  // "permission denied: /data"}</pre>
 */
public final class FileErrors {
    private FileErrors() {
    }

    public static String reason(IOException e) {
        if (!(e instanceof FileSystemException f)) {
            return String.valueOf(e.getMessage());
        }
        String what = f instanceof NoSuchFileException ? "no such file or folder"
                : f instanceof AccessDeniedException ? "permission denied"
                : f instanceof FileAlreadyExistsException ? "a file is in the way"
                : f instanceof NotDirectoryException ? "not a folder"
                : f.getReason() == null ? "failed" : f.getReason();
        return what + ": " + f.getFile();
    }
}

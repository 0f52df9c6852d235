package dev.curveball.junit;

import dev.curveball.core.error.CurveballException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A fresh run directory under a parent: {@code <agent>-<yyyyMMdd-HHmmss>}, with {@code -2},
 * {@code -3}... when taken. Made here, atomically, so factories running at once never share one.
 */
final class RunFolders {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunFolders() {
    }

    static Path fresh(Path parent, String agent) {
        String base = agent + "-" + LocalDateTime.now().format(STAMP);
        try {
            Files.createDirectories(parent);
            for (int n = 1; ; n++) {
                Path dir = parent.resolve(n == 1 ? base : base + "-" + n);
                try {
                    return Files.createDirectory(dir).toAbsolutePath().normalize();
                } catch (FileAlreadyExistsException taken) {
                    // another run of this agent started within the same second: take the next name
                }
            }
        } catch (IOException e) {
            throw CurveballException.invalidInput(".out(" + parent + "): cannot create a run directory there: " + e.getMessage(), e);
        }
    }
}

package dev.curveball.core.world;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A scratch copy of the demo world's YAML files, for tests that break one thing in it. */
final class DemoWorldCopy {
    static final Path ACME = Path.of("..", "examples", "acme-support");

    private DemoWorldCopy() {
    }

    static void into(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(ACME)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, directory.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}

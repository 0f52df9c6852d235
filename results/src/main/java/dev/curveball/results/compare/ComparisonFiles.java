package dev.curveball.results.compare;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.io.FileErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes a comparison's files into a folder: {@code comparison.md}, {@code comparison.html}, {@code comparison-junit.xml}. */
public final class ComparisonFiles {
    /** The formats {@code --format} takes. */
    public enum Format {
        MD("comparison.md"), HTML("comparison.html"), JUNIT("comparison-junit.xml");

        private final String file;

        Format(String file) {
            this.file = file;
        }

        public String file() {
            return file;
        }

        /** {@code md}, {@code html} or {@code junit}; bad input naming the flag otherwise. */
        public static Format parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw CurveballException.invalidInput("--format: unknown format '" + name + "'; choose md, html or junit (comma-separated)");
            }
        }
    }

    private ComparisonFiles() {
    }

    /** The files written, in format order. */
    public static List<Path> write(Comparison c, Path dir, Set<Format> formats, boolean all) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Format f : Format.values()) {
                if (!formats.contains(f)) {
                    continue;
                }
                String text = switch (f) {
                    case MD -> ComparisonMarkdown.of(c, all);
                    case HTML -> ComparisonHtml.of(c);
                    case JUNIT -> ComparisonJunit.of(c);
                };
                Path file = dir.resolve(f.file());
                Files.writeString(file, text, StandardCharsets.UTF_8);
                written.add(file);
            }
        } catch (IOException e) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, dir + ": cannot write the comparison: " + FileErrors.reason(e), e);
        }
        return written;
    }
}
